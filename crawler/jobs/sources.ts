// The stores' gatherers (crawler/sources/) bound to the crawl: details + data safety / privacy
// label from the source, then the developer's privacy policy from the link the listing gives.
// Part failures (a policy page that timed out, a data-safety page in a new layout) are kept as
// such; the listing is still stored.
import type { Listing } from '../../shared/schema/listing.ts';
import type { AppFailure } from '../archive/archive.ts';
import { gatherPolicy } from '../policy/gather.ts';
import { gatherApple } from '../sources/app-store/index.ts';
import { gatherPlay, type GatherResult } from '../sources/google-play/index.ts';
import type { FetchPage, SourceOptions } from '../sources/types.ts';
import type { GatherApp, GatherContext, GatheredApp, Gatherers } from './crawl.ts';
import { classifyFailure } from './outcome.ts';

type StoreGather = (appId: string, options: SourceOptions, fetchPage: FetchPage) => Promise<GatherResult>;

function partFailure(error: Error & { kind?: string; url?: string }, part: string): AppFailure {
  const failure = classifyFailure(error);
  return { ...failure, message: `${part}: ${failure.message}`, part };
}

/** Add the privacy policy the listing links to; its failure is a part failure, never fatal. */
export async function withPolicy(listing: Listing, fetchPage: FetchPage): Promise<{ listing: Listing; failure: AppFailure | null }> {
  const url = listing.privacyPolicyUrl;
  if (!url) return { listing, failure: null };
  try {
    const gathered = await gatherPolicy(url, fetchPage);
    return {
      listing: {
        ...listing,
        privacyPolicy: gathered.policy,
        provenance: { ...listing.provenance, privacyPolicy: { origin: 'live', url: gathered.url, capturedAt: gathered.fetchedAt } },
      },
      failure: null,
    };
  } catch (error) {
    // The address that failed (a redirect's target, say) when the error names one, else the link.
    const failure = partFailure(error as Error, 'privacyPolicy');
    return { listing, failure: { ...failure, url: failure.url ?? url } };
  }
}

function bind(gather: StoreGather): GatherApp {
  return async (appId: string, context: GatherContext): Promise<GatheredApp> => {
    const result = await gather(appId, { region: context.region, language: context.language }, context.fetchPage);
    const failures = result.partFailures.map(({ part, error }) => partFailure(error, part));
    const { listing, failure } = await withPolicy(result.listing, context.fetchPage);
    return { listing, partFailures: failure ? [...failures, failure] : failures };
  };
}

export const storeGatherers: Gatherers = {
  play: bind(gatherPlay),
  apple: bind(gatherApple),
};
