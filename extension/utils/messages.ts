// The one message protocol between the content script / popup and the background, which holds
// the bundled dataset (kept out of the content script so that stays small). Messages stay inside
// the browser: runtime messaging never touches the network.
import type { DatasetEntry } from '../../shared/schema/dataset.ts';
import type { Store } from '../../shared/schema/listing.ts';
import type { DatasetInfo } from './dataset.ts';

export interface ProtocolMap {
  lookup: { request: { store: Store; appId: string }; response: DatasetEntry | null };
  datasetInfo: { request: Record<never, never>; response: DatasetInfo };
}

export type MessageType = keyof ProtocolMap;

export type Message = {
  [K in MessageType]: { type: K } & ProtocolMap[K]['request'];
}[MessageType];

export function isMessage(value: unknown): value is Message {
  if (value === null || typeof value !== 'object') return false;
  const type = (value as { type?: unknown }).type;
  if (type === 'datasetInfo') return true;
  if (type !== 'lookup') return false;
  const { store, appId } = value as { store?: unknown; appId?: unknown };
  return (store === 'play' || store === 'apple') && typeof appId === 'string';
}

/** Answers one message from the dataset index; unknown messages get undefined (no answer). */
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
  }
}
