// What a criterion sees: the listing, its text sources split into sentences once, and the
// verdicts of other criteria (memoised), so one listing is read once however many rules ask.
import type { Quote } from '../schema/finding.ts';
import type { Listing, ListingPart, QuoteSource } from '../schema/listing.ts';
import type { Criterion, Verdict } from '../rules/types.ts';
import { findMatches, type PhraseMatch } from './match.ts';
import { probeOf, type Probe } from './prefilter.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { renderDataSafety, renderPrivacyLabel, renderStorePage } from './structured.ts';

export interface ListingContext {
  readonly listing: Listing;
  /** Whether a part was gathered (an empty description still counts as read). */
  has(part: ListingPart): boolean;
  /** The text of a source ('' when absent); structured sections are rendered as lines. */
  text(source: QuoteSource): string;
  sentences(source: QuoteSource): readonly Sentence[];
  /** Matches of `pattern` in one source, each placed in its sentence with negation/hedging. */
  find(source: QuoteSource, pattern: RegExp): PhraseMatch[];
  /** The verdict of another criterion on this listing (computed once). */
  verdict(criterion: Criterion): Verdict;
}

const PART_OF_SOURCE: Record<QuoteSource, ListingPart> = {
  title: 'details',
  description: 'details',
  'store-page': 'details',
  'data-safety': 'dataSafety',
  'privacy-label': 'privacyLabel',
  'privacy-policy': 'privacyPolicy',
  reviews: 'reviews',
};

export function partOfSource(source: QuoteSource): ListingPart {
  return PART_OF_SOURCE[source];
}

function sourceText(listing: Listing, source: QuoteSource): string {
  switch (source) {
    case 'title':
      return listing.title;
    case 'description':
      return listing.description;
    case 'store-page':
      return renderStorePage(listing);
    case 'data-safety':
      return listing.dataSafety ? renderDataSafety(listing.dataSafety) : '';
    case 'privacy-label':
      return listing.privacyLabel ? renderPrivacyLabel(listing.privacyLabel) : '';
    case 'privacy-policy':
      return listing.privacyPolicy?.text ?? '';
    case 'reviews':
      return (listing.reviews?.items ?? []).map((r) => r.text.replace(/\s+/gu, ' ')).join('\n');
  }
}

export interface ContextOptions {
  /** Skip patterns that cannot match (default true); off only to prove it changes nothing. */
  prefilter?: boolean;
}

export function createContext(listing: Listing, options: ContextOptions = {}): ListingContext {
  const usePrefilter = options.prefilter ?? true;
  const texts = new Map<QuoteSource, string>();
  const sentenceCache = new Map<QuoteSource, readonly Sentence[]>();
  const probes = new Map<QuoteSource, Probe | null>();
  const verdicts = new Map<Criterion, Verdict>();
  const ctx: ListingContext = {
    listing,
    has(part) {
      switch (part) {
        case 'details':
          return true;
        case 'dataSafety':
          return listing.dataSafety !== undefined;
        case 'privacyLabel':
          return listing.privacyLabel !== undefined;
        case 'privacyPolicy':
          return listing.privacyPolicy !== undefined && listing.privacyPolicy.text.trim().length > 0;
        case 'reviews':
          return (listing.reviews?.items.length ?? 0) > 0;
      }
    },
    text(source) {
      let t = texts.get(source);
      if (t === undefined) {
        t = sourceText(listing, source);
        texts.set(source, t);
      }
      return t;
    },
    sentences(source) {
      let s = sentenceCache.get(source);
      if (!s) {
        s = splitSentences(ctx.text(source));
        sentenceCache.set(source, s);
      }
      return s;
    },
    find(source, pattern) {
      const text = ctx.text(source);
      if (!text) return [];
      let probe = probes.get(source);
      if (probe === undefined) {
        const lower = text.toLowerCase();
        // Only a same-length lower-casing keeps the pre-check sound (a few letters change length).
        probe = usePrefilter && lower.length === text.length ? probeOf(lower) : null;
        probes.set(source, probe);
      }
      return findMatches(text, ctx.sentences(source), pattern, probe ?? undefined);
    },
    verdict(criterion) {
      let v = verdicts.get(criterion);
      if (!v) {
        v = criterion.assess(ctx);
        verdicts.set(criterion, v);
      }
      return v;
    },
  };
  return ctx;
}

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

/** Quotes for matches, one per sentence, at most `limit`. */
export function quoteMatches(source: QuoteSource, matches: readonly PhraseMatch[], limit = 2): Quote[] {
  const seen = new Set<number>();
  const out: Quote[] = [];
  for (const m of matches) {
    if (seen.has(m.sentence.start)) continue;
    seen.add(m.sentence.start);
    out.push(quoteMatch(source, m));
    if (out.length >= limit) break;
  }
  return out;
}
