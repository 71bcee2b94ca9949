// Building imported Listings: shared cleaning of export values and validation at the boundary.
import type * as z from 'zod/mini';
import { Count, HttpsUrl, Listing, Rating, WebUrl, type Store } from '../../shared/schema/listing.ts';
import { describeIssues, parseWith } from '../../shared/schema/validate.ts';
import { storeAddress } from './links.ts';

export interface ImportedFields {
  store: Store;
  appId: string;
  title: string;
  description: string;
  url?: string;
  region?: string;
  language?: string;
  developer?: string;
  category?: string;
  rating?: number | null;
  ratingCount?: number | null;
  price?: string | null;
  free?: boolean | null;
  updatedAt?: string | null;
  developerWebsite?: string | null;
}

/**
 * Some exports (the MIND database's among them) flatten a description's line breaks to the two
 * characters `\n` and its double quotes to a lone backslash (`the \14 Day Challenge\.`). Undo both,
 * so sentences split where the page broke lines and quotes read as the page showed them. A text
 * with real line breaks, or without any `\n` sequence, was not flattened and is left alone.
 */
export function unescapeExport(text: string): string {
  if (/[\n\r]/u.test(text) || !/\\[nr]/u.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === 'n' || next === 'r') {
      // "\r\n" is one break.
      if (next === 'r' && text.startsWith('\\n', i + 2)) i += 2;
      out += '\n';
      i += 1;
    } else if (next === 't') {
      out += '\t';
      i += 1;
    } else {
      out += '"';
    }
  }
  return out;
}

export function cleanDescription(text: string): string {
  return unescapeExport(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

export function finiteNumber(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** ISO 8601 with offset, or null for anything unreadable. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const t = typeof value === 'number' ? value : Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Price as a store would show it ("Free", "$4.99"). */
export function priceText(price: number, currency: string | undefined): string {
  if (price === 0) return 'Free';
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currency || 'USD' }).format(price);
  } catch {
    return `${price} ${currency ?? ''}`.trim();
  }
}

/**
 * Values an export may get wrong without the record being wrong: each is checked on its own by the
 * listing's schema, and one that fails is left out (the store's own address stands in for a bad
 * link), so a hostile or broken value never reaches a listing and never costs the rest of it.
 */
const SCREENED: readonly (readonly [keyof ImportedFields, z.ZodMiniType])[] = [
  ['url', HttpsUrl],
  ['developerWebsite', WebUrl],
  ['rating', Rating],
  ['ratingCount', Count],
];

/** The fields without the values that fail their check, and a reason for each one left out. */
export function screenFields(fields: ImportedFields): { fields: ImportedFields; dropped: string[] } {
  const kept: ImportedFields = { ...fields };
  const dropped: string[] = [];
  for (const [field, schema] of SCREENED) {
    const value = kept[field];
    if (value === undefined || value === null) continue;
    const result = schema.safeParse(value);
    if (result.success) continue;
    const [problem] = describeIssues(result.error.issues.map((i) => ({ ...i, path: [field, ...i.path] })), { [field]: value });
    delete kept[field];
    dropped.push(`${problem}: left out`);
  }
  if (fields.url !== undefined && kept.url === undefined) kept.url = storeAddress(fields.store, fields.appId, fields.region);
  return { fields: kept, dropped };
}

/** A validated Listing whose details part is marked as imported on `capturedAt`, and the values left out of it. */
export function importedListing(fields: ImportedFields, capturedAt: string): { listing: Listing; dropped: string[] } {
  const screened = screenFields(fields);
  const safe = screened.fields;
  const listing: Record<string, unknown> = { ...safe, description: cleanDescription(safe.description), title: safe.title.trim() };
  for (const [key, value] of Object.entries(listing)) if (value === undefined) delete listing[key];
  listing.provenance = {
    details: { origin: 'import', capturedAt, ...(safe.url ? { url: safe.url } : {}) },
  };
  return { listing: parseWith(Listing, listing, 'imported listing'), dropped: screened.dropped };
}
