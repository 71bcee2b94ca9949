// Quotes: the exact words a finding rests on, one per sentence, with offsets into the source so
// anyone can find them again.
import type { Quote } from '../../schema/finding.ts';
import type { QuoteSource } from '../../schema/listing.ts';
import type { PhraseMatch } from '../../text/match.ts';
import type { Sentence } from '../../text/sentences.ts';
import type { Hit, ListingContext } from './types.ts';

const MAX_QUOTE = 240;

/**
 * The quote for a match: its whole sentence, or for long sentences a window around the match cut
 * at word boundaries. Offsets stay exact so anyone can find the words in the source.
 */
export function quoteMatch(source: QuoteSource, match: Pick<PhraseMatch, 'sentence' | 'start' | 'end'>): Quote {
  const { sentence } = match;
  if (sentence.text.length <= MAX_QUOTE) {
    return { source, text: sentence.text, start: sentence.start, end: sentence.end };
  }
  const room = Math.max(0, MAX_QUOTE - (match.end - match.start));
  let from = Math.max(sentence.start, match.start - Math.floor(room / 2));
  let to = Math.min(sentence.end, from + Math.max(MAX_QUOTE, match.end - match.start));
  from = Math.max(sentence.start, Math.min(from, to - MAX_QUOTE));
  const text = sentence.text;
  // Move inwards to whole words.
  while (from > sentence.start && from < match.start && /\S/u.test(text[from - sentence.start - 1]!)) from += 1;
  while (to < sentence.end && to > match.end && /\S/u.test(text[to - sentence.start]!)) to -= 1;
  const slice = text.slice(from - sentence.start, to - sentence.start);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  return { source, text: trimmed, start: from + lead, end: from + lead + trimmed.length };
}

/** Exact quotes for hits, in the order given, one per sentence, at most `limit`. */
export function quotesOf(hits: readonly Hit[], limit = 2): Quote[] {
  const seen = new Set<string>();
  const out: Quote[] = [];
  for (const { source, match } of hits) {
    const key = `${source}:${match.sentence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(quoteMatch(source, match));
    if (out.length >= limit) break;
  }
  return out;
}

/** One line of a source rendered as lines (a store section), with its offsets. */
export type Line = Sentence;

/** The non-empty lines of a source with their offsets (`text === source.slice(start, end)`). */
export function lines(ctx: ListingContext, source: QuoteSource): Line[] {
  const text = ctx.text(source);
  const out: Line[] = [];
  const re = /[^\n]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ text: body, start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/** A quote of one whole line (windowed to the usual quote length when very long). */
export function quoteLine(source: QuoteSource, line: Line): Quote {
  return quoteMatch(source, { sentence: line, start: line.start, end: Math.min(line.end, line.start + 80) });
}

/** Quotes of the lines that pass `test`, at most `limit`, the ones passing `first` before others. */
export function quoteLines(
  ctx: ListingContext,
  source: QuoteSource,
  test: (line: string) => boolean,
  limit = 2,
  first: (line: string) => boolean = () => false,
): Quote[] {
  const hits = lines(ctx, source).filter((l) => test(l.text));
  hits.sort((a, b) => Number(first(b.text)) - Number(first(a.text)) || a.start - b.start);
  return hits.slice(0, limit).map((l) => quoteLine(source, l));
}
