// Phrase matching that respects sentences, negation and hedging.
// Patterns scan the whole text once (fast), then each hit is placed in its sentence and judged
// only against the words of its own clause: "We don't sell your data, but we share it" shares.
import { mayMatch, type Probe } from './prefilter.ts';
import { sentenceAt, type Sentence } from './sentences.ts';

export interface PhraseMatch {
  sentence: Sentence;
  /** Absolute offsets of the matched words in the source text. */
  start: number;
  end: number;
  text: string;
  /** A negation governs the match within its clause ("we do not sell", "never shared"). */
  negated: boolean;
  /** The match is hedged ("we may share", "could help"). */
  hedged: boolean;
}

// Words that end a clause for negation purposes. Commas are handled apart: a comma that only
// separates list items ("we do not sell, rent, or share") keeps the negation going.
const CLAUSE_BREAK =
  /(?:[;:()–—]|\s-\s|\b(?:but|however|although|though|while|whereas|except|unless|instead|yet|and then|which|that|who)\b)/giu;

const NEGATION_BEFORE =
  /\b(?:not|no|never|n['’]t|cannot|neither|nor|none|nothing|nobody|without|free of|free from|refrain from|refuses? to|zero)\b|\w+n['’]t\b/iu;

// "shared with no one", "sold to nobody", "is never …" after the phrase.
const NEGATION_AFTER = /^\W{0,3}(?:\S+\s+){0,2}?(?:with|to)\s+(?:no(?:\s+one|body|\s+other|\s+third)|anyone\s+else\s+but)\b/iu;

const HEDGE_BEFORE =
  /\b(?:may|might|could|can|possibly|perhaps|sometimes|occasionally|from time to time|in some cases|if|when necessary|where necessary|as needed)\b/iu;

const MAX_WORDS_BACK = 10;

/** A comma-separated piece that continues a list rather than starting a new clause. */
function continuesList(piece: string): boolean {
  if (/^\s*(?:or|nor)\b/iu.test(piece)) return true;
  const words = piece.split(/\s+/u).filter(Boolean);
  return words.length <= 2 && !/^\s*(?:and|we|you|they|it|i|he|she|our|your|their)\b/iu.test(piece);
}

/** The clause text before `offset` inside `sentence` (at most MAX_WORDS_BACK words). */
export function clauseBefore(sentence: Sentence, offset: number): string {
  const head = sentence.text.slice(0, offset - sentence.start);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(head); m; m = CLAUSE_BREAK.exec(head)) cut = m.index + m[0].length;
  // Walk back over commas while the pieces after them are list continuations.
  const pieces = head.slice(cut).split(',');
  let keep = pieces.length - 1;
  while (keep > 0 && continuesList(pieces[keep]!)) keep -= 1;
  const words = pieces.slice(keep).join(',').split(/\s+/u).filter(Boolean);
  // A list continues the verb of its first item ("we will not use it for X, or sell it"):
  // then the whole first item counts, however long, and the list items after it.
  if (keep < pieces.length - 1) {
    const lead = pieces[keep]!.split(/\s+/u).filter(Boolean).length;
    return words.slice(0, lead).concat(words.slice(lead).slice(-MAX_WORDS_BACK)).join(' ');
  }
  return words.slice(-MAX_WORDS_BACK).join(' ');
}

function judgeClause(clause: string, sentence: Sentence, end: number): { negated: boolean; hedged: boolean } {
  return { negated: negatedIn(clause, sentence, end), hedged: HEDGE_BEFORE.test(clause) };
}

function negatedIn(clause: string, sentence: Sentence, end: number): boolean {
  return NEGATION_BEFORE.test(clause) || NEGATION_AFTER.test(sentence.text.slice(end - sentence.start));
}

export function isNegated(sentence: Sentence, start: number, end: number): boolean {
  return negatedIn(clauseBefore(sentence, start), sentence, end);
}

export function isHedged(sentence: Sentence, start: number): boolean {
  return HEDGE_BEFORE.test(clauseBefore(sentence, start));
}

