// Apple's public customer-reviews RSS feed as JSON
// (`https://itunes.apple.com/{cc}/rss/customerreviews/page=1/id={id}/sortby=mostrecent/json`).
// Every value is wrapped as `{"label": …}`; `feed.entry` is a list, a single object when there is
// one review, or absent when there are none. Older feeds put the app itself first (an entry with
// `im:name` and no rating). Reviewer names and profile links (`author`) are never read into a Review.
import type { Review } from '../schema/listing.ts';
import { isObject, isoFromDateString, num, text, tryJson, type JsonObject } from './html.ts';
import type { ParseReport } from './types.ts';

/** Keys inside one feed entry, first present wins (kept as data so a renamed key is one edit). */
export const APPLE_REVIEW_FIELDS = {
  title: ['title'],
  content: ['content'],
  rating: ['im:rating'],
  at: ['updated'],
  /** Present on the app's own entry, never on a review. */
  appEntry: ['im:name', 'im:image'],
} as const;

export interface AppleReviewsResult extends ParseReport {
  reviews: Review[];
}

/** `{"label": "x"}` → "x"; a list of such (the feed's text/html content pair) → the plain-text one. */
function label(value: unknown): unknown {
  if (Array.isArray(value)) {
    const plain = value.find((v) => isObject(v) && isObject(v.attributes) && v.attributes.type === 'text');
    return label(plain ?? value[0]);
  }
  return isObject(value) ? value.label : undefined;
}

function field(entry: JsonObject, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = label(entry[key]);
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

function reviewOf(entry: JsonObject): Review | undefined {
  const title = text(field(entry, APPLE_REVIEW_FIELDS.title));
  const content = text(field(entry, APPLE_REVIEW_FIELDS.content));
  const stars = num(field(entry, APPLE_REVIEW_FIELDS.rating));
  const rating = stars !== undefined && Number.isInteger(stars) && stars >= 1 && stars <= 5 ? stars : undefined;
  if (content === undefined && rating === undefined) return undefined;
  // The title is the reviewer's own first line ("Made my anxiety worse"): part of what they said.
  const words = [title, content].filter((t): t is string => t !== undefined);
  const review: Review = { text: words.join('\n') };
  if (rating !== undefined) review.rating = rating;
  const at = isoFromDateString(field(entry, APPLE_REVIEW_FIELDS.at));
  if (at) review.at = at;
  return review;
}

/**
 * The feed (text or parsed JSON) → reviews without names. Throws only when the input is not JSON;
 * a JSON answer without a `feed` object reports `reviews` missing (a changed format), a feed
 * without entries is an app nobody has reviewed in that storefront.
 */
export function parseAppleReviews(input: string | unknown): AppleReviewsResult {
  const json = typeof input === 'string' ? tryJson(input) : input;
  if (json === undefined) throw new TypeError(`App Store reviews feed: not JSON (starts "${String(input).slice(0, 30)}")`);
  const result: AppleReviewsResult = { reviews: [], missingFields: [], warnings: [] };
  const feed = isObject(json) ? json.feed : undefined;
  if (!isObject(feed)) {
    result.missingFields.push('reviews');
    return result;
  }
  const entries = Array.isArray(feed.entry) ? feed.entry : feed.entry === undefined ? [] : [feed.entry];
  let unreadable = 0;
  for (const entry of entries) {
    if (!isObject(entry)) {
      unreadable++;
      continue;
    }
    if (APPLE_REVIEW_FIELDS.appEntry.some((k) => k in entry) && !(APPLE_REVIEW_FIELDS.rating[0] in entry)) continue;
    const review = reviewOf(entry);
    if (review) result.reviews.push(review);
    else unreadable++;
  }
  if (unreadable) result.warnings.push(`${unreadable} feed entries had neither review text nor rating`);
  return result;
}
