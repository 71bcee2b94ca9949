// Asks the background for the bundled dataset's entry for one app (local messaging only).
import { browser } from 'wxt/browser';
import type { DatasetEntry } from '../../shared/schema/dataset.ts';
import type { DatasetInfo } from './dataset.ts';
import type { StorePage } from './store-page.ts';
import type { Listing } from '../../shared/schema/listing.ts';
import type { LiveCheck, Message } from './messages.ts';

async function send<T>(message: Message): Promise<T> {
  return (await browser.runtime.sendMessage(message)) as T;
}

export async function lookupEntry(page: Pick<StorePage, 'store' | 'appId'>): Promise<DatasetEntry | null> {
  return (await send<DatasetEntry | null | undefined>({ type: 'lookup', store: page.store, appId: page.appId })) ?? null;
}

export async function datasetInfo(): Promise<DatasetInfo | null> {
  return (await send<DatasetInfo | undefined>({ type: 'datasetInfo' })) ?? null;
}

/** The background's live check of a listing read from the page (classifier, then the engine). */
export async function checkLive(listing: Listing, region: string | null): Promise<LiveCheck | null> {
  return (await send<LiveCheck | null | undefined>({ type: 'assessListing', listing, region })) ?? null;
}
