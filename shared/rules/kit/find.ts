// Phrase finding on the store page (title and description): matches of a rule's patterns whose
// clause affirms them, filtered by the words around them.
import type { QuoteSource } from '../../schema/listing.ts';
import type { PhraseMatch } from '../../text/match.ts';
import type { Hit, ListingContext } from './types.ts';

/** What the evidence and safety criteria read: the store page text. */
export const PAGE_SOURCES: readonly QuoteSource[] = ['title', 'description'];

/** The words of the match's sentence before and after it. */
export interface Around {
  before: string;
  after: string;
}

export interface FindOptions {
  /** Keep negated matches (for patterns that carry their own negation, e.g. "does not replace"). */
  negated?: 'drop' | 'keep' | 'only';
  /** Drop hedged matches ("may", "could", "if"…). */
  dropHedged?: boolean;
  /** Further test on the match and the words around it in its sentence. */
  keep?: (hit: Hit, around: Around) => boolean;
  sources?: readonly QuoteSource[];
}

export function around(match: PhraseMatch): Around {
  const { sentence } = match;
  return {
    before: sentence.text.slice(0, match.start - sentence.start),
    after: sentence.text.slice(match.end - sentence.start),
  };
}

/** The matches of one source as hits. */
export function hitsIn(source: QuoteSource, matches: readonly PhraseMatch[]): Hit[] {
  return matches.map((match) => ({ source, match }));
}

/** Matches of `pattern` on the store page, filtered by negation, hedging and `keep`. */
export function findOnPage(ctx: ListingContext, pattern: RegExp, options: FindOptions = {}): Hit[] {
  const { negated = 'drop', dropHedged = false, keep, sources = PAGE_SOURCES } = options;
  const out: Hit[] = [];
  for (const source of sources) {
    for (const match of ctx.find(source, pattern)) {
      if (negated === 'drop' && match.negated) continue;
      if (negated === 'only' && !match.negated) continue;
      if (dropHedged && match.hedged) continue;
      const hit = { source, match };
      if (keep && !keep(hit, around(match))) continue;
      out.push(hit);
    }
  }
  return out;
}

/** Hits of several patterns, in pattern order, one per sentence. */
export function findAny(ctx: ListingContext, patterns: readonly RegExp[], options: FindOptions = {}): Hit[] {
  const seen = new Set<string>();
  const out: Hit[] = [];
  for (const pattern of patterns) {
    for (const hit of findOnPage(ctx, pattern, options)) {
      const key = `${hit.source}:${hit.match.sentence.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(hit);
    }
  }
  return out;
}

/**
 * Words that name the app itself in a sentence: "this app", "our app", "we", "it", or the first
 * word(s) of its title ("Calm" of "Calm: Sleep & Meditation").
 */
export function appReference(title: string): RegExp {
  const name = title.split(/\s*[:–—|-]\s+|\s*[:(]/u)[0]!.trim();
  const words = name.split(/\s+/u).slice(0, 3).join(' ');
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const named = escaped.length >= 3 ? `|${escaped}` : '';
  return new RegExp(
    `\\b(?:(?:this|the|our)\\s+(?:app|application|programme|program|course|tool|platform|approach|method)|we|our|us|it${named})\\b`,
    'iu',
  );
}
