// Building imported Listings: shared cleaning of export values and validation at the boundary.
import { Listing, type Store } from '../../shared/schema/listing.ts';
import { parseWith } from '../../shared/schema/validate.ts';

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

/** A validated Listing whose details part is marked as imported on `capturedAt`. */
export function importedListing(fields: ImportedFields, capturedAt: string, sourceUrl?: string): Listing {
  const listing: Record<string, unknown> = { ...fields, description: cleanDescription(fields.description), title: fields.title.trim() };
  for (const [key, value] of Object.entries(listing)) if (value === undefined) delete listing[key];
  listing.provenance = {
    details: { origin: 'import', capturedAt, ...(sourceUrl ?? fields.url ? { url: sourceUrl ?? fields.url } : {}) },
  };
  return parseWith(Listing, listing, 'imported listing');
}
