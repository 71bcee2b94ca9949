// Easy-read answers (RUBRIC.md "Easy-read rules"): the three questions in order, then reviews,
// then "If you need help now". Built from the findings' own plain sentences, so every statement
// rests on a finding; tests hold every answer to Flesch–Kincaid grade ≤ 6 and reading ease ≥ 70.
import type { Assessment, DomainResult, EasyRead, EasyReadAnswer, HelpNow, Level } from './schema/assessment.ts';
import type { Domain, Finding, Quote } from './schema/finding.ts';
import type { ListingPart, Provenance, ReviewSummary, ReviewTheme } from './schema/listing.ts';
import { CRISIS_LINES, INTERNATIONAL_DIRECTORY, normaliseRegion, servicesFor, type CrisisLine } from './crisis-lines.ts';
import { criteria } from './rules/index.ts';

export const QUESTIONS: Readonly<Record<Domain, string>> = {
  evidence: 'Does it work?',
  privacy: 'Is my data safe?',
  safety: 'Is it safe for me?',
};

export const REVIEWS_QUESTION = 'What do other users say?';
export const HELP_QUESTION = 'If you need help now';

/** Badge names for the domains, as the badge shows them ("Evidence · Data · Safety"). */
export const DOMAIN_NAMES: Readonly<Record<Domain, string>> = { evidence: 'Evidence', privacy: 'Data', safety: 'Safety' };

const LEVEL_WORDS: Readonly<Record<Level, string>> = {
  clear: 'clear information',
  some: 'some information',
  little: 'little information',
  not_checked: 'not checked',
};

const MAX_SENTENCES = 7;
const MAX_QUOTES = 3;

const metaOf = new Map(criteria.map((c) => [c.meta.id, c.meta]));

/** Where a finding is told: flags first, then in the order its criterion's metadata gives. */
function rank(f: Finding): number {
  return (f.status === 'flag' ? 0 : 100) + (metaOf.get(f.criterion)?.label.order ?? 50);
}

/** Whether the label tells this finding (its criterion names the statuses worth telling). */
function told(f: Finding): boolean {
  return f.status !== 'unknown' && (metaOf.get(f.criterion)?.label.tells.includes(f.status) ?? false);
}

/** A met finding that counts as evidence (not one that only answers a claim, weight 0). */
function isEvidence(f: Finding): boolean {
  return f.status === 'met' && (metaOf.get(f.criterion)?.weight ?? 0) > 0;
}

const NOT_CHECKED_REASON: Readonly<Record<Domain, string>> = {
  evidence: 'We could not check this.',
  privacy: 'We could not check this. We did not read the store’s data section or the privacy policy.',
  safety: 'We could not check this.',
};

const NO_EVIDENCE = [
  'The page does not name a study about the app.',
  'It does not say that a health body has checked it.',
];

const FEEL_WORSE_ADVICE = [
  'Feeling low for a while can be normal when you work on your mental health.',
  'If it keeps happening, talk to your GP or another health worker.',
];

function answerFor(domain: Domain, result: DomainResult, findings: readonly Finding[]): EasyReadAnswer {
  const mine = findings.filter((f) => f.domain === domain && told(f));
  mine.sort((a, b) => rank(a) - rank(b));
  const sentences: string[] = [];
  const quotes: Quote[] = [];
  if (result.level === 'not_checked') {
    sentences.push(NOT_CHECKED_REASON[domain]);
  } else {
    const told = new Set<string>();
    for (const f of mine) {
      // Two criteria can say the same thing (a conflict is also about sharing): say it once.
      if (told.has(f.sentence)) continue;
      if (told.size >= MAX_SENTENCES) break;
      told.add(f.sentence);
      sentences.push(f.status === 'flag' ? `⚠ ${f.sentence}` : f.sentence);
      const q = f.quotes[0];
      // Two findings can rest on the same words: show them once.
      if (q && quotes.length < MAX_QUOTES && !quotes.some((o) => o.source === q.source && o.start === q.start && o.end === q.end)) {
        quotes.push(q);
      }
    }
    if (domain === 'evidence' && !mine.some(isEvidence)) {
      sentences.push(...NO_EVIDENCE.filter((s) => !sentences.includes(s)));
    }
    if (domain === 'evidence' && mine.some((f) => f.status === 'flag')) {
      sentences.push('Be careful with claims like this when no study is named.');
    }
    if (domain === 'safety') sentences.push(...FEEL_WORSE_ADVICE);
  }
  return { question: QUESTIONS[domain], sentences, quotes, warning: result.flagged };
}

