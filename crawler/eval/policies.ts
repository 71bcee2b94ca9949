// Evaluation of the policy-based privacy criteria against the OPP-115 expert annotations
// (`npm run eval:policies`). OPP-115 is for research and evaluation only: this script measures,
// and nothing derived from the corpus is written anywhere or shipped.
//
// Per policy: does the criterion find what the experts annotated (policy level), and are the
// sentences it rests on inside segments the experts labelled with that category (segment level)?
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../import/csv.ts';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../corpus.ts';
import { agreement, confusion, type Agreement } from './metrics.ts';
import { Listing } from '../../shared/schema/listing.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { createContext, type Criterion, type ListingContext, type PhraseMatch } from '../../shared/rules/kit/index.ts';
import thirdPartySharing from '../../shared/rules/privacy/third-party-sharing.ts';
import retention, { policyRetention } from '../../shared/rules/privacy/retention.ts';
import deletion, { policyDeletion } from '../../shared/rules/privacy/deletion.ts';
import encryption, { policyEncryption } from '../../shared/rules/privacy/encryption.ts';
import { policySharing } from '../../shared/rules/privacy/policy-sharing.ts';

/** One comparison: an OPP-115 category (with an attribute filter) against one criterion. */
interface Comparison {
  name: string;
  category: string;
  /** Whether one annotation's attributes count as the thing the criterion looks for. */
  counts(attributes: Record<string, { value?: string }>): boolean;
  criterion: Criterion;
  /** Statuses that mean "the policy says it". */
  positive: readonly string[];
  /** Every sentence the criterion's analysis rests on, for segment-level precision. */
  statements(ctx: ListingContext): PhraseMatch[];
}

const COMPARISONS: readonly Comparison[] = [
  {
    name: 'Third Party Sharing/Collection ↔ privacy.third-party-sharing not_met/flag',
    category: 'Third Party Sharing/Collection',
    counts: (a) => a['Does/Does Not']?.value !== 'Does Not',
    criterion: thirdPartySharing,
    positive: ['not_met', 'flag'],
    statements: (ctx) => {
      const s = policySharing(ctx);
      return [...s.shares, ...s.serviceOnly, ...s.deidentified].map((x) => x.match);
    },
  },
  {
    name: 'Data Retention ↔ privacy.retention met',
    category: 'Data Retention',
    counts: () => true,
    criterion: retention,
    positive: ['met'],
    statements: (ctx) => policyRetention(ctx).rules,
  },
  {
    name: 'Data Retention ↔ privacy.retention met/partial',
    category: 'Data Retention',
    counts: () => true,
    criterion: retention,
    positive: ['met', 'partial'],
    statements: (ctx) => {
      const r = policyRetention(ctx);
      return [...r.rules, ...r.vague];
    },
  },
  {
    name: 'User Access, Edit and Deletion (delete account) ↔ privacy.deletion met',
    category: 'User Access, Edit and Deletion',
    counts: (a) => /^Delete account/u.test(a['Access Type']?.value ?? ''),
    criterion: deletion,
    positive: ['met'],
    statements: (ctx) => policyDeletion(ctx).deletion,
  },
  {
    name: 'Data Security (secure transfer/storage) ↔ privacy.encryption met',
    category: 'Data Security',
    counts: (a) => /^Secure data (?:transfer|storage)$/u.test(a['Security Measure']?.value ?? ''),
    criterion: encryption,
    positive: ['met'],
    statements: (ctx) => policyEncryption(ctx).encrypted,
  },
];

interface Annotation {
  annotator: string;
  segment: number;
  category: string;
  attributes: Record<string, { value?: string }>;
}

interface Policy {
  name: string;
  url: string;
  text: string;
  /** Character range of each segment in `text`. */
  segments: { start: number; end: number }[];
  annotations: Annotation[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…', copy: '©', reg: '®', trade: '™' };

/** Segment HTML → plain text as a fetched policy would be (paragraph breaks kept). */
function segmentText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(?:p|li|div|h\d|tr)>/giu, '\n')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/giu, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+/gu, ' ')
    .replace(/ *\n */gu, '\n')
    .replace(/\n{2,}/gu, '\n')
    .trim();
}

