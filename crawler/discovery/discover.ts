// Discovery: search both stores for each term and keep the apps the mental-health classifier
// accepts. Fetching is injected, so the same code runs against the live stores, a replay server
// or test fixtures, and politeness (rate limits, robots.txt) stays the fetcher's job.
import { classifyListing, type Classification } from '../../shared/classify/mental-health.ts';
import type { Store } from '../../shared/schema/listing.ts';
import { parseItunesSearch, parsePlaySearch } from './parse.ts';
import { readStorePageText } from './store-page-text.ts';
import { DEFAULT_SEARCH_OPTIONS, itunesSearchUrl, playDetailsUrl, playSearchUrl, type SearchOptions } from './urls.ts';

export type PageKind = 'play-search' | 'play-details' | 'itunes-search';

export interface FetchedPage {
  url: string;
  status: number;
  body: string;
  fetchedAt: string;
}

export type FetchPage = (url: string, kind: PageKind) => Promise<FetchedPage>;

export interface DiscoveredApp {
  store: Store;
  appId: string;
  title: string;
  /** Search terms that found it. */
  terms: string[];
  classification: Classification;
  url: string;
  fetchedAt: string;
}

export interface DiscoveryProblem {
  url: string;
  kind: PageKind;
  reason: string;
}

export interface DiscoveryResult {
  /** Apps the classifier accepts as mental-health apps. */
  accepted: DiscoveredApp[];
  /** Apps found but judged not to be mental-health apps (kept so the decision can be reviewed). */
  rejected: DiscoveredApp[];
  problems: DiscoveryProblem[];
}

export interface DiscoverOptions extends SearchOptions {
  stores: readonly Store[];
  /** Most Play search results to open per term (each costs a details-page fetch). */
  playResultsPerTerm: number;
}

const DEFAULTS: DiscoverOptions = { ...DEFAULT_SEARCH_OPTIONS, stores: ['play', 'apple'], playResultsPerTerm: 20 };

async function fetchOk(fetchPage: FetchPage, url: string, kind: PageKind, problems: DiscoveryProblem[]): Promise<FetchedPage | null> {
  try {
    const page = await fetchPage(url, kind);
    if (page.status < 200 || page.status >= 300) {
      problems.push({ url, kind, reason: `HTTP ${page.status}` });
      return null;
    }
    return page;
  } catch (error) {
    problems.push({ url, kind, reason: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

export async function discover(
  terms: readonly string[],
  fetchPage: FetchPage,
  options: Partial<DiscoverOptions> = {},
): Promise<DiscoveryResult> {
  const opts = { ...DEFAULTS, ...options };
  const found = new Map<string, DiscoveredApp>();
  const problems: DiscoveryProblem[] = [];
  const note = (app: Omit<DiscoveredApp, 'terms'>, term: string) => {
    const key = `${app.store}:${app.appId}`;
    const seen = found.get(key);
    if (seen) {
      if (!seen.terms.includes(term)) seen.terms.push(term);
    } else found.set(key, { ...app, terms: [term] });
  };

  for (const term of terms) {
    if (opts.stores.includes('apple')) {
      const url = itunesSearchUrl(term, opts);
      const page = await fetchOk(fetchPage, url, 'itunes-search', problems);
      if (page) {
        try {
          for (const c of parseItunesSearch(page.body)) {
            note(
              {
                store: 'apple',
                appId: c.appleId,
                title: c.title,
                classification: classifyListing(c),
                url: c.url ?? url,
                fetchedAt: page.fetchedAt,
              },
              term,
            );
          }
        } catch (error) {
          problems.push({ url, kind: 'itunes-search', reason: (error as Error).message });
        }
      }
    }
    if (opts.stores.includes('play')) {
      const url = playSearchUrl(term, opts);
      const page = await fetchOk(fetchPage, url, 'play-search', problems);
      if (!page) continue;
      const ids = parsePlaySearch(page.body);
      if (ids.length === 0) problems.push({ url, kind: 'play-search', reason: 'no app links found (layout changed?)' });
      for (const appId of ids.slice(0, opts.playResultsPerTerm)) {
        const known = found.get(`play:${appId}`);
        if (known) {
          if (!known.terms.includes(term)) known.terms.push(term);
          continue;
        }
        const detailsUrl = playDetailsUrl(appId, opts);
        const details = await fetchOk(fetchPage, detailsUrl, 'play-details', problems);
        if (!details) continue;
        const listing = readStorePageText(details.body);
        if (!listing.title) {
          problems.push({ url: detailsUrl, kind: 'play-details', reason: 'no app title found on the details page' });
          continue;
        }
        note(
          { store: 'play', appId, title: listing.title, classification: classifyListing(listing), url: detailsUrl, fetchedAt: details.fetchedAt },
          term,
        );
      }
    }
  }
  const all = [...found.values()];
  return {
    accepted: all.filter((a) => a.classification.mentalHealth),
    rejected: all.filter((a) => !a.classification.mentalHealth),
    problems,
  };
}
