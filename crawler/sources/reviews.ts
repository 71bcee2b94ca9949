// Reviews as a listing part ("What other users say"): the items with their themes and the summary
// the engine shows. Also what of a review response is archived: never the reviewer names the
// stores send along, only the name-free reviews read from it.
import type { Review, Reviews } from '../../shared/schema/listing.ts';
import { parseAppleReviews } from '../../shared/parsers/apple-reviews.ts';
import { parsePlayReviews } from '../../shared/parsers/play-reviews.ts';
import { summariseReviews, tagReviews } from '../reviews/summarise.ts';

/** Page kinds the sources ask the fetcher for when reading reviews. */
export const PLAY_REVIEWS_KIND = 'play-reviews';
export const APPLE_REVIEWS_KIND = 'apple-reviews';

/** The `reviews` part of a listing; undefined when there is nothing to say (no reviews yet). */
export function reviewsPart(reviews: readonly Review[]): Reviews | undefined {
  if (reviews.length === 0) return undefined;
  return { items: tagReviews(reviews), summary: summariseReviews(reviews) };
}

/** Review responses → what may be kept of them: the reviews without names, and the paging token. */
const NAME_FREE: Readonly<Record<string, (body: string) => unknown>> = {
  [PLAY_REVIEWS_KIND]: (body) => {
    const { reviews, nextToken } = parsePlayReviews(body);
    return { reviews, ...(nextToken ? { nextToken } : {}) };
  },
  [APPLE_REVIEWS_KIND]: (body) => ({ reviews: parseAppleReviews(body).reviews }),
};

/**
 * The page as it may be archived: a review response is replaced by the name-free reviews read from
 * it (as JSON, saying so), because the raw response carries reviewer names and avatars. Any other
 * page, and a review response that cannot be read, is kept as fetched – except that an unreadable
 * review response keeps no body at all rather than risk keeping names.
 */
export function archivablePage<T extends { kind: string; body: string; contentType?: string | null }>(page: T): T {
  const nameFree = NAME_FREE[page.kind];
  if (!nameFree) return page;
  let kept: unknown;
  try {
    kept = nameFree(page.body);
  } catch {
    kept = { reviews: [], unreadable: true };
  }
  const body = JSON.stringify({ note: 'reviewer names removed: only the reviews read from the response are kept', ...(kept as object) });
  return { ...page, body, ...('contentType' in page ? { contentType: 'application/json; charset=utf-8' } : {}) };
}
