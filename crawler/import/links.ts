// Store links in listing exports → store, app id, region and language.
import type { Store } from '../../shared/schema/listing.ts';
import { APPLE_ID, PLAY_ID } from '../seeds/schema.ts';

export interface StoreLink {
  store: Store;
  appId: string;
  url: string;
  region?: string;
  language?: string;
}

/** The store's own https address of an app (what an export's missing or unusable link is replaced by). */
export function storeAddress(store: Store, appId: string, region?: string): string {
  return store === 'play' ? `https://play.google.com/store/apps/details?id=${appId}` : `https://apps.apple.com/${region ? `${region}/` : ''}app/id${appId}`;
}

/** Reads a Google Play or App Store app link; null when it is neither (or has no usable id). */
export function parseStoreLink(raw: string): StoreLink | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (host === 'play.google.com' || host === 'market.android.com') {
    const appId = url.searchParams.get('id')?.trim();
    if (!appId || !PLAY_ID.test(appId)) return null;
    const link: StoreLink = { store: 'play', appId, url: storeAddress('play', appId) };
    const gl = url.searchParams.get('gl');
    if (gl && /^[a-z]{2}$/i.test(gl)) link.region = gl.toLowerCase();
    const hl = url.searchParams.get('hl');
    if (hl && /^[a-z]{2,3}(?:[-_][a-z]{2,4})?$/i.test(hl)) link.language = hl.replace('_', '-');
    return link;
  }
  if (host === 'apps.apple.com' || host === 'itunes.apple.com') {
    const id = /\/id(\d+)(?:[/?#]|$)/.exec(url.pathname + (url.pathname.endsWith('/') ? '' : '/'))?.[1] ?? url.searchParams.get('id');
    if (!id || !APPLE_ID.test(id)) return null;
    // Always https: the stores serve nothing else, whatever scheme the export wrote.
    const link: StoreLink = { store: 'apple', appId: id, url: `https://${host}${url.pathname}` };
    const country = /^\/([a-z]{2})\//i.exec(url.pathname)?.[1];
    if (country) link.region = country.toLowerCase();
    const l = url.searchParams.get('l');
    if (l && /^[a-z]{2,3}(?:[-_][a-z]{2,4})?$/i.test(l)) link.language = l.replace('_', '-');
    return link;
  }
  return null;
}
