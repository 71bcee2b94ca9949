// Helpers the evidence and safety criteria share: they read the store page's own words (title and
// description), keep matches whose clause affirms them, and turn them into exact quotes.
import type { Quote } from '../../../schema/finding.ts';
import type { QuoteSource } from '../../../schema/listing.ts';
import { quoteMatch, type ListingContext } from '../../../text/context.ts';
import type { PhraseMatch } from '../../../text/match.ts';
import type { Verdict } from '../../types.ts';

/** What the evidence and safety criteria read: the store page text. */
export const PAGE_SOURCES: readonly QuoteSource[] = ['title', 'description'];

export interface Hit {
  source: QuoteSource;
  match: PhraseMatch;
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

/** The words of the match's sentence before and after it. */
export interface Around {
  before: string;
  after: string;
}

export function around(match: PhraseMatch): Around {
  const { sentence } = match;
  return {
    before: sentence.text.slice(0, match.start - sentence.start),
    after: sentence.text.slice(match.end - sentence.start),
  };
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

/** Exact quotes for hits, one per sentence, at most `limit`. */
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

/** A verdict resting on hits (met, partial or flag), quoting them. */
export function verdictFrom(status: Verdict['status'], sentence: string, hits: readonly Hit[], notes?: string[], limit = 2): Verdict {
  return { status, sentence, quotes: quotesOf(hits, limit), ...(notes && notes.length ? { notes } : {}) };
}

export function notMet(sentence: string, notes?: string[]): Verdict {
  return { status: 'not_met', sentence, quotes: [], ...(notes && notes.length ? { notes } : {}) };
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
