// npm run eval:truth -- [--split tune|measure|all] [--explain CRITERION] [--file TRUTH.json]
// MindLabel's listing criteria against the two-rater truth set: per criterion precision, recall and
// F1 (positive = met, partial or flag) on the labels both raters agreed on, the raters' own kappa, a
// naive keyword baseline measured in the same run, the macro-F1, the level distribution over the
// corpus, and a last line of JSON. `--explain` lists misses and false hits with their sentences.
import path from 'node:path';
import { assess } from '../../shared/assess.ts';
import type { Assessment, Level } from '../../shared/schema/assessment.ts';
import type { Finding } from '../../shared/schema/finding.ts';
import { hasCorpus, NO_CORPUS_MESSAGE, projectRoot } from '../corpus.ts';
import { categoricalKappa } from './metrics.ts';
import { loadTruthTexts, type TruthText } from './truth/texts.ts';
import { agreedStatus, isPositive, readTruthSet, TRUTH_CRITERIA, TRUTH_FILE, type TruthCriterion, type TruthItem } from './truth/truth-set.ts';

const SPLITS = ['tune', 'measure', 'all'] as const;
type SplitChoice = (typeof SPLITS)[number];

export class UsageError extends Error {}

interface Options {
  split: SplitChoice;
  explain: TruthCriterion | null;
  file: string;
}

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = { split: 'all', explain: null, file: TRUTH_FILE };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--split') {
      const v = value();
      if (!(SPLITS as readonly string[]).includes(v)) throw new UsageError(`--split must be one of ${SPLITS.join(', ')}, got "${v}"`);
      options.split = v as SplitChoice;
    } else if (flag === '--explain') {
      const v = value();
      if (!(TRUTH_CRITERIA as readonly string[]).includes(v)) throw new UsageError(`--explain needs one of ${TRUTH_CRITERIA.join(', ')}, got "${v}"`);
      options.explain = v as TruthCriterion;
    } else if (flag === '--file') options.file = path.resolve(value());
    else throw new UsageError(`unknown argument "${arg}" (usage: [--split tune|measure|all] [--explain CRITERION] [--file TRUTH.json])`);
  }
  return options;
}