const THEME_WORDS: Readonly<Record<ReviewTheme, string>> = {
  helped: 'say the app helped them',
  'no-effect': 'say it did not help them',
  'felt-worse': 'say it made them feel worse',
  privacy: 'worry about their data',
  'not-for-me': 'say it did not understand them or felt too general',
  crisis: 'talk about a crisis or thoughts of suicide',
  cost: 'complain about the price or the subscription',
  technical: 'say it crashed or had bugs',
};

function shareWords(share: number): string {
  if (share >= 0.45) return 'About half of the reviews';
  if (share >= 0.3) return 'About 1 in 3 reviews';
  if (share >= 0.2) return 'About 1 in 5 reviews';
  if (share >= 0.1) return 'About 1 in 10 reviews';
  return 'A few reviews';
}

const TREND_WORDS: Readonly<Record<'rising' | 'falling' | 'steady', string>> = {
  rising: ', more often in newer reviews',
  falling: ', less often in newer reviews',
  steady: '',
};

// Reviews about feeling worse or a crisis are always told, however few: they are what people
// most need to hear about. Other themes by how many reviews mention them.
const ALWAYS_TOLD: ReadonlySet<ReviewTheme> = new Set(['felt-worse', 'crisis']);
const MAX_THEMES = 4;

/** The themes the easy-read answer tells, in the order it tells them. */
export function toldThemes(summary: ReviewSummary): ReviewSummary['themes'] {
  const present = summary.themes.filter((t) => t.count > 0).sort((a, b) => b.share - a.share);
  const must = present.filter((t) => ALWAYS_TOLD.has(t.theme));
  const rest = present.filter((t) => !ALWAYS_TOLD.has(t.theme)).slice(0, Math.max(0, MAX_THEMES - must.length));
  return present.filter((t) => must.includes(t) || rest.includes(t));
}

export function reviewsAnswer(summary: ReviewSummary): EasyReadAnswer {
  const sentences = [`We read ${summary.count} reviews.`];
  if (summary.averageRating !== null) {
    sentences.push(`They give it ${summary.averageRating.toFixed(1)} stars out of 5 on average.`);
  }
  for (const t of toldThemes(summary)) sentences.push(`${shareWords(t.share)} ${THEME_WORDS[t.theme]}${TREND_WORDS[t.trend ?? 'steady']}.`);
  sentences.push('Reviews are what people felt. They do not show if an app works.');
  return { question: REVIEWS_QUESTION, sentences, quotes: [], warning: false };
}

function toHelpService(line: CrisisLine): HelpNow['services'][number] {
  return {
    name: line.name,
    offers: line.offers,
    reach: line.contacts.map((c) =>
      c.kind === 'call'
        ? { kind: 'call' as const, value: c.digits, label: `Call ${c.display}` }
        : { kind: 'text' as const, value: c.digits, label: c.keyword ? `Text ${c.keyword} to ${c.display.split(' to ')[1]}` : `Text ${c.display}` },
    ),
  };
}

/** "If you need help now" for a region; general advice when we have no services for it. */
export function helpNow(region: string | null | undefined): HelpNow {
  const r = normaliseRegion(region);
  const intro = ['This app cannot help in an emergency.', 'You deserve support from a real person.'];
  if (!r) {
    return {
      region: null,
      intro,
      services: [
        {
          name: INTERNATIONAL_DIRECTORY.name,
          offers: 'A list of free helplines in your country. You can search by what you need.',
          reach: [{ kind: 'online', value: INTERNATIONAL_DIRECTORY.url, label: 'findahelpline.com' }],
        },
      ],
      closing: ['If you might act on thoughts of ending your life, call your local emergency number now.'],
    };
  }
  const lines = servicesFor(r);
  const emergency = lines.find((l) => l.emergency);
  const numbers = emergency ? emergency.contacts.map((c) => c.display).join(' or ') : '';
  const place = r === 'gb' ? ' or go to A&E' : '';
  return {
    region: r,
    intro,
    services: lines.filter((l) => !l.emergency).map(toHelpService),
    closing: [`If you might act on thoughts of ending your life, call ${numbers}${place} now.`],
  };
}