// A list continued after a comma keeps the negation of its head: "We do not sell, rent, or share
// your data" denies all three (the clause itself stops negation at the comma).
// After "or" the continuation may carry its own verb ("…, or sell it to brokers") but not a new
// subject; after "and" only a bare list item ("sell, rent and share") continues the negation.
const LIST_CONTINUATION =
  /^(?:(?:[\p{L}-]+\s+)?(?:and\/or|or|nor|and)(?:\s+to)?|(?:[\p{L}-]+\s+)?(?:or|nor)\s+(?!(?:we|they|you|he|she|i|it)\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,3})?$/iu;
const STRONG_BREAK_BEFORE = /[;:]|\b(?:but|however|although|though|whereas|except|unless|instead|yet|while)\b/giu;
const LIST_HEAD_NEGATION =
  /\b(?:not|no|never|n['’]t|cannot|neither|nor|none|nothing|nobody|without|refrain\s+from|refuses?\s+to)\b|\w+n['’]t\b/iu;

/** Negated by its own clause, or by the head of the list it continues. */
export function negatedAt(sentence: Sentence, start: number, end: number): boolean {
  if (isNegated(sentence, start, end)) return true;
  if (!LIST_CONTINUATION.test(clauseBefore(sentence, start).trim())) return false;
  const head = sentence.text.slice(0, start - sentence.start);
  let from = 0;
  STRONG_BREAK_BEFORE.lastIndex = 0;
  for (let m = STRONG_BREAK_BEFORE.exec(head); m; m = STRONG_BREAK_BEFORE.exec(head)) from = m.index + m[0].length;
  return LIST_HEAD_NEGATION.test(head.slice(from));
}

/** `match.negated`, extended to negated lists (see `negatedAt`). */
export function denied(match: PhraseMatch): boolean {
  return match.negated || negatedAt(match.sentence, match.start, match.end);
}

// V8 runs case-insensitive Unicode-mode patterns an order of magnitude slower than plain /i ones,
// so the scanning copy drops the `u` flag when the pattern uses nothing that needs it.
const NEEDS_UNICODE = /\\[pP]\{|\\u\{|[\uD800-\uDFFF]/u;

function globalCopy(pattern: RegExp): RegExp {
  let flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  if (flags.includes('u') && !NEEDS_UNICODE.test(pattern.source)) {
    try {
      return new RegExp(pattern.source, flags.replace('u', ''));
    } catch {
      // Some escapes are only valid with `u`: keep it then.
    }
  }
  return new RegExp(pattern.source, flags);
}

const globalCache = new WeakMap<RegExp, RegExp>();

/** The fast global copy of `pattern` used for scanning (compiled once; reset `lastIndex` before use). */
export function scanningCopy(pattern: RegExp): RegExp {
  let re = globalCache.get(pattern);
  if (!re) {
    re = globalCopy(pattern);
    globalCache.set(pattern, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * Every match of `pattern` in `text`, placed in its sentence; matches across sentences are dropped.
 * `probe` (the text lower-cased, same length) lets patterns that cannot match be skipped unscanned.
 */
export function findMatches(text: string, sentences: readonly Sentence[], pattern: RegExp, probe?: Probe): PhraseMatch[] {
  if (probe !== undefined && !mayMatch(pattern, probe)) return [];
  const re = scanningCopy(pattern);
  const out: PhraseMatch[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const i = sentenceAt(sentences, start);
    if (i < 0) continue;
    const sentence = sentences[i]!;
    if (end > sentence.end) continue;
    out.push({
      sentence,
      start,
      end,
      text: m[0],
      // The clause is read once for both questions.
      ...judgeClause(clauseBefore(sentence, start), sentence, end),
    });
  }
  return out;
}

/** Matches that are affirmed (not negated); hedged ones count unless `strict`. */
export function affirmed(matches: readonly PhraseMatch[], strict = false): PhraseMatch[] {
  return matches.filter((m) => !m.negated && (!strict || !m.hedged));
}
