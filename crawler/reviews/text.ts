// Text helpers for review mining: sentence splitting, clause scope for negation, short quotes.

/** Unifies the characters reviewers and stores vary: typographic quotes, mojibake apostrophes. */
export function normaliseReviewText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\uFFFD/g, "'") // "I wasn�t": an apostrophe lost in a bad encoding
    .replace(/(?:[\u00c2\u00c3][\u0080-\u00ff]){2,}/g, "'") // "thatÃ£Â¢Ã¢ÂÃ¢Âs": an apostrophe encoded twice
    .replace(/\\n/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

/** Sentences of a review. Line breaks and runs of !?. end sentences; abbreviations are rare in reviews. */
export function splitSentences(text: string): string[] {
  return normaliseReviewText(text)
    .split(/(?<=[.!?])\s+|\n+|(?<=\S)\s+[-–]\s+(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => /[a-z]/i.test(s));
}

/** Words that end a clause for negation and hypothetical scope ("didn't like the voice, but it helped"). */
const CLAUSE_BOUNDARY = /[,;:()]|\b(?:but|although|though|however|and|yet|so|because|since|until|except|then)\b/gi;

/** The part of `sentence` before `index` that belongs to the same clause. */
export function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BOUNDARY)) start = (m.index ?? 0) + m[0].length;
  return before.slice(start);
}

/** Phrases with a negative word that do not negate what follows ("can't believe how much it helped"). */
const NOT_NEGATING =
  /\b(?:can'?t|cannot|couldn'?t) (?:believe|say enough|recommend (?:it |this(?: app)? )?enough|thank|tell you|be happier|imagine)\b|\bnot only\b|\bnever (?:felt|been|slept)\b|\bno (?:doubt|wonder|matter)\b|\bno longer\b|\bnothing but\b|\bnot (?:sure|going to lie)\b|\bnot gonna lie\b/gi;

const NEGATOR =
  /\b(?:don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|aren'?t|weren'?t|hasn'?t|haven'?t|hadn'?t|won'?t|wouldn'?t|can'?t|couldn'?t|cannot|shouldn'?t|ain'?t|not|never|no|without|hardly|barely|rarely|seldom|nothing|nor|neither)\b/i;

/** True when a negator occurs among the last few words of the clause before a cue. */
export function negatedBefore(sentence: string, index: number, words = 3): boolean {
  const clause = clauseBefore(sentence, index).replace(NOT_NEGATING, ' ');
  const tail = clause.trim().split(/\s+/).slice(-words).join(' ');
  return NEGATOR.test(tail);
}

/** Hypothetical, wished-for or conditional statements are not reports of what happened. */
const HYPOTHETICAL =
  /\b(?:if|would|could|might|may|hope|hopefully|wish|unless|whether|worried|afraid|scared that|in case|should|thought|used to think|believed)\b|\?\s*$/i;

/** "If anything, it made me more anxious" reports what happened. */
const NOT_HYPOTHETICAL = /\bif anything\b/gi;

export function hypotheticalBefore(sentence: string, index: number): boolean {
  return HYPOTHETICAL.test(clauseBefore(sentence, index).replace(NOT_HYPOTHETICAL, ' '));
}

export const MAX_QUOTE_LENGTH = 160;

/** Things a quote must not carry: links, e-mail addresses, @handles. */
function scrub(text: string): string {
  return text
    .replace(/https?:\/\/\S+|www\.\S+/gi, '…')
    .replace(/\S+@\S+\.\S+/g, '…')
    .replace(/@\w+/g, '…')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A quote of at most `max` characters from `sentence`, centred on the cue at `index` when the
 * sentence is longer, cut at word boundaries with an ellipsis where text was left out.
 */
export function shortQuote(sentence: string, index = 0, max = MAX_QUOTE_LENGTH): string {
  const text = scrub(sentence);
  if (text.length <= max) return text;
  const at = Math.min(Math.max(0, index), text.length);
  let start = Math.max(0, at - Math.floor(max / 3));
  let end = Math.min(text.length, start + max - 2);
  start = Math.max(0, end - (max - 2));
  // Move inwards to word boundaries.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= at ? start : space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const body = text.slice(start, end).replace(/[\s,;:–-]+$/, '');
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
