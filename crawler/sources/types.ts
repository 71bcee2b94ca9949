// What a source needs from the fetcher: one injected function (politeness, retries and the archive
// live behind it), and the options every source takes.
import type { Provenance } from '../../shared/schema/listing.ts';
import type { PageRequest } from '../fetch/fetcher.ts';

export type { PageRequest };

export interface FetchedPage {
  /** Final URL after redirects. */
  url: string;
  status: number;
  body: string;
  /** ISO instant the response was received. */
  fetchedAt: string;
}

/**
 * `kind` tells the fetcher what is asked for (e.g. `play-details`), for archive and rate rules;
 * `request` is for the few endpoints that need a POST (Play's review rpc), a plain GET otherwise.
 */
export type FetchPage = (url: string, kind: string, request?: PageRequest) => Promise<FetchedPage>;

export interface SourceOptions {
  /** Storefront / country, two letters ("gb"). */
  region: string;
  /** Language for the store's text ("en", "en-GB"). */
  language: string;
  /** Where the pages come from, recorded in provenance (default `live`). */
  origin?: Provenance['origin'];
}

export function provenanceOf(page: FetchedPage, origin: Provenance['origin'] = 'live'): Provenance {
  return { origin, url: page.url, capturedAt: page.fetchedAt };
}
