// The one message protocol between the content script / popup and the background, which holds
// the bundled dataset (kept out of the content script so that stays small). Messages stay inside
// the browser: runtime messaging never touches the network.
import type { Assessment } from '../../shared/schema/assessment.ts';
import type { DatasetEntry } from '../../shared/schema/dataset.ts';
import type { Listing, Store } from '../../shared/schema/listing.ts';
import type { DatasetInfo } from './dataset.ts';

/** A live page's check: not a mental-health app (no badge), or its assessment. */
export type LiveCheck = { mentalHealth: false } | { mentalHealth: true; assessment: Assessment };

export interface ProtocolMap {
  lookup: { request: { store: Store; appId: string }; response: DatasetEntry | null };
  datasetInfo: { request: Record<never, never>; response: DatasetInfo };
  // The engine runs in the background so the content script stays small.
  assessListing: { request: { listing: Listing; region: string | null }; response: LiveCheck | null };
}

export type MessageType = keyof ProtocolMap;

export type Message = {
  [K in MessageType]: { type: K } & ProtocolMap[K]['request'];
}[MessageType];

export function isMessage(value: unknown): value is Message {
  if (value === null || typeof value !== 'object') return false;
  const type = (value as { type?: unknown }).type;
  if (type === 'datasetInfo') return true;
  if (type === 'assessListing') {
    const { listing, region } = value as { listing?: unknown; region?: unknown };
    return listing !== null && typeof listing === 'object' && (region === null || typeof region === 'string');
  }
  if (type !== 'lookup') return false;
  const { store, appId } = value as { store?: unknown; appId?: unknown };
  return (store === 'play' || store === 'apple') && typeof appId === 'string';
}
