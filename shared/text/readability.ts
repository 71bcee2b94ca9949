// Flesch–Kincaid grade and Flesch Reading Ease, dependency-free (the same in Node and the browser).
// Syllables are estimated by vowel groups with the usual English corrections; good enough to hold
// generated text to "grade ≤ 6, ease ≥ 70" and to give a policy's reading grade.
import { splitSentences } from './sentences.ts';

export interface Readability {
  grade: number;
  ease: number;
  words: number;
  sentences: number;
  syllables: number;
  /** Minutes to read at 238 words per minute (adult silent reading, Brysbaert 2019). */
  minutes: number;
}

export const WORDS_PER_MINUTE = 238;

// Words whose vowel groups mislead the estimate.
const SYLLABLE_EXCEPTIONS: Record<string, number> = {
  area: 3, idea: 3, every: 2, everyone: 3, everything: 3, business: 2, different: 3, evening: 2,
  people: 2, science: 2, quiet: 2, create: 2, created: 3, being: 2, doing: 2, going: 2, seeing: 2,
  really: 2, usually: 4, actually: 4, naturally: 4, poem: 2, whose: 1, someone: 2, something: 2,
  sometimes: 2, somewhere: 2, anyone: 3, maybe: 2, gp: 2, gps: 2, app: 1, apps: 1, ok: 2, okay: 2,
  ai: 2, nhs: 3, the: 1, are: 1, were: 1, there: 1, where: 1, here: 1, one: 1, once: 1, more: 1,
  use: 1, used: 1, uses: 2, page: 1, pages: 2, help: 1, helps: 1, online: 2, line: 1, lines: 1,
  crisis: 2, service: 2, services: 3, share: 1, shared: 1, sure: 1, care: 1, store: 1, safe: 1,
  else: 1, make: 1, made: 1, time: 1, like: 1, life: 1, name: 1, names: 1,
};

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/gu, '');
  if (w.length === 0) return 0;
  const known = SYLLABLE_EXCEPTIONS[w];
  if (known !== undefined) return known;
  if (w.length <= 3) return 1;
  let s = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/u, '');
  s = s.replace(/^y/u, '');
  const groups = s.match(/[aeiouy]{1,2}/gu);
  let count = groups ? groups.length : 1;
  // "-ia"/"-io" are two syllables (media, radio) except in -tion/-sion/-cial/-tial.
  count += (s.match(/(?<![tsc])(?:ia|io|ua|uo|eo)(?![aeiouy])/gu) ?? []).length;
  return Math.max(1, count);
}

/** Words as readers see them: letters and digits (numbers and times count as one word). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function readability(text: string): Readability {
  const sentenceCount = Math.max(1, splitSentences(text).length);
  const ws = words(text);
  const wordCount = ws.length;
  let syllables = 0;
  for (const w of ws) syllables += /^\d/u.test(w) ? 1 : countSyllables(w);
  if (wordCount === 0) {
    return { grade: 0, ease: 100, words: 0, sentences: 0, syllables: 0, minutes: 0 };
  }
  const wps = wordCount / sentenceCount;
  const spw = syllables / wordCount;
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    grade: round1(0.39 * wps + 11.8 * spw - 15.59),
    ease: round1(206.835 - 1.015 * wps - 84.6 * spw),
    words: wordCount,
    sentences: sentenceCount,
    syllables,
    minutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}

/** The rubric's rule for every generated summary. */
export const EASY_READ_LIMITS = { maxGrade: 6, minEase: 70 } as const;

export function isEasyRead(text: string): boolean {
  const r = readability(text);
  return r.grade <= EASY_READ_LIMITS.maxGrade && r.ease >= EASY_READ_LIMITS.minEase;
}
