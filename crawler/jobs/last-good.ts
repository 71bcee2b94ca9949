// An unlucky network never costs data: when a part of a listing could not be read this time for a
// passing reason (a timeout, a 5xx, a rate limit, a page cut off in transit), the part archived
// before is kept, saying when it was captured, rather than stored as gone in a new version.
import type { Listing, ListingPart } from '../../shared/schema/listing.ts';
import type { AppFailure } from '../archive/archive.ts';
import { isPassing } from '../errors.ts';

/** The listing fields each part fills; `details` is the page itself and is never patched together. */
export const PART_FIELDS: Readonly<Partial<Record<ListingPart, readonly (keyof Listing)[]>>> = {
  dataSafety: ['dataSafety'],
  privacyLabel: ['privacyLabel'],
  privacyPolicy: ['privacyPolicy'],
  reviews: ['reviews'],
};

export interface KeptListing {
  /** The listing to store, with kept parts; null when the app's own page failed and the archive keeps it as it is. */
  listing: Listing | null;
  /** Part failures, each saying whether the last good part was kept. */
  partFailures: AppFailure[];
  /** Set when the listing is not stored: the failure that kept the archived version current. */
  failure: AppFailure | null;
}

/** Whether a previous part may stand in: it exists, and a policy is still the one the page links to. */
function keepable(previous: Listing, current: Listing, part: ListingPart): boolean {
  const fields = PART_FIELDS[part];
  if (!fields || fields.every((f) => previous[f] === undefined)) return false;
  return part !== 'privacyPolicy' || previous.privacyPolicyUrl === current.privacyPolicyUrl;
}

/** `listing` with one part – its fields, provenance and missing-field notes – as `previous` had it. */
export function withPartOf(previous: Listing, listing: Listing, part: ListingPart): Listing {
  const fields = PART_FIELDS[part] ?? [];
  const next: Record<string, unknown> = { ...listing };
  for (const field of fields) {
    if (previous[field] === undefined) delete next[field];
    else next[field] = previous[field];
  }
  const provenance = { ...listing.provenance };
  if (previous.provenance?.[part]) provenance[part] = previous.provenance[part];
  else delete provenance[part];
  next.provenance = provenance;
  if (listing.missingFields) next.missingFields = listing.missingFields.filter((f) => !(fields as readonly string[]).includes(f));
  return next as Listing;
}

/**
 * Keep the last good version of each part that failed for a passing reason. When the app's own
 * page (details) failed so, no listing is stored at all: the archived version stays current.
 * Without an archived listing there is nothing to keep and the listing is stored as gathered.
 */
export function keepLastGood(previous: Listing | null, listing: Listing, partFailures: readonly AppFailure[]): KeptListing {
  const passing = previous ? partFailures.filter((f) => f.part && isPassing(f.kind)) : [];
  const details = passing.find((f) => f.part === 'details');
  if (details) {
    return {
      listing: null,
      partFailures: partFailures.filter((f) => f !== details),
      failure: { ...details, message: `${details.message}; the archived listing is kept` },
    };
  }
  let kept = listing;
  const notes = new Map<AppFailure, string>();
  for (const failure of passing) {
    const part = failure.part as ListingPart;
    if (!keepable(previous!, kept, part)) continue;
    kept = withPartOf(previous!, kept, part);
    const captured = previous!.provenance?.[part]?.capturedAt;
    notes.set(failure, `; kept the last good ${part}${captured ? ` (captured ${captured.slice(0, 10)})` : ''}`);
  }
  return {
    listing: kept,
    partFailures: partFailures.map((f) => (notes.has(f) ? { ...f, message: f.message + notes.get(f)! } : f)),
    failure: null,
  };
}
