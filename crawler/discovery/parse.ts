// Candidate apps from store search results.
import { PLAY_ID } from '../seeds/schema.ts';
import { decodeEntities } from './store-page-text.ts';

export interface ItunesCandidate {
  appleId: string;
  title: string;
  description: string;
  category: string | null;
  developer?: string;
  url?: string;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * Apps in an iTunes Search/Lookup API response (`{resultCount, results: […]}`). Results that
 * are not software or lack an id or name are left out.
 */
export function parseItunesSearch(body: string): ItunesCandidate[] {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new Error(`iTunes search response is not JSON: ${(error as Error).message}`);
  }
  const results = record(data)?.results;
  if (!Array.isArray(results)) throw new Error('iTunes search response has no "results" list');
  const seen = new Set<string>();
  const candidates: ItunesCandidate[] = [];
  for (const item of results) {
    const r = record(item);
    if (!r) continue;
    const kind = text(r.kind) ?? text(r.wrapperType);
    if (kind && !/software/i.test(kind)) continue;
    const id = typeof r.trackId === 'number' || typeof r.trackId === 'string' ? String(r.trackId) : undefined;
    const title = text(r.trackName);
    if (!id || !/^\d+$/.test(id) || !title || seen.has(id)) continue;
    seen.add(id);
    const candidate: ItunesCandidate = {
      appleId: id,
      title,
      description: text(r.description) ?? '',
      category: text(r.primaryGenreName) ?? (Array.isArray(r.genres) ? text(r.genres[0]) ?? null : null),
    };
    const developer = text(r.artistName) ?? text(r.sellerName);
    if (developer) candidate.developer = developer;
    const url = text(r.trackViewUrl);
    if (url) candidate.url = url;
    candidates.push(candidate);
  }
  return candidates;
}

/**
 * Package names linked from a Google Play search page, in page order, without repeats. Links
 * appear as `href="/store/apps/details?id=…"` and, inside embedded data, with `\u003d` escapes.
 */
export function parsePlaySearch(html: string): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  const pattern = /\/store\/apps\/details\?(?:[^"'\s<>]*?(?:&amp;|&|\\u0026))?id(?:=|\\u003d|%3D)([A-Za-z0-9_.]+)/g;
  for (const m of decodeEntities(html).matchAll(pattern)) {
    const id = m[1]!.replace(/\.+$/, '');
    if (PLAY_ID.test(id) && !seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  }
  return ids;
}
