// The person's settings, typed and versioned. `local:` only: `sync:` would send them to the
// browser vendor's servers, and MindLabel sends nothing anywhere.
import { storage } from 'wxt/utils/storage';
import { AUTO_REGION } from './region.ts';

/** Region for crisis services: `auto` (from the store page, then the browser language) or a code. */
export const regionSetting = storage.defineItem<string>('local:region', {
  fallback: AUTO_REGION,
  version: 1,
});

/** Show the badge on store pages. */
export const showBadgeSetting = storage.defineItem<boolean>('local:showBadge', {
  fallback: true,
  version: 1,
});