export interface Score {
  /** Texts with an agreed label for this criterion. */
  n: number;
  positives: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function score(pairs: readonly { predicted: boolean; actual: boolean }[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { predicted, actual } of pairs) {
    if (predicted && actual) tp += 1;
    else if (predicted) fp += 1;
    else if (actual) fn += 1;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  // With no positives on either side the criterion has nothing to score: F1 is undefined, not 0 or 1.
  const f1 = precision === null && recall === null ? null : 2 * tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return {
    n: pairs.length,
    positives: tp + fn,
    tp,
    fp,
    fn,
    precision: precision === null ? null : round3(precision),
    recall: recall === null ? null : round3(recall),
    f1: f1 === null ? null : round3(f1),
  };
}

/** Mean F1 over the criteria that have one. */
export function macroF1(scores: Readonly<Record<string, Score>>): number | null {
  const f = Object.values(scores)
    .map((s) => s.f1)
    .filter((x): x is number => x !== null);
  return f.length ? round3(f.reduce((a, b) => a + b, 0) / f.length) : null;
}

// The naive baseline the engine must beat: "says it" when any of these words appears anywhere in the
// title or description, negation and context ignored.
export const KEYWORD_BASELINE: Readonly<Record<TruthCriterion, RegExp>> = {
  'evidence.citation': /\b(?:doi|pubmed|pmid|pmc\d|nct\d|isrctn|journal)\b/iu,
  'evidence.study-type': /\b(?:trial|studies|study|research|evidence[- ]based|science[- ]backed|scientifically)\b/iu,
  'evidence.regulator': /\b(?:fda|nhs|nice|ce[- ]mark\w*|medical device|diga|orcha|health canada|tga)\b/iu,
  'evidence.clinicians': /\b(?:psychologists?|psychiatrists?|therapists?|doctors?|clinicians?|universit(?:y|ies)|hospitals?|experts?)\b/iu,
  'evidence.technique': /\b(?:cbt|dbt|act|cognitive behaviou?ral|behaviou?ral activation|mbct|exposure|emdr|acceptance and commitment)\b/iu,
  'evidence.unbacked-claim': /\b(?:proven|guarantee[ds]?|cures?|clinically)\b/iu,
  'safety.side-effects': /\b(?:side[- ]effects?|feel worse|distress\w*|trigger\w*)\b/iu,
  'safety.not-a-substitute': /\b(?:substitute|replace\w*|not a medical|not intended|emergenc\w*)\b/iu,
  'safety.suitability': /\b(?:18\+?|suitable|intended for|designed for|consult)\b/iu,
  'safety.crisis': /\b(?:crisis|suicid\w*|emergency|hotline|helpline|911|999|988)\b/iu,
  'safety.personalisation': /\b(?:not a human|artificial intelligence|ai|may not|cannot)\b/iu,
  'safety.progress': /\b(?:track\w*|progress|mood|charts?|phq|gad)\b/iu,
  'safety.human-support': /\b(?:therapists?|coach(?:es)?|counsel+ors?|psychologists?|talk to|chat with|peers?|community)\b/iu,
};

export interface Judged {
  text: TruthText;
  item: TruthItem;
  assessment: Assessment;
}

const FIXED_TIME = new Date('2026-01-01T00:00:00Z');

export function judgeTexts(items: readonly TruthItem[], texts: ReadonlyMap<string, TruthText>): { judged: Judged[]; stale: string[] } {
  const judged: Judged[] = [];
  const stale: string[] = [];
  for (const item of items) {
    const text = texts.get(item.id);
    // A label only holds for the text it was given on.
    if (!text || text.digest !== item.digest) {
      stale.push(item.id);
      continue;
    }
    judged.push({ text, item, assessment: assess(text.listing, { now: FIXED_TIME }) });
  }
  return { judged, stale };
}

function findingOf(a: Assessment, criterion: string): Finding {
  const f = a.findings.find((x) => x.criterion === criterion);
  if (!f) throw new Error(`the engine has no criterion ${criterion}`);
  return f;
}

export function scoreCriteria(judged: readonly Judged[], predict: (j: Judged, c: TruthCriterion) => boolean): Record<TruthCriterion, Score> {
  const out = {} as Record<TruthCriterion, Score>;
  for (const c of TRUTH_CRITERIA) {
    const pairs: { predicted: boolean; actual: boolean }[] = [];
    for (const j of judged) {
      const agreed = agreedStatus(j.item, c);
      if (agreed === null) continue;
      pairs.push({ predicted: predict(j, c), actual: isPositive(agreed) });
    }
    out[c] = score(pairs);
  }
  return out;
}

export const engineSays = (j: Judged, c: TruthCriterion) => isPositive(findingOf(j.assessment, c).status);
export const keywordsSay = (j: Judged, c: TruthCriterion) => KEYWORD_BASELINE[c].test(`${j.text.listing.title}\n${j.text.listing.description}`);

export function raterKappas(items: readonly TruthItem[]): Record<TruthCriterion, number | null> {
  const out = {} as Record<TruthCriterion, number | null>;
  for (const c of TRUTH_CRITERIA) {
    const k = TRUTH_CRITERIA.indexOf(c);
    const kappa = categoricalKappa(
      items.map((i) => i.raters[0][k]!),
      items.map((i) => i.raters[1][k]!),
    );
    out[c] = kappa === null ? null : round3(kappa);
  }
  return out;
}

type LevelCounts = Record<'evidence' | 'privacy' | 'safety', Partial<Record<Level, number>>>;

export function levelDistribution(assessments: readonly Assessment[]): LevelCounts {
  const out: LevelCounts = { evidence: {}, privacy: {}, safety: {} };
  for (const a of assessments) {
    for (const d of ['evidence', 'privacy', 'safety'] as const) {
      const level = a.domains[d].level;
      out[d][level] = (out[d][level] ?? 0) + 1;
    }
  }
  return out;
}

const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(3));

function table(engine: Record<TruthCriterion, Score>, baseline: Record<TruthCriterion, Score>, kappas: Record<TruthCriterion, number | null>): string {
  const rows = [['criterion', 'n', 'pos', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1', 'baseline F1', 'raters κ']];
  for (const c of TRUTH_CRITERIA) {
    const s = engine[c];
    rows.push([c, String(s.n), String(s.positives), String(s.tp), String(s.fp), String(s.fn), fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(baseline[c].f1), fmt(kappas[c])]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 200);
  const nl = text.indexOf('\n', end);
  const to = Math.min(nl < 0 ? text.length : nl, end + 200);
  return text.slice(from, to).replace(/\s+/gu, ' ').trim();
}

export function explain(judged: readonly Judged[], criterion: TruthCriterion): string {
  const out: string[] = [];
  for (const j of judged) {
    const agreed = agreedStatus(j.item, criterion);
    if (agreed === null) continue;
    const f = findingOf(j.assessment, criterion);
    const predicted = isPositive(f.status);
    const actual = isPositive(agreed);
    if (predicted === actual) continue;
    out.push(`${predicted ? 'FALSE HIT' : 'MISS'}  ${j.item.id}  ${j.text.listing.title}  (raters: ${agreed}; engine: ${f.status})`);
    if (predicted) for (const q of f.quotes) out.push(`    engine quote (${q.source}): “${q.text}”`);
    else {
      for (const q of j.item.quotes[criterion] ?? []) {
        const body = q.source === 'title' ? j.text.listing.title : j.text.listing.description;
        out.push(`    raters' words: “${body.slice(q.start, q.end)}”`);
        out.push(`      in: ${sentenceAround(body, q.start, q.end)}`);
      }
    }
  }
  return out.length ? out.join('\n') : `No misses or false hits for ${criterion}.`;
}

export function main(argv: readonly string[]): number {
  try {
    const options = parseArgs(argv);
    if (!hasCorpus()) {
      console.error(`eval:truth: ${NO_CORPUS_MESSAGE}`);
      return 2;
    }
    const set = readTruthSet(options.file);
    const items = options.split === 'all' ? set.items : set.items.filter((i) => i.split === options.split);
    const allTexts = loadTruthTexts();
    const texts = new Map(allTexts.map((t) => [t.id, t]));
    const { judged, stale } = judgeTexts(items, texts);
    if (judged.length === 0) throw new UsageError(`no truth texts to judge in the ${options.split} split`);
    const engine = scoreCriteria(judged, engineSays);
    const baseline = scoreCriteria(judged, keywordsSay);
    const kappas = raterKappas(set.items);
    const corpusLevels = levelDistribution(allTexts.map((t) => assess(t.listing, { now: FIXED_TIME })));
    console.log(
      `MindLabel vs the two-rater truth set (${path.relative(projectRoot, options.file)}): ${options.split} split, ${judged.length} descriptions` +
        (stale.length ? `; ${stale.length} left out because their text changed since labelling (${stale.slice(0, 3).join(', ')}…)` : ''),
    );
    console.log('Positive = met, partial or flag; only labels both raters agreed on count. Raters κ over the whole set.');
    console.log(table(engine, baseline, kappas));
    console.log(`macro-F1: engine ${fmt(macroF1(engine))}, keyword baseline ${fmt(macroF1(baseline))}`);
    console.log(`levels over the ${allTexts.length} corpus descriptions:`);
    for (const [d, counts] of Object.entries(corpusLevels)) console.log(`  ${d}: ${Object.entries(counts).map(([l, n]) => `${l} ${n}`).join(', ')}`);
    if (options.explain) console.log(explain(judged, options.explain));
    console.log(
      JSON.stringify({
        split: options.split,
        n: judged.length,
        macroF1: macroF1(engine),
        baselineMacroF1: macroF1(baseline),
        criteria: engine,
        kappa: kappas,
        levels: corpusLevels,
      }),
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`eval:truth: ${message.split('\n')[0]}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

if (process.argv[1]?.endsWith('crawler/eval/truth.ts')) process.exitCode = main(process.argv.slice(2));