function readPolicy(dir: string, csvName: string): Policy {
  const name = csvName.replace(/\.csv$/u, '');
  const htmlPath = path.join(dir, 'sanitized_policies', `${name}.html`);
  if (!existsSync(htmlPath)) throw new Error(`OPP-115: no sanitized policy for ${name} (${htmlPath})`);
  const parts = readFileSync(htmlPath, 'utf8').split('|||');
  let text = '';
  const segments: Policy['segments'] = [];
  for (const part of parts) {
    if (text) text += '\n\n';
    const start = text.length;
    text += segmentText(part);
    segments.push({ start, end: text.length });
  }
  // The annotation files have no header: id, annotator, annotator id, policy id, segment id,
  // category, attributes (JSON), date, policy URL.
  const header = 'id,annotator,annotatorId,policyId,segment,category,attributes,date,url\n';
  const table = parseCsv(header + readFileSync(path.join(dir, 'annotations', csvName), 'utf8'));
  let url = '';
  const annotations: Annotation[] = [];
  for (const r of table.records) {
    const f = r.fields;
    if (!f.category) continue;
    url ||= f.url ?? '';
    let attributes: Annotation['attributes'];
    try {
      attributes = JSON.parse(f.attributes ?? '{}') as Annotation['attributes'];
    } catch {
      throw new Error(`OPP-115 ${csvName} line ${r.line}: attributes are not JSON`);
    }
    annotations.push({ annotator: f.annotator ?? '', segment: Number(f.segment), category: f.category, attributes });
  }
  return { name, url: url || `opp115:${name}`, text, segments, annotations };
}

/** Distinct annotators of a policy; a strict majority of them is the "majority" gold. */
function majorityOf(policy: Policy): number {
  const annotators = new Set(policy.annotations.map((a) => a.annotator)).size;
  return Math.floor(annotators / 2) + 1;
}

/** Annotators per segment for a comparison (attribute filter optional). */
function annotatorsBySegment(policy: Policy, c: Comparison, withAttributes: boolean): Map<number, Set<string>> {
  const by = new Map<number, Set<string>>();
  for (const a of policy.annotations) {
    if (a.category !== c.category || (withAttributes && !c.counts(a.attributes))) continue;
    let set = by.get(a.segment);
    if (!set) by.set(a.segment, (set = new Set()));
    set.add(a.annotator);
  }
  return by;
}

/** Segments labelled by at least `min` different annotators. */
function goldSegments(policy: Policy, c: Comparison, min: number, withAttributes = true): Set<number> {
  const by = annotatorsBySegment(policy, c, withAttributes);
  return new Set([...by].filter(([, s]) => s.size >= min).map(([seg]) => seg));
}

/** Whether at least `min` different annotators found the category anywhere in the policy. */
function goldPolicy(policy: Policy, c: Comparison, min: number): boolean {
  const annotators = new Set<string>();
  for (const s of annotatorsBySegment(policy, c, true).values()) for (const a of s) annotators.add(a);
  return annotators.size >= min;
}

function segmentOf(policy: Policy, offset: number): number {
  return policy.segments.findIndex((s) => offset >= s.start && offset < s.end);
}

