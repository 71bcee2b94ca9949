// Reads a rater file in the layout of the MIND database export (mind-rated-apps-dev.csv) into
// listings and the raters' answers.
import { createHash } from 'node:crypto';
import type { Listing } from '../../shared/schema/listing.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { Listing as ListingSchema } from '../../shared/schema/listing.ts';
import { parseCsv } from '../import/csv.ts';
import { cleanDescription } from '../import/listing.ts';

export const REQUIRED_COLUMNS = ['_id', 'appName', 'description', 'clinicalFoundations'] as const;

export interface RatedApp {
  id: string;
  /** 2-based CSV record number, for messages. */
  row: number;
  listing: Listing;
  /** The raters' clinicalFoundations values ("Use Warning", "Supporting Studies", …). */
  foundations: ReadonlySet<string>;
  /** The row's App Store link, when it has one (a Play listing may have an App Store twin). */
  iosLink?: string;
}

export class RaterFileError extends Error {}

/** Store and region from the store links: Play's `gl=` parameter or Apple's `/gb/` storefront path. */
export function storeOf(androidLink: string, iosLink: string): { store: Listing['store']; region?: string; url?: string } {
  const play = androidLink.trim();
  if (/^https?:\/\/play\.google\.com\//iu.test(play)) {
    const gl = /[?&]gl=([a-z]{2})\b/iu.exec(play)?.[1];
    return { store: 'play', url: play, ...(gl ? { region: gl.toLowerCase() } : {}) };
  }
  const apple = iosLink.trim();
  if (/^https?:\/\/(?:itunes|apps)\.apple\.com\//iu.test(apple)) {
    const cc = /apple\.com\/([a-z]{2})\//iu.exec(apple)?.[1];
    return { store: 'apple', url: apple, ...(cc ? { region: cc.toLowerCase() } : {}) };
  }
  return { store: 'play' };
}

export function splitList(value: string): Set<string> {
  return new Set(value.split(',').map((v) => v.trim()).filter(Boolean));
}

/** Which half a row belongs to: a stable hash of its id, so the split never depends on row order. */
export function halfOf(id: string): 'dev' | 'held-out' {
  return createHash('sha1').update(id).digest()[0]! < 128 ? 'dev' : 'held-out';
}

export function readRatedApps(csvText: string, fileName: string): RatedApp[] {
  const table = parseCsv(csvText);
  if (table.header.length === 0) throw new RaterFileError(`${fileName}: the file is empty`);
  const missing = REQUIRED_COLUMNS.filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    throw new RaterFileError(`${fileName}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${table.header.join(', ')})`);
  }
  const apps: RatedApp[] = [];
  for (const record of table.records) {
    const f = record.fields;
    const id = (f._id ?? '').trim() || `row-${record.row}`;
    const title = (f.appName ?? '').trim() || id;
    const where = storeOf(f.androidLink ?? '', f.iosLink ?? '');
    const listing = parseWith(
      ListingSchema,
      { ...where, appId: id, title, description: cleanDescription(f.description ?? '') },
      `${fileName} row ${record.row} (${title})`,
    );
    const iosLink = (f.iosLink ?? '').trim();
    apps.push({ id, row: record.row, listing, foundations: splitList(f.clinicalFoundations ?? ''), ...(iosLink ? { iosLink } : {}) });
  }
  return apps;
}
