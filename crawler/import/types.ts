import type { Listing } from '../../shared/schema/listing.ts';

/** A record the import left out: `row` is the 1-based record number (CSV: line of the data row's
 *  record counting the header as 1; JSON: position in the list; 0 = the whole file). */
export interface Skipped {
  row: number;
  reason: string;
}

/** A value left out of a record that was kept (a javascript: link, a rating of 1e308), and why. */
export interface Dropped {
  row: number;
  reason: string;
}

export interface ImportResult {
  listings: Listing[];
  skipped: Skipped[];
  dropped: Dropped[];
}
