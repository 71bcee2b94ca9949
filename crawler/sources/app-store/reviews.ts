// An App Store app's newest reviews from Apple's public customer-reviews RSS feed (JSON).
import type { Review } from '../../../shared/schema/listing.ts';
import { parseAppleReviews } from '../../../shared/parsers/apple-reviews.ts';
import { failureFor, LayoutChangedError } from '../../errors.ts';
import { APPLE_REVIEWS_KIND } from '../reviews.ts';
import type { FetchedPage, FetchPage, SourceOptions } from '../types.ts';
import { appleReviewsUrl } from './urls.ts';

/** One feed page: the 50 newest reviews in the storefront, one request. */
export const APPLE_REVIEW_PAGES = 1;

export interface GatheredAppleReviews {
  reviews: Review[];
  page: FetchedPage;
  warnings: string[];
}

/**
 * Read the newest reviews of one storefront. Throws a SourceError when the feed is refused or is
 * not the feed (a FetchError passes through); a feed without entries answers an empty list.
 */
export async function gatherAppleReviews(appId: string, options: SourceOptions, fetchPage: FetchPage): Promise<GatheredAppleReviews> {
  const id = appId.replace(/^id/, '');
  const what = `App Store reviews feed for ${id}`;
  const page = await fetchPage(appleReviewsUrl(id, options, APPLE_REVIEW_PAGES), APPLE_REVIEWS_KIND);
  // Status only: a review may well say "not available in your country".
  const failure = failureFor({ ...page, body: '' }, what);
  if (failure) throw failure;
  let parsed;
  try {
    parsed = parseAppleReviews(page.body);
  } catch (error) {
    throw new LayoutChangedError(['reviews'], page.url, `${what}: ${(error as Error).message}`);
  }
  if (parsed.missingFields.length) throw new LayoutChangedError(parsed.missingFields, page.url, what);
  return { reviews: parsed.reviews, page, warnings: parsed.warnings.map((w) => `${what}: ${w}`) };
}
