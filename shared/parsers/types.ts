// What every store parser returns: the Listing fields it found, and the names of those it did not.
import type { Listing } from '../schema/listing.ts';

/** Listing fields a page can supply (store/appId/title may be absent when a page is broken). */
export type ListingFields = Partial<
  Pick<
    Listing,
    | 'store'
    | 'appId'
    | 'title'
    | 'description'
    | 'url'
    | 'region'
    | 'language'
    | 'developer'
    | 'category'
    | 'rating'
    | 'ratingCount'
    | 'installs'
    | 'price'
    | 'free'
    | 'updatedAt'
    | 'privacyPolicyUrl'
    | 'developerWebsite'
    | 'dataSafety'
    | 'privacyLabel'
  >
>;

export interface ParseReport {
  /** Fields looked for and not found anywhere on the page (data blocks, structured data, text). */
  missingFields: string[];
  /** Disagreements between the page's own sources, e.g. the data block and the JSON-LD. */
  warnings: string[];
}

/** Where a field's value came from, for debugging a layout change. */
export type FieldSource = 'data-block' | 'structured-data' | 'embedded-json' | 'visible-text' | 'url';
