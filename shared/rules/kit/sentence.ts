// Questions a rule asks of one sentence: is it a heading, does a word occur near a match or
// affirmed in it, and the sentence with some words blanked out.
import { negatedAt } from '../../text/match.ts';
import type { PhraseMatch } from '../../text/match.ts';
import type { Sentence } from '../../text/sentences.ts';

/**
 * A heading ("Sharing with third parties", "DATA TRANSFER TO THIRD-PARTY APPLICATIONS") states
 * nothing: a short line without closing punctuation or a subject.
 */
export function isHeading(sentence: Sentence): boolean {
  const words = sentence.text.split(/\s+/u).length;
  // "Personal Data We Share with Third Parties." – title case, even with a full stop.
  const capitalised = sentence.text.match(/\b\p{Lu}/gu)?.length ?? 0;
  if (words <= 12 && capitalised >= Math.max(3, words * 0.6)) return true;
  if (/[.!?;:]["'”’)]*$/u.test(sentence.text)) return false;
  return words <= 12 && !/\b(?:we|us|our|you|your|they|it|is|are|will|may|can|do|does|never)\b/iu.test(sentence.text);
}

/** Whether `pattern` occurs within `before`/`after` characters of a match, in its sentence. */
export function near(match: PhraseMatch, pattern: RegExp, before = 60, after = 60): boolean {
  const { sentence } = match;
  const from = Math.max(0, match.start - sentence.start - before);
  const to = Math.min(sentence.text.length, match.end - sentence.start + after);
  return pattern.test(sentence.text.slice(from, to));
}

/** Words that take a thing out of a list ("except health data", "other than your mood"). */
const EXCLUDED_BEFORE = /\b(?:except(?:\s+for)?|excluding|other\s+than|apart\s+from|but\s+not|besides)\s+(?:\S+\s+){0,3}$/iu;

/** Affirmed occurrences of `pattern` inside one sentence (not negated, not "except …"). */
export function affirmedIn(sentence: Sentence, pattern: RegExp): boolean {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const start = sentence.start + m.index;
    const before = sentence.text.slice(0, m.index);
    if (EXCLUDED_BEFORE.test(before)) continue;
    if (negatedAt(sentence, start, start + m[0].length)) continue;
    return true;
  }
  return false;
}

/** Whether `pattern` occurs anywhere in the sentence. */
export function mentions(sentence: Sentence, pattern: RegExp): boolean {
  return new RegExp(pattern.source, pattern.flags.replace('g', '')).test(sentence.text);
}

/** The sentence text with every match of the given patterns blanked out (keeps offsets). */
export function without(text: string, patterns: readonly RegExp[]): string {
  let out = text;
  for (const p of patterns) {
    const re = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
    out = out.replace(re, (s) => ' '.repeat(s.length));
  }
  return out;
}
