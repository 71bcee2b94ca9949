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
  /** Words of the term; with `stem`, the last word matches as a prefix. */
  words: string[];
  stem: boolean;
}

interface Vocabulary {
  /** Spaced-script terms by their first word (multi-word stems too: their last word is the prefix). */
  byFirstWord: Map<string, CompiledTerm[]>;
  /** Single-word stems ("depress*"), tried as prefixes of each word. */
  stems: CompiledTerm[];
  /** Terms in scripts written without spaces (CJK…), found as substrings. */
  unspaced: CompiledTerm[];
}

// Word splitting instead of one big regular expression: a large alternation with Unicode
// look-behinds took half a second to compile on first use, too slow for the content script.
const NON_WORD = /[^\p{L}\p{N}]+/u;
const SPACED_SCRIPT = /[a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]/i;

function words(text: string): string[] {
  return text.split(NON_WORD).filter(Boolean);
}

function buildVocabulary(): Vocabulary {
  const vocabulary: Vocabulary = { byFirstWord: new Map(), stems: [], unspaced: [] };
  const groups = [
    ...MENTAL_HEALTH_GROUPS.map((group) => ({ group, sign: 1 as const })),
    ...OTHER_DOMAIN_GROUPS.map((group) => ({ group, sign: -1 as const })),
  ];
  for (const { group, sign } of groups) {
    for (const term of group.terms) {
      const stem = term.endsWith('*');
      const compiled: CompiledTerm = { term, group, sign, stem, words: words(stem ? term.slice(0, -1) : term) };
      if (!SPACED_SCRIPT.test(term)) vocabulary.unspaced.push(compiled);
      else if (stem && compiled.words.length === 1) vocabulary.stems.push(compiled);
      else {
        const first = compiled.words[0]!;
        vocabulary.byFirstWord.set(first, [...(vocabulary.byFirstWord.get(first) ?? []), compiled]);
      }
    }
  }
  return vocabulary;
}

let vocabulary: Vocabulary | undefined;

/** Lower-cases and unifies the characters stores vary (escaped newlines, curly apostrophes). */
function normalise(text: string): string {
  return text.replace(/\\n/g, ' ').replace(/[\u2018\u2019']/g, '').toLowerCase();
}

function matchesAt(term: CompiledTerm, tokens: string[], at: number): boolean {
  const last = term.words.length - 1;
  return term.words.every((word, k) => {
    const token = tokens[at + k];
    if (token === undefined) return false;
    return term.stem && k === last ? token.startsWith(word) : token === word;
  });
}

/** Distinct terms found in `text`, with how often each occurred; the longest term wins at each word. */
function findTerms(text: string): Map<CompiledTerm, number> {
  vocabulary ??= buildVocabulary();
  const normalised = normalise(text);
  const tokens = words(normalised);
  const found = new Map<CompiledTerm, number>();
  const add = (term: CompiledTerm) => found.set(term, (found.get(term) ?? 0) + 1);
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    let best: CompiledTerm | undefined;
    for (const term of vocabulary.byFirstWord.get(token) ?? []) {
      if (matchesAt(term, tokens, i) && (!best || term.words.length > best.words.length)) best = term;
    }
    if (!best) best = vocabulary.stems.find((term) => token.startsWith(term.words[0]!));
    if (best) {
      add(best);
      i += best.words.length;
    } else i++;
  }
  for (const term of vocabulary.unspaced) {
    for (let at = normalised.indexOf(term.term); at !== -1; at = normalised.indexOf(term.term, at + term.term.length)) add(term);
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
