// The ListingContext: one listing read once however many criteria ask – texts rendered, sentences
// split and verdicts computed on first use, then kept.
import type { Listing, QuoteSource } from '../../schema/listing.ts';
import { findMatches } from '../../text/match.ts';
import { probeOf, type Probe } from '../../text/prefilter.ts';
import { splitSentences, type Sentence } from '../../text/sentences.ts';
import { renderDataSafety, renderPrivacyLabel, renderStorePage } from '../../text/structured.ts';
import type { Criterion, ListingContext, Verdict } from './types.ts';

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
