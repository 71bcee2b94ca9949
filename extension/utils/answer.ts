// The background's side of the message protocol: dataset lookups and live assessments.
// Kept apart from messages.ts so the engine is bundled into the background only.
import { assess } from '../../shared/assess.ts';
import { classifyListing } from '../../shared/classify/mental-health.ts';
import type { DatasetEntry } from '../../shared/schema/dataset.ts';
import { Listing, type Store } from '../../shared/schema/listing.ts';
import type { DatasetInfo } from './dataset.ts';
import { isMessage, type LiveCheck, type MessageType, type ProtocolMap } from './messages.ts';

/** Classify and assess a listing read from a live page; null when the page gave no valid listing. */
export function checkListing(listing: unknown, region: string | null): LiveCheck | null {
  const parsed = Listing.safeParse(listing);
  if (!parsed.success) return null;
  if (!classifyListing(parsed.data).mentalHealth) return { mentalHealth: false };
  return { mentalHealth: true, assessment: assess(parsed.data, { region }) };
}

/** Answers one message; unknown messages get undefined (no answer). */
export function answer(
  message: unknown,
  index: { get(store: Store, appId: string): DatasetEntry | null; info: DatasetInfo },
): ProtocolMap[MessageType]['response'] | undefined {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'lookup':
      return index.get(message.store, message.appId);
    case 'datasetInfo':
      return index.info;
    case 'assessListing':
      return checkListing(message.listing, message.region);
  }
}
