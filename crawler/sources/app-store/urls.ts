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