const PART_NAMES: Readonly<Record<ListingPart, string>> = {
  details: 'the app’s store page',
  dataSafety: 'the data safety section',
  privacyLabel: 'the App Privacy label',
  privacyPolicy: 'the privacy policy',
  reviews: 'user reviews',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Checked on 12 March 2026 from the app's store page and the privacy policy." */
export function checkedLine(assessedAt: string, parts: readonly ListingPart[], provenance?: Partial<Record<ListingPart, Provenance>>): string {
  if (provenance?.details?.origin === 'page') {
    return `Checked on ${formatDate(assessedAt)} from this page only – the privacy policy and reviews were not read.`;
  }
  return `Checked on ${formatDate(assessedAt)} from ${listWords(parts.map((p) => PART_NAMES[p]))}.`;
}

export function easyRead(
  domains: Readonly<Record<Domain, DomainResult>>,
  findings: readonly Finding[],
  options: { region: string | null | undefined; reviews?: ReviewSummary; checked: string },
): EasyRead {
  return {
    evidence: answerFor('evidence', domains.evidence, findings),
    privacy: answerFor('privacy', domains.privacy, findings),
    safety: answerFor('safety', domains.safety, findings),
    ...(options.reviews && options.reviews.count > 0 ? { reviews: reviewsAnswer(options.reviews) } : {}),
    help: helpNow(options.region),
    checked: options.checked,
  };
}

/** The badge's accessible name (EASY_READ_EXAMPLES.md). */
export function badgeName(assessment: Pick<Assessment, 'domains'>): string {
  const parts = (['evidence', 'privacy', 'safety'] as const).map((d) => {
    const r = assessment.domains[d];
    return `${DOMAIN_NAMES[d]}: ${LEVEL_WORDS[r.level]}${r.flagged ? ', with a warning' : ''}.`;
  });
  return `MindLabel check. ${parts.join(' ')} Open the label.`;
}

/** Short badge text: "Evidence: some · Data: little ⚠ · Safety: clear". */
export function badgeText(assessment: Pick<Assessment, 'domains'>): string {
  return (['evidence', 'privacy', 'safety'] as const)
    .map((d) => {
      const r = assessment.domains[d];
      const level = r.level === 'not_checked' ? 'not checked' : r.level;
      return `${DOMAIN_NAMES[d]}: ${level}${r.flagged ? ' ⚠' : ''}`;
    })
    .join('  ·  ');
}

/** The easy-read label as plain text, for a person at a terminal (`mindlabel assess --format text`). */
export function labelText(assessment: Assessment): string {
  const out: string[] = [`MindLabel – ${assessment.title}`, badgeText(assessment), ''];
  const answers = [assessment.easyRead.evidence, assessment.easyRead.privacy, assessment.easyRead.safety];
  if (assessment.easyRead.reviews) answers.push(assessment.easyRead.reviews);
  for (const a of answers) {
    out.push(a.question, ...a.sentences.map((s) => `  ${s}`));
    for (const q of a.quotes) out.push(`  “${q.text}” (${q.source})`);
    if (a === assessment.easyRead.reviews && assessment.reviews) {
      for (const t of toldThemes(assessment.reviews)) if (t.quotes[0]) out.push(`  “${t.quotes[0]}” (a review: ${t.theme})`);
    }
    out.push('');
  }
  const help = assessment.easyRead.help;
  out.push(`${HELP_QUESTION}${help.region ? ` (${help.region.toUpperCase()})` : ''}`, ...help.intro.map((s) => `  ${s}`));
  for (const s of help.services) out.push(`  - ${s.name}: ${s.reach.map((r) => r.label).join(', ')}. ${s.offers}`);
  out.push(...help.closing.map((s) => `  ${s}`), '', assessment.easyRead.checked, `Rubric ${assessment.rubricVersion}.`);
  return out.join('\n');
}

export { CRISIS_LINES };
