// App Store addresses, storefront (region) as a parameter.
import type { SourceOptions } from '../types.ts';

export function isAppleAppId(id: string): boolean {
  return /^\d{5,12}$/.test(id);
}

function checked(appId: string): string {
  const id = appId.replace(/^id/, '');
  if (!isAppleAppId(id)) throw new TypeError(`not an App Store app id: "${appId}"`);
  return id;
}

/** `https://apps.apple.com/{country}/app/id{n}` (the store redirects to the slugged address). */
export function appleAppUrl(appId: string, { region }: Pick<SourceOptions, 'region'>): string {
  return `https://apps.apple.com/${region.toLowerCase()}/app/id${checked(appId)}`;
}

/** The public iTunes Lookup API for one app in one storefront. */
export function itunesLookupUrl(appId: string, { region }: Pick<SourceOptions, 'region'>): string {
  return `https://itunes.apple.com/lookup?${new URLSearchParams({ id: checked(appId), country: region.toLowerCase(), entity: 'software' })}`;
}

/** Apple's public customer-reviews RSS feed as JSON, newest first (50 reviews a page, pages 1–10). */
export function appleReviewsUrl(appId: string, { region }: Pick<SourceOptions, 'region'>, page = 1): string {
  if (!Number.isInteger(page) || page < 1 || page > 10) throw new RangeError(`App Store reviews feed page must be 1–10, not ${page}`);
  return `https://itunes.apple.com/${region.toLowerCase()}/rss/customerreviews/page=${page}/id=${checked(appId)}/sortby=mostrecent/json`;
}