interface Row {
  name: string;
  policy: { majority: Agreement; any: Agreement };
  segment: { predicted: number; precisionAny: number | null; precisionMajority: number | null; recallAny: number | null };
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function evaluate(policies: readonly Policy[]): Row[] {
  const contexts = policies.map((p) =>
    createContext(
      parseWith(
        Listing,
        { store: 'play', appId: p.name, title: p.name, description: '', privacyPolicyUrl: p.url, privacyPolicy: { url: p.url, text: p.text } },
        `OPP-115 policy ${p.name}`,
      ),
    ),
  );
  return COMPARISONS.map((c) => {
    const majority: { predicted: boolean; actual: boolean }[] = [];
    const any: { predicted: boolean; actual: boolean }[] = [];
    let predictedSegments = 0;
    let hitAny = 0;
    let hitMajority = 0;
    let goldAny = 0;
    let foundAny = 0;
    policies.forEach((p, i) => {
      const ctx = contexts[i]!;
      const predicted = c.positive.includes(c.criterion.assess(ctx).status);
      const maj = majorityOf(p);
      majority.push({ predicted, actual: goldPolicy(p, c, maj) });
      any.push({ predicted, actual: goldPolicy(p, c, 1) });
      // Segment level: the category alone decides whether a segment is on topic.
      const topicAny = goldSegments(p, c, 1, false);
      const topicMajority = goldSegments(p, c, maj, false);
      const segs = new Set(c.statements(ctx).map((m) => segmentOf(p, m.start)).filter((s) => s >= 0));
      predictedSegments += segs.size;
      for (const s of segs) {
        if (topicAny.has(s)) hitAny += 1;
        if (topicMajority.has(s)) hitMajority += 1;
      }
      const gold = goldSegments(p, c, 1);
      goldAny += gold.size;
      for (const s of gold) if (segs.has(s)) foundAny += 1;
    });
    return {
      name: c.name,
      policy: { majority: agreement(confusion(majority)), any: agreement(confusion(any)) },
      segment: {
        predicted: predictedSegments,
        precisionAny: round(ratio(hitAny, predictedSegments)),
        precisionMajority: round(ratio(hitMajority, predictedSegments)),
        recallAny: round(ratio(foundAny, goldAny)),
      },
    };
  });
}

function main(): void {
  if (!hasCorpus()) {
    console.error(NO_CORPUS_MESSAGE);
    process.exit(2);
  }
  const dir = corpusFile('policies/opp115-dev');
  if (!existsSync(path.join(dir, 'annotations'))) {
    console.error(`OPP-115 annotations not found in ${dir}`);
    process.exit(2);
  }
  const files = readdirSync(path.join(dir, 'annotations')).filter((f) => f.endsWith('.csv')).sort();
  const policies = files.map((f) => readPolicy(dir, f));
  const rows = evaluate(policies);
  const fmt = (x: number | null) => (x === null ? '  –  ' : x.toFixed(3));
  console.log(
    `OPP-115 dev: ${policies.length} policies. Gold = annotated by any annotator, or by a strict majority of the policy's annotators.`,
  );
  for (const r of rows) {
    const m = r.policy.majority;
    const a = r.policy.any;
    console.log(`\n${r.name}`);
    console.log(
      `  policy level (any):      n=${a.n} tp=${a.tp} fp=${a.fp} fn=${a.fn} precision=${fmt(a.precision)} recall=${fmt(a.recall)} kappa=${fmt(a.kappa)}`,
    );
    console.log(
      `  policy level (majority): n=${m.n} tp=${m.tp} fp=${m.fp} fn=${m.fn} precision=${fmt(m.precision)} recall=${fmt(m.recall)} kappa=${fmt(m.kappa)}`,
    );
    console.log(
      `  segment level: ${r.segment.predicted} segments matched; precision=${fmt(r.segment.precisionAny)} (any) ${fmt(r.segment.precisionMajority)} (majority); recall=${fmt(r.segment.recallAny)} (any)`,
    );
  }
  const json: Record<string, unknown> = {};
  for (const r of rows) {
    const a = r.policy.any;
    const m = r.policy.majority;
    json[r.name] = {
      n: a.n,
      tp: a.tp,
      fp: a.fp,
      fn: a.fn,
      precision: round(a.precision),
      recall: round(a.recall),
      kappa: round(a.kappa),
      precisionMajority: round(m.precision),
      recallMajority: round(m.recall),
      segmentPrecision: r.segment.precisionAny,
      segmentPrecisionMajority: r.segment.precisionMajority,
      segmentRecall: r.segment.recallAny,
    };
  }
  console.log(JSON.stringify(json));
}

main();
