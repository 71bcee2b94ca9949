// Is this store listing a mental-health app? A small keyword classifier, browser-safe: the
// crawler uses it to decide what enters the dataset and the extension to decide whether to show
// a badge at all. Words in the title and the store category weigh more than the description, and
// the description counts each distinct term once (repeats add a little), so one passing mention
// in a long description about something else cannot flip the decision on its own.
import { CATEGORY_WEIGHTS, MENTAL_HEALTH_GROUPS, OTHER_DOMAIN_GROUPS, type KeywordGroup } from './keywords.ts';

export interface ListingText {
  title: string;
  description: string;
  category?: string | null;
  developer?: string;
}

export interface Classification {
  mentalHealth: boolean;
  /** Mental-health evidence minus other-domain evidence; `mentalHealth` is `score >= threshold`. */
  score: number;
  /** Which words decided it, e.g. `title: "anxiety" (conditions +6)`. */
  reasons: string[];
}

export const MENTAL_HEALTH_THRESHOLD = 5;
/** A term in the title counts this many times its weight (titles are short and chosen with care). */
const TITLE_FACTOR = 2;
/** Repeats of a description term add this fraction of its weight, at most `MAX_REPEATS` times. */
const REPEAT_BONUS = 0.5;
const MAX_REPEATS = 2;
/** The description alone can add at most this much, so a keyword-stuffed text cannot dominate. */
const DESCRIPTION_CAP = 16;

interface CompiledTerm {
  term: string;
  group: KeywordGroup;
  sign: 1 | -1;
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

function termSource(term: string): string {
  const stem = term.endsWith('*');
  const body = (stem ? term.slice(0, -1) : term)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+')
    .replace(/-/g, '[-\\s]?');
  // Scripts written without spaces between words have no word boundaries to look for.
  const spaced = /[a-z\u00c0-\u024f\u0400-\u04ff]/i.test(term);
  const before = spaced ? `(?<!${LETTER_OR_DIGIT})` : '';
  const after = stem ? `${LETTER_OR_DIGIT}*` : spaced ? `(?!${LETTER_OR_DIGIT})` : '';
  return `${before}${body}${after}`;
}

function compile(): { regex: RegExp; terms: CompiledTerm[] } {
  const terms: CompiledTerm[] = [
    ...MENTAL_HEALTH_GROUPS.flatMap((group) => group.terms.map((term) => ({ term, group, sign: 1 as const }))),
    ...OTHER_DOMAIN_GROUPS.flatMap((group) => group.terms.map((term) => ({ term, group, sign: -1 as const }))),
  ];
  // Longest first, so a phrase ("speech therapy") wins over a word inside it ("therapy").
  terms.sort((a, b) => b.term.length - a.term.length);
  const regex = new RegExp(terms.map((t) => `(${termSource(t.term)})`).join('|'), 'giu');
  return { regex, terms };
}

let compiled: ReturnType<typeof compile> | undefined;

/** Lower-cases and unifies the characters stores vary (typographic hyphens, escaped newlines). */
function normalise(text: string): string {
  return text
    .replace(/\\n/g, ' ')
    .replace(/[\u2010-\u2014\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

/** Distinct terms found in `text`, with how often each occurred. */
function findTerms(text: string): Map<CompiledTerm, number> {
  compiled ??= compile();
  const { regex, terms } = compiled;
  const found = new Map<CompiledTerm, number>();
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const index = match.findIndex((group, i) => i > 0 && group !== undefined);
    const term = terms[index - 1];
    if (term) found.set(term, (found.get(term) ?? 0) + 1);
  }
  return found;
}

function describe(where: string, term: CompiledTerm, points: number): string {
  const sign = points >= 0 ? '+' : '';
  const domain = term.sign > 0 ? term.group.name : `not mental health: ${term.group.name}`;
  return `${where}: "${term.term.replace(/\*$/, '')}" (${domain} ${sign}${Math.round(points * 10) / 10})`;
}

export function classifyListing(input: ListingText): Classification {
  const reasons: string[] = [];
  let score = 0;

  for (const [term, count] of findTerms(normalise(input.title))) {
    const points = term.sign * term.group.weight * TITLE_FACTOR * Math.min(count, 1);
    score += points;
    reasons.push(describe('title', term, points));
  }

  let description = 0;
  const descriptionReasons: string[] = [];
  for (const [term, count] of findTerms(normalise(input.description))) {
    const repeats = Math.min(count - 1, MAX_REPEATS);
    const points = term.sign * term.group.weight * (1 + REPEAT_BONUS * repeats);
    description += points;
    descriptionReasons.push(describe('description', term, points));
  }
  score += Math.max(-DESCRIPTION_CAP, Math.min(DESCRIPTION_CAP, description));
  reasons.push(...descriptionReasons);

  const category = input.category?.trim();
  if (category) {
    const rule = CATEGORY_WEIGHTS.find((c) => c.pattern.test(category));
    if (rule) {
      score += rule.weight;
      reasons.push(`category: "${category}" (${rule.name} ${rule.weight >= 0 ? '+' : ''}${rule.weight})`);
    }
  }

  score = Math.round(score * 10) / 10;
  return { mentalHealth: score >= MENTAL_HEALTH_THRESHOLD, score, reasons };
}
