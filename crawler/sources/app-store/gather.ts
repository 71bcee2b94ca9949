// Gather one App Store listing: the app page (fields and App Privacy label) and the iTunes Lookup
// API, which fills the fields the page did not give and stands in when the page cannot be read;
// then the newest reviews from the customer-reviews feed (optional: a failure is recorded).
import { Listing, type ListingPart, type Provenance, type Reviews } from '../../../shared/schema/listing.ts';
import { parseWith } from '../../../shared/schema/validate.ts';
import { parseApplePage, type ApplePageResult } from '../../../shared/parsers/apple-page.ts';
import { parseItunesLookup, type ItunesListing } from '../../../shared/parsers/itunes-lookup.ts';
import type { ListingFields } from '../../../shared/parsers/types.ts';
import { failureFor, LayoutChangedError, NotFoundError } from '../../errors.ts';
import { isPartError, type GatherResult, type PartError } from '../google-play/gather.ts';
import { reviewsPart } from '../reviews.ts';
import { provenanceOf, type FetchedPage, type FetchPage, type SourceOptions } from '../types.ts';
import { gatherAppleReviews } from './reviews.ts';
import { appleAppUrl, itunesLookupUrl } from './urls.ts';

const REQUIRED = ['title', 'description'] as const;

/** Fields the lookup API gives reliably; used where the page gave nothing. */
const FROM_LOOKUP: readonly (keyof ListingFields)[] = [
  'title', 'developer', 'description', 'rating', 'ratingCount', 'category', 'price', 'free', 'updatedAt', 'developerWebsite',
];

type Looked = { page: FetchedPage; result?: ItunesListing } | PartError;

/** The lookup never fails the app by itself: its failure (store or fetch) is returned, not thrown. */
async function lookup(appId: string, options: SourceOptions, fetchPage: FetchPage): Promise<Looked> {
  let page: FetchedPage;
  try {
    page = await fetchPage(itunesLookupUrl(appId, options), 'itunes-lookup');
  } catch (error) {
    if (isPartError(error)) return error;
    throw error;
  }
  const failure = failureFor(page, `iTunes lookup for ${appId}`);
  if (failure) return failure;
  try {
    return { page, result: parseItunesLookup(page.body).find((r) => r.appId === appId) };
  } catch (error) {
    return new LayoutChangedError(['results'], page.url, `iTunes lookup for ${appId}: ${(error as Error).message}`);
  }
}

/**
 * Throws a SourceError when the app cannot be listed: page and lookup both not found (NotFound),
 * region lock, or neither giving a title and description (layout changed).
 */
export async function gatherApple(appId: string, options: SourceOptions, fetchPage: FetchPage): Promise<GatherResult> {
  const origin = options.origin ?? 'live';
  const id = appId.replace(/^id/, '');
  const pageUrl = appleAppUrl(id, options);
  // The page may fail (a timeout after retries included) while the lookup still knows the app.
  let page: FetchedPage | undefined;
  let pageFailure: PartError | undefined;
  try {
    page = await fetchPage(pageUrl, 'apple-page');
    pageFailure = failureFor(page, `App Store page for ${id}`);
  } catch (error) {
    if (!isPartError(error)) throw error;
    pageFailure = error;
  }
  const looked = await lookup(id, options, fetchPage);

  const partFailures: GatherResult['partFailures'] = [];
  const provenance: Partial<Record<ListingPart, Provenance>> = {};
  const warnings: string[] = [];
  let parsed: ApplePageResult | undefined;
  if (pageFailure || !page) {
    const lookupFound = !isPartError(looked) && looked.result;
    if (!lookupFound) throw pageFailure;
    partFailures.push({ part: 'details', error: pageFailure! }, { part: 'privacyLabel', error: pageFailure! });
  } else {
    parsed = parseApplePage(page.body, page.url);
    warnings.push(...parsed.warnings);
    provenance.details = provenanceOf(page, origin);
    if (parsed.privacyLabel) provenance.privacyLabel = provenanceOf(page, origin);
  }
  if (isPartError(looked)) {
    // The lookup's failure costs the fields the page lacked: recorded, never silent.
    if (!(looked instanceof NotFoundError)) partFailures.push({ part: 'itunesLookup', error: looked });
  } else if (!looked.result) {
    warnings.push(`iTunes lookup: no result for ${id} in storefront ${options.region}`);
  }

  const fromPage: ListingFields = parsed ? stripReport(parsed) : {};
  const fromLookup: ListingFields = !isPartError(looked) && looked.result ? stripReport(looked.result) : {};
  const merged: ListingFields = { ...fromPage };
  const filled: string[] = [];
  for (const key of FROM_LOOKUP) {
    if (merged[key] === undefined && fromLookup[key] !== undefined) {
      (merged as Record<string, unknown>)[key] = fromLookup[key];
      filled.push(key);
    }
  }
  if (filled.length && !isPartError(looked)) {
    provenance.details ??= provenanceOf(looked.page, origin === 'live' ? 'live' : origin);
    if (parsed) warnings.push(`from the iTunes lookup: ${filled.join(', ')}`);
  }
  const lost = REQUIRED.filter((f) => merged[f] === undefined);
  if (lost.length) throw new LayoutChangedError(lost, page?.url ?? pageUrl, `App Store page and lookup for ${id}`);

  let reviews: Reviews | undefined;
  try {
    const gathered = await gatherAppleReviews(id, options, fetchPage);
    warnings.push(...gathered.warnings);
    reviews = reviewsPart(gathered.reviews);
    if (reviews) provenance.reviews = provenanceOf(gathered.page, origin);
    else warnings.push(`App Store reviews for ${id}: none yet in storefront ${options.region}`);
  } catch (error) {
    if (!isPartError(error)) throw error;
    partFailures.push({ part: 'reviews', error });
  }

  const missingFields = (parsed?.missingFields ?? ['privacyLabel', 'privacyPolicyUrl']).filter((f) => merged[f as keyof ListingFields] === undefined);
  const listing = parseWith(
    Listing,
    {
      ...merged,
      store: 'apple',
      appId: id,
      url: parsed && page ? page.url : pageUrl,
      region: options.region.toLowerCase(),
      language: options.language,
      ...(reviews ? { reviews } : {}),
      provenance,
      missingFields,
    },
    'App Store listing',
  );
  return { listing, partFailures, warnings };
}

function stripReport(result: ApplePageResult | ItunesListing): ListingFields {
  const { missingFields: _m, warnings: _w, ...rest } = result;
  const fields = rest as ListingFields & { sources?: unknown };
  delete fields.sources;
  return fields;
}
