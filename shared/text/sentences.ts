// Sentence splitting with character offsets, tuned for store descriptions and policies:
// line breaks and bullets end a sentence as well as . ! ?, and common abbreviations do not.

export interface Sentence {
  /** The sentence, trimmed: `text === source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

// Lower-cased, without the final dot. Titles and Latin shorthands that are followed by more words.
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'nos', 'approx', 'incl',
  'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'fig', 'al', 'ca', 'cf', 'u.s', 'u.k', 'e.u', 'ph.d', 'vol',
  'dept', 'est', 'min', 'max', 'mins', 'hrs', 'a.m', 'p.m', 'viz', 'resp', 'ed', 'eds', 'pp',
]);

const BULLET = /^(?:[-*•●▪■◆◇►▶➤✓✔✅☑★☆♦→·]|\d{1,2}[.)](?=\s))\s*/u;

const LETTER_OR_DOT = /[\p{L}.]/u;

function isLetterOrDot(code: number, ch: string): boolean {
  if (code < 128) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DOT.test(ch);
}

function isAbbreviation(text: string, dotIndex: number): boolean {
  let start = dotIndex;
  while (start > 0 && isLetterOrDot(text.charCodeAt(start - 1), text[start - 1]!)) start -= 1;
  const word = text.slice(start, dotIndex).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("J. Smith") or dotted acronym ("U.S.A") is not a sentence end.
  return /^\p{Lu}$/u.test(text.slice(start, dotIndex)) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** Positions just after each sentence-ending punctuation run within one line. */
function punctuationBreaks(line: string): number[] {
  const breaks: number[] = [];
  const re = /[.!?…]+["'”’)\]]*(?=\s+\S)/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const endPunct = m.index + m[0].length;
    const after = line.slice(endPunct).trimStart();
    const next = after[0] ?? '';
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(line, m.index)) continue;
    // A numbered-list marker ("1. Learn skills") is not a sentence.
    if (/^\s*\d{1,2}$/.test(line.slice(0, m.index))) continue;
    // "…in a study (n = 40). results…" — a lower-case continuation is usually not a new sentence.
    if (/\p{Ll}/u.test(next) && !/[!?]/.test(m[0])) continue;
    breaks.push(endPunct);
  }
  return breaks;
}

const SPACE = /\s/u;

function isSpace(source: string, i: number): boolean {
  const code = source.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(source[i]!);
}

function pushTrimmed(out: Sentence[], source: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(source, s)) s += 1;
  while (e > s && isSpace(source, e - 1)) e -= 1;
  // Strip a leading bullet so quotes read as words, keeping offsets exact.
  const bullet = BULLET.exec(source.slice(s, Math.min(e, s + 8)));
  if (bullet && s + bullet[0].length < e) s += bullet[0].length;
  if (e > s && /[\p{L}\p{N}]/u.test(source.slice(s, e))) {
    out.push({ text: source.slice(s, e), start: s, end: e });
  }
}

/** Split text into sentences; every sentence keeps its offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\n\r\u2028\u2029]+/gu;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const base = line.index;
    let from = 0;
    for (const cut of punctuationBreaks(line[0])) {
      pushTrimmed(out, text, base + from, base + cut);
      from = cut;
    }
    pushTrimmed(out, text, base + from, base + line[0].length);
  }
  return out;
}

/** Index of the sentence containing `offset` (binary search over sorted sentences), or -1. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
