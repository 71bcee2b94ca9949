// Google Play addresses, region and language as parameters.
import type { SourceOptions } from '../types.ts';

const BASE = 'https://play.google.com/store/apps';

/** Play package names: letters, digits and underscores in dot-separated parts. */
export function isPlayAppId(id: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/.test(id);
}

function query(appId: string, { region, language }: Pick<SourceOptions, 'region' | 'language'>): string {
  if (!isPlayAppId(appId)) throw new TypeError(`not a Google Play app id: "${appId}"`);
  return new URLSearchParams({ id: appId, hl: language, gl: region.toUpperCase() }).toString();
}

export function playDetailsUrl(appId: string, options: Pick<SourceOptions, 'region' | 'language'>): string {
  return `${BASE}/details?${query(appId, options)}`;
}

export function playDataSafetyUrl(appId: string, options: Pick<SourceOptions, 'region' | 'language'>): string {
  return `${BASE}/datasafety?${query(appId, options)}`;
}

/** Play's rpc for an app's reviews, called through its batchexecute endpoint. */
export const PLAY_REVIEWS_RPC = 'UsvDTd';
/** Sort orders the rpc knows (as google-play-scraper names them). */
export const PLAY_REVIEW_SORT = { helpfulness: 1, newest: 2, rating: 3 } as const;

export interface PlayReviewsRequest {
  url: string;
  method: 'POST';
  body: string;
  headers: Record<string, string>;
}

/**
 * The batchexecute POST for one page of reviews, as google-play-scraper sends it (lib/reviews.js):
 * the same query string (its session and build parameters are not checked by Play), a form body
 * `f.req=[[["UsvDTd","[null,null,[2,SORT,[COUNT,null,TOKEN]],null,[]],[\"APP\",7]]",null,"generic"]]]`,
 * and a form content type. `token` is the previous page's next-page token.
 */
export function playReviewsRequest(
  appId: string,
  { region, language }: Pick<SourceOptions, 'region' | 'language'>,
  { count = 100, token = null, sort = PLAY_REVIEW_SORT.newest }: { count?: number; token?: string | null; sort?: number } = {},
): PlayReviewsRequest {
  if (!isPlayAppId(appId)) throw new TypeError(`not a Google Play app id: "${appId}"`);
  const query = `rpcids=${PLAY_REVIEWS_RPC}&f.sid=-697906427155521722&bl=boq_playuiserver_20190903.08_p0&hl=${encodeURIComponent(language)}&gl=${encodeURIComponent(region.toLowerCase())}&authuser&soc-app=121&soc-platform=1&soc-device=1&_reqid=1065213`;
  const inner = JSON.stringify([null, null, [2, sort, [count, null, token], null, []], [appId, 7]]);
  const request = JSON.stringify([[[PLAY_REVIEWS_RPC, inner, null, 'generic']]]);
  return {
    url: `https://play.google.com/_/PlayStoreUi/data/batchexecute?${query}`,
    method: 'POST',
    body: `f.req=${encodeURIComponent(request)}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
  };
}

/** What a batchexecute reviews body asks for (the replay reads it to answer from recordings). */
export function readPlayReviewsRequest(body: string): { appId: string; count: number | null; token: string | null } | null {
  try {
    const form = new URLSearchParams(body).get('f.req');
    if (!form) return null;
    const calls = JSON.parse(form) as unknown;
    const call = Array.isArray(calls) && Array.isArray(calls[0]) ? (calls[0] as unknown[]).find((c) => Array.isArray(c) && c[0] === PLAY_REVIEWS_RPC) : undefined;
    if (!Array.isArray(call) || typeof call[1] !== 'string') return null;
    const inner = JSON.parse(call[1]) as unknown;
    if (!Array.isArray(inner)) return null;
    const appId = Array.isArray(inner[3]) ? inner[3][0] : undefined;
    const paging = Array.isArray(inner[2]) && Array.isArray(inner[2][2]) ? (inner[2][2] as unknown[]) : [];
    if (typeof appId !== 'string' || !isPlayAppId(appId)) return null;
    return {
      appId,
      count: typeof paging[0] === 'number' ? paging[0] : null,
      token: typeof paging[2] === 'string' && paging[2] ? paging[2] : null,
    };
  } catch {
    return null;
  }
}
