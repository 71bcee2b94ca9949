// A Play app's newest reviews: one or two pages from the batchexecute reviews rpc (a POST).
import type { Review } from '../../../shared/schema/listing.ts';
import { batchexecutePayload, parsePlayReviews } from '../../../shared/parsers/play-reviews.ts';
import { failureFor, LayoutChangedError, SourceError, FetchError } from '../../errors.ts';
import { PLAY_REVIEWS_KIND } from '../reviews.ts';
import type { FetchedPage, FetchPage, SourceOptions } from '../types.ts';
import { playReviewsRequest, PLAY_REVIEWS_RPC } from './urls.ts';

export interface ReviewPaging {
  /** Pages to read at most (each costs one request). */
  pages: number;
  /** Reviews asked for per page. */
  perPage: number;
}

/**
 * The rpc answered with a null payload: Play's "nothing to list" (google-play-scraper reads it as no
 * reviews too), told apart from an answer without the rpc at all, which is a changed format.
 */
const NULL_PAYLOAD = new RegExp(`\\[\\s*"wrb\\.fr"\\s*,\\s*"${PLAY_REVIEWS_RPC}"\\s*,\\s*(?:null|"null")\\s*[,\\]]`);

/** Up to 200 of the newest reviews: enough for themes and a trend, two polite requests. */
export const PLAY_REVIEW_PAGING: ReviewPaging = { pages: 2, perPage: 100 };

export interface GatheredReviews {
  reviews: Review[];
  /** The first page, for the part's provenance. */
  page: FetchedPage;
  warnings: string[];
  /** Why reading stopped before the last page, when a page failed: the reviews are not all there. */
  incomplete?: SourceError | FetchError;
}

/**
 * Read the newest reviews. Throws a SourceError when the first page is refused or unreadable (a
 * FetchError passes through); a later page that fails only ends the reading, with a warning.
 * An app without reviews answers an empty list.
 */
export async function gatherPlayReviews(
  appId: string,
  options: SourceOptions,
  fetchPage: FetchPage,
  paging: ReviewPaging = PLAY_REVIEW_PAGING,
): Promise<GatheredReviews> {
  const reviews: Review[] = [];
  const warnings: string[] = [];
  let first: FetchedPage | undefined;
  let token: string | null = null;
  let incomplete: SourceError | FetchError | undefined;
  for (let n = 1; n <= Math.max(1, paging.pages); n++) {
    const what = `Play reviews page ${n} for ${appId}`;
    const { url, ...request } = playReviewsRequest(appId, options, { count: paging.perPage, token });
    let page: FetchedPage;
    try {
      page = await fetchPage(url, PLAY_REVIEWS_KIND, request);
      // Status only: a review may well say "not available in your country".
      const failure = failureFor({ ...page, body: '' }, what);
      if (failure) throw failure;
    } catch (error) {
      if (!first) throw error;
      warnings.push(`${what}: ${(error as Error).message}; kept the first ${reviews.length} reviews`);
      if (error instanceof SourceError || error instanceof FetchError) incomplete = error;
      break;
    }
    let payload: unknown;
    try {
      payload = batchexecutePayload(page.body, PLAY_REVIEWS_RPC);
    } catch (error) {
      if (!first) throw new LayoutChangedError(['reviews'], page.url, `${what}: ${(error as Error).message}`);
      warnings.push(`${what}: ${(error as Error).message}`);
      break;
    }
    first ??= page;
    // A null payload is Play's answer for "no (more) reviews"; an absent rpc is a changed format.
    if (payload === null || (payload === undefined && NULL_PAYLOAD.test(page.body))) break;
    const parsed = parsePlayReviews(page.body);
    if (parsed.missingFields.length) {
      if (n === 1) throw new LayoutChangedError(parsed.missingFields, page.url, what);
      warnings.push(`${what}: ${parsed.missingFields.join(', ')} missing`);
      break;
    }
    warnings.push(...parsed.warnings.map((w) => `${what}: ${w}`));
    reviews.push(...parsed.reviews);
    if (!parsed.nextToken || parsed.reviews.length === 0) break;
    token = parsed.nextToken;
  }
  return { reviews, page: first!, warnings, ...(incomplete ? { incomplete } : {}) };
}
