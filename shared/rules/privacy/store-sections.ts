// What the store's own privacy sections declare (Google Play data safety, Apple App Privacy),
// read from the structured listing and quoted from their rendered lines.
import { quoteLines, type ListingContext, type Quote } from '../kit/index.ts';
import { SENSITIVE_STORE_CATEGORY, STORE_AD_PURPOSE } from './policy-phrases.ts';

export type StoreClaim = 'none' | 'some' | 'not-said';

export interface StoreDeclaration {
  claim: StoreClaim;
  /** Health or other sensitive data is among what is declared. */
  sensitive: boolean;
  /** The store's words the claim rests on, sensitive lines first. */
  quotes: Quote[];
}

const NOT_SAID: StoreDeclaration = { claim: 'not-said', sensitive: false, quotes: [] };

const isSensitive = (line: string) => SENSITIVE_STORE_CATEGORY.test(line);
const SHARED_LINE = /^Data shared:/u;
const NO_SHARING_LINE = /\bNo data shared\b/iu;
// Play's details-page summary when data is shared ("This app may share these data types…").
const SHARING_SUMMARY = /\b(?:may\s+)?shares?\s+(?:these\s+)?data\s+types?\b|\bshared\s+with\s+third\s+parties\b/iu;
const TRACKING_LINE = /^Data Used to Track You:/u;
const NOT_COLLECTED_LINE = /^Data Not Collected$/u;

function playSharing(ctx: ListingContext): StoreDeclaration {
  const ds = ctx.listing.dataSafety;
  if (!ds) return NOT_SAID;
  if (ds.shared.length > 0) {
    return {
      claim: 'some',
      sensitive: ds.shared.some((i) => isSensitive(`${i.category}: ${i.type}`)),
      quotes: quoteLines(ctx, 'data-safety', (l) => SHARED_LINE.test(l), 2, isSensitive),
    };
  }
  if (ds.noDataShared === true) {
    return { claim: 'none', sensitive: false, quotes: quoteLines(ctx, 'data-safety', (l) => NO_SHARING_LINE.test(l), 1) };
  }
  const summary = ds.sharedSummary ?? '';
  if (ds.noDataShared === false || (SHARING_SUMMARY.test(summary) && !NO_SHARING_LINE.test(summary))) {
    return {
      claim: 'some',
      sensitive: isSensitive(summary),
      quotes: quoteLines(ctx, 'data-safety', (l) => l === summary.trim() || SHARING_SUMMARY.test(l), 1),
    };
  }
  return NOT_SAID;
}

function appleSharing(ctx: ListingContext): StoreDeclaration {
  const label = ctx.listing.privacyLabel;
  if (!label) return NOT_SAID;
  // Apple defines tracking as linking the app's data with other companies' data or sharing it
  // with data brokers: the label's own statement that data goes to other companies.
  if (label.tracking.length > 0) {
    return {
      claim: 'some',
      sensitive: label.tracking.some((c) => isSensitive(c.category)),
      quotes: quoteLines(ctx, 'privacy-label', (l) => TRACKING_LINE.test(l), 2, isSensitive),
    };
  }
  if (label.notCollected && label.linked.length === 0 && label.notLinked.length === 0) {
    return { claim: 'none', sensitive: false, quotes: quoteLines(ctx, 'privacy-label', (l) => NOT_COLLECTED_LINE.test(l), 1) };
  }
  return NOT_SAID;
}

/** Whether the store says data is shared with other companies (Play first, then Apple). */
export function storeSharing(ctx: ListingContext): StoreDeclaration {
  const play = playSharing(ctx);
  const apple = appleSharing(ctx);
  if (play.claim === 'some' || apple.claim === 'some') {
    const some = [play, apple].filter((d) => d.claim === 'some');
    return {
      claim: 'some',
      sensitive: some.some((d) => d.sensitive),
      quotes: some.flatMap((d) => d.quotes).slice(0, 2),
    };
  }
  if (play.claim === 'none') return play;
  return apple;
}

/** Whether the store says data is used to track you or for adverts. */
export function storeAdvertising(ctx: ListingContext): StoreDeclaration & { tracking: boolean } {
  const ds = ctx.listing.dataSafety;
  const label = ctx.listing.privacyLabel;
  const adLine = (l: string) => STORE_AD_PURPOSE.test(l) && /^Data (?:shared|collected|Linked|Not Linked)/u.test(l);
  const trackLine = (l: string) => TRACKING_LINE.test(l);
  const playAds = ds ? [...ds.shared, ...ds.collected].filter((i) => i.purposes.some((p) => STORE_AD_PURPOSE.test(p))) : [];
  const appleAds = label
    ? [...label.linked, ...label.notLinked].filter((c) => c.purposes.some((p) => STORE_AD_PURPOSE.test(p)))
    : [];
  const tracking = label?.tracking ?? [];
  if (playAds.length + appleAds.length + tracking.length > 0) {
    const sensitive =
      playAds.some((i) => isSensitive(`${i.category}: ${i.type}`)) ||
      appleAds.some((c) => isSensitive(c.category)) ||
      tracking.some((c) => isSensitive(c.category));
    const quotes = [
      ...quoteLines(ctx, 'privacy-label', trackLine, 2, isSensitive),
      ...quoteLines(ctx, 'data-safety', adLine, 2, isSensitive),
      ...quoteLines(ctx, 'privacy-label', adLine, 2, isSensitive),
    ];
    quotes.sort((a, b) => Number(isSensitive(b.text)) - Number(isSensitive(a.text)));
    return { claim: 'some', sensitive, quotes: quotes.slice(0, 2), tracking: tracking.length > 0 };
  }
  // A store says "no adverts" only when it lists purposes (Play's full page, Apple's label).
  if (label && (label.notCollected || label.linked.length + label.notLinked.length > 0)) {
    return {
      claim: 'none',
      sensitive: false,
      quotes: quoteLines(ctx, 'privacy-label', (l) => NOT_COLLECTED_LINE.test(l) || /^Data (?:Linked|Not Linked)/u.test(l), 1),
      tracking: false,
    };
  }
  if (ds && (ds.noDataCollected === true && ds.noDataShared === true)) {
    return { claim: 'none', sensitive: false, quotes: quoteLines(ctx, 'data-safety', (l) => /^No data (?:shared|collected)/iu.test(l), 2), tracking: false };
  }
  if (ds && ds.detailed && ds.shared.length + ds.collected.length > 0) {
    return {
      claim: 'none',
      sensitive: false,
      quotes: quoteLines(ctx, 'data-safety', (l) => /^Data (?:shared|collected):/u.test(l), 1),
      tracking: false,
    };
  }
  return { ...NOT_SAID, tracking: false };
}
