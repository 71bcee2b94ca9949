// Gather one Google Play listing: the details page, then the full data-safety page and the newest
// reviews (both optional parts: their failure is recorded and the listing is kept).
import { Listing, type ListingPart, type Provenance, type Reviews } from '../../../shared/schema/listing.ts';
import { parseWith } from '../../../shared/schema/validate.ts';
import { parsePlayDetails } from '../../../shared/parsers/play-details.ts';
import { parsePlayDataSafety } from '../../../shared/parsers/play-datasafety.ts';
import { FetchError, failureFor, LayoutChangedError, SourceError } from '../../errors.ts';
import { reviewsPart } from '../reviews.ts';
import { provenanceOf, type FetchPage, type SourceOptions } from '../types.ts';
import { gatherPlayReviews } from './reviews.ts';
import { playDataSafetyUrl, playDetailsUrl } from './urls.ts';

/** Without these the page is not a usable listing: a changed layout, recorded as such. */
const REQUIRED = ['title', 'description'] as const;

/** What a failure cost: a listing part, or the iTunes lookup (fields the App Store page lacked). */
export type GatheredPart = ListingPart | 'itunesLookup';

export interface GatherResult {
  listing: Listing;
  /** Parts that could not be gathered, or not wholly, and why (the listing is still usable without them). */
  partFailures: { part: GatheredPart; error: PartError }[];
  warnings: string[];
}

/** Why an optional part is missing: the store's answer (SourceError) or the fetch (FetchError). */
export type PartError = SourceError | FetchError;

/** An optional part's failure is recorded; anything else (a bug) still fails the app. */
export function isPartError(error: unknown): error is PartError {
  return error instanceof SourceError || error instanceof FetchError;
}

/**
 * Fetch and parse the details page (required), the data-safety page (optional: its failure is
 * reported and the details page's summary is kept) and the newest reviews (optional). Throws a SourceError when the app cannot be
 * listed: not found, removed, region-locked, or a layout whose required fields are gone.
 */
export async function gatherPlay(appId: string, options: SourceOptions, fetchPage: FetchPage): Promise<GatherResult> {
  const origin = options.origin ?? 'live';
  const detailsUrl = playDetailsUrl(appId, options);
  const page = await fetchPage(detailsUrl, 'play-details');
  const failure = failureFor(page, `Play details page for ${appId}`);
  if (failure) throw failure;
  const details = parsePlayDetails(page.body, detailsUrl);
  const lost = REQUIRED.filter((f) => details[f] === undefined);
  if (lost.length) throw new LayoutChangedError(lost, page.url, `Play details page for ${appId}`);

  const provenance: Partial<Record<ListingPart, Provenance>> = { details: provenanceOf(page, origin) };
  const partFailures: GatherResult['partFailures'] = [];
  const warnings = [...details.warnings];
  const missingFields = [...details.missingFields];
  let dataSafety = details.dataSafety;
  if (dataSafety) provenance.dataSafety = provenanceOf(page, origin);

  const safetyUrl = playDataSafetyUrl(appId, options);
  try {
    const safetyPage = await fetchPage(safetyUrl, 'play-datasafety');
    const safetyFailure = failureFor(safetyPage, `Play data-safety page for ${appId}`);
    if (safetyFailure) throw safetyFailure;
    const parsed = parsePlayDataSafety(safetyPage.body, safetyUrl);
    warnings.push(...parsed.warnings);
    if (parsed.dataSafety) {
      dataSafety = parsed.dataSafety;
      provenance.dataSafety = provenanceOf(safetyPage, origin);
      const index = missingFields.indexOf('dataSafety');
      if (index >= 0) missingFields.splice(index, 1);
    }
    missingFields.push(...parsed.missingFields.filter((f) => !missingFields.includes(f)));
    if (!parsed.dataSafety) {
      partFailures.push({ part: 'dataSafety', error: new LayoutChangedError(parsed.missingFields, safetyPage.url, `Play data-safety page for ${appId}`) });
    }
  } catch (error) {
    if (!isPartError(error)) throw error;
    partFailures.push({ part: 'dataSafety', error });
  }

  let reviews: Reviews | undefined;
  try {
    const gathered = await gatherPlayReviews(appId, options, fetchPage);
    warnings.push(...gathered.warnings);
    reviews = reviewsPart(gathered.reviews);
    if (reviews) provenance.reviews = provenanceOf(gathered.page, origin);
    else warnings.push(`Play reviews for ${appId}: none yet`);
    if (gathered.incomplete) partFailures.push({ part: 'reviews', error: gathered.incomplete });
  } catch (error) {
    if (!isPartError(error)) throw error;
    partFailures.push({ part: 'reviews', error });
  }

  const { sources: _sources, warnings: _w, missingFields: _m, dataBlock: _b, ...fields } = details;
  const listing = parseWith(
    Listing,
    {
      ...fields,
      store: 'play',
      appId,
      url: detailsUrl,
      region: options.region.toLowerCase(),
      language: options.language,
      ...(dataSafety ? { dataSafety } : {}),
      ...(reviews ? { reviews } : {}),
      provenance,
      missingFields,
    },
    'Google Play listing',
  );
  return { listing, partFailures, warnings };
}
