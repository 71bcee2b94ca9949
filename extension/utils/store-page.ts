// Which store page is this? Pure functions of the URL (github-url-detection style), so the
// content script can decide before touching the DOM, and tests can pin both directions.
import type { Store } from '../../shared/schema/listing.ts';

export interface StorePage {
  store: Store;
  appId: string;
  /** Two-letter storefront/country code, lower case ("gb"), or null when the URL does not say. */
  region: string | null;
  /** Language the page asked for ("en-GB"), or null when the URL does not say. */
  language: string | null;
}

/** Java package names: at least two dot-separated segments, each starting with a letter. */
const PLAY_APP_ID = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+$/;
/** `/store/apps/details` and its mobile variant `/store/apps/details/Some_Title`. */
const PLAY_DETAILS_PATH = /^\/store\/apps\/details(?:\/[^/]+)?\/?$/;
/** `/{cc}/app/{slug}/id{n}` or `/{cc}/app/id{n}`, the country segment optional. */
const APPLE_APP_PATH = /^\/(?:([a-z]{2})\/)?app\/(?:[^/]+\/)?id(\d{5,12})\/?$/i;
const REGION = /^[a-z]{2}$/i;

function parseUrl(url: string | URL): URL | null {
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
}

/** `en_GB`, `en-gb`, `en` → `en-GB`, `en`; anything else → null. */
export function normaliseLanguage(tag: string | null | undefined): string | null {
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?$/i.exec(tag?.trim() ?? '');
  if (!match) return null;
  const [, lang, sub] = match;
  if (!sub) return lang!.toLowerCase();
  const subtag = sub.length === 4 ? sub[0]!.toUpperCase() + sub.slice(1).toLowerCase() : sub.toUpperCase();
  return `${lang!.toLowerCase()}-${subtag}`;
}

function normaliseRegion(code: string | null | undefined): string | null {
  return code && REGION.test(code) ? code.toLowerCase() : null;
}

export function detectPlayPage(url: URL): StorePage | null {
  if (url.protocol !== 'https:' || url.hostname !== 'play.google.com') return null;
  if (!PLAY_DETAILS_PATH.test(url.pathname)) return null;
  const appId = url.searchParams.get('id');
  if (!appId || !PLAY_APP_ID.test(appId)) return null;
  return {
    store: 'play',
    appId,
    region: normaliseRegion(url.searchParams.get('gl')),
    language: normaliseLanguage(url.searchParams.get('hl')),
  };
}

export function detectApplePage(url: URL): StorePage | null {
  if (url.protocol !== 'https:' || url.hostname !== 'apps.apple.com') return null;
  const match = APPLE_APP_PATH.exec(url.pathname);
  if (!match) return null;
  return {
    store: 'apple',
    appId: match[2]!,
    region: normaliseRegion(match[1]),
    language: normaliseLanguage(url.searchParams.get('l')),
  };
}

/** The app page a URL shows, or null for anything else (search, developer, charts, other hosts). */
export function detectStorePage(url: string | URL): StorePage | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  return detectPlayPage(parsed) ?? detectApplePage(parsed);
}

/** Same app on the same store (region or language changes do not make it another app). */
export function samePage(a: StorePage | null, b: StorePage | null): boolean {
  return !!a && !!b && a.store === b.store && a.appId === b.appId;
}
