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
