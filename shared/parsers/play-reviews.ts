// Google Play `batchexecute` responses: reviews (rpc UsvDTd) and permissions (rpc xdSrCf).
// Reviewer names and avatars are in the response; they are never read into a Review.
import type { Review } from '../schema/listing.ts';
import { isoFromSeconds, num, text } from './html.ts';
import { valueAt, firstAt, type Path } from './paths.ts';
import type { ParseReport } from './types.ts';

/**
 * The payload of one rpc in a batchexecute response. The body starts with `)]}'`, then either one
 * JSON array or length-prefixed chunks; each envelope is `["wrb.fr", rpcId, "<payload JSON>", …]`.
 * Throws when the body is not a batchexecute response at all; answers undefined when the rpc is absent.
 */
export function batchexecutePayload(body: string, rpcId: string): unknown {
  if (typeof body !== 'string') throw new TypeError(`batchexecute response: expected a string, got ${typeof body}`);
  const start = body.indexOf('[');
  if (!body.trimStart().startsWith(")]}'") && !body.trimStart().startsWith('[')) {
    throw new TypeError(`not a batchexecute response (it starts "${body.slice(0, 30)}")`);
  }
  if (start < 0) return undefined;
  for (const envelope of envelopes(body.slice(start))) {
    if (valueAt(envelope, [0]) === 'wrb.fr' && valueAt(envelope, [1]) === rpcId) {
      const payload = valueAt(envelope, [2]);
      if (typeof payload !== 'string') return undefined;
      try {
        return JSON.parse(payload) as unknown;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Every envelope in the body, whether it is one JSON array or chunks with length lines. */
function envelopes(body: string): unknown[] {
  const whole = tryParse(body);
  if (Array.isArray(whole)) return whole;
  const out: unknown[] = [];
  for (const line of body.split('\n')) {
    const chunk = tryParse(line.trim());
    if (Array.isArray(chunk)) out.push(...chunk);
  }
  return out;
}

function tryParse(s: string): unknown {
  if (!s.startsWith('[')) return undefined;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

/** Positions inside one review entry (as the widely used scrapers read them), with fallbacks. */
export const PLAY_REVIEW_FIELDS = {
  list: [[0]] as readonly Path[],
  nextToken: [[1, 1]] as readonly Path[],
  text: [[4]] as readonly Path[],
  rating: [[2]] as readonly Path[],
  atSeconds: [[5, 0]] as readonly Path[],
};

export interface PlayReviewsResult extends ParseReport {
  reviews: Review[];
  /** Token for the next page, or undefined on the last page. */
  nextToken?: string;
}

/** A batchexecute reviews response (rpc UsvDTd) → reviews without names, and the next-page token. */
export function parsePlayReviews(body: string): PlayReviewsResult {
  const payload = batchexecutePayload(body, 'UsvDTd');
  const result: PlayReviewsResult = { reviews: [], missingFields: [], warnings: [] };
  if (payload === undefined || payload === null) {
    result.missingFields.push('reviews');
    return result;
  }
  const list = firstAt(payload, PLAY_REVIEW_FIELDS.list, (v) => (Array.isArray(v) ? v : undefined)) ?? [];
  let unreadable = 0;
  for (const entry of list) {
    const rating = firstAt(entry, PLAY_REVIEW_FIELDS.rating, num);
    const words = firstAt(entry, PLAY_REVIEW_FIELDS.text, text);
    if (words === undefined && rating === undefined) {
      unreadable++;
      continue;
    }
    const review: Review = { text: words ?? '' };
    if (rating !== undefined && rating >= 1 && rating <= 5) review.rating = rating;
    const at = firstAt(entry, PLAY_REVIEW_FIELDS.atSeconds, isoFromSeconds);
    if (at) review.at = at;
    result.reviews.push(review);
  }
  if (unreadable) result.warnings.push(`${unreadable} review entries had neither text nor rating`);
  const token = firstAt(payload, PLAY_REVIEW_FIELDS.nextToken, text);
  if (token) result.nextToken = token;
  return result;
}

/** One permission group as Play lists it ("Camera": ["take pictures and videos"]). */
export interface PermissionGroup {
  group: string;
  permissions: string[];
}

/**
 * A batchexecute permissions response (rpc xdSrCf) → groups. Play sends named groups, an "Other"
 * group, and a list of ungrouped permissions; the ungrouped ones are filed under "Other".
 */
export function parsePlayPermissions(body: string): PermissionGroup[] {
  const payload = batchexecutePayload(body, 'xdSrCf');
  if (!Array.isArray(payload)) return [];
  const groups: PermissionGroup[] = [];
  const add = (name: string, permissions: string[]) => {
    const existing = groups.find((g) => g.group === name);
    if (existing) existing.permissions.push(...permissions.filter((p) => !existing.permissions.includes(p)));
    else if (permissions.length) groups.push({ group: name, permissions });
  };
  const names = (list: unknown) =>
    Array.isArray(list) ? list.map((p) => text(valueAt(p, [1]))).filter((p): p is string => p !== undefined) : [];
  for (const section of payload) {
    if (!Array.isArray(section)) continue;
    for (const entry of section) {
      const name = text(valueAt(entry, [0]));
      if (name && Array.isArray(valueAt(entry, [2]))) add(name, names(valueAt(entry, [2])));
      else if (!name && text(valueAt(entry, [1]))) add('Other', names([entry]));
    }
  }
  return groups;
}
