// Turning what a source threw into a recorded failure, and stamping each listing part with where
// its page really came from (live store, replay, recorded capture, fixture) and when it was captured.
import type { Listing, ListingPart, Provenance } from '../../shared/schema/listing.ts';
import { ValidationError } from '../../shared/schema/validate.ts';
import type { AppFailure } from '../archive/archive.ts';
import { FetchError } from '../errors.ts';
import type { FetchedPage } from '../fetch/fetcher.ts';

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}

/** Kebab-case kind from an error class name: `AppNotFoundError` → `app-not-found`. */
export function kindFromName(name: string): string {
  return name
    .replace(/Error$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/**
 * A classified failure from anything a source may throw. Errors carrying a `kind` (fetch errors,
 * the sources' own classified errors) keep it; extraction errors list their fields; anything else
 * is an unexpected `error` – recorded, never allowed to stop the crawl.
 */
export function classifyFailure(error: unknown): AppFailure {
  if (error instanceof FetchError) return { kind: error.kind, message: error.message, url: error.url, attempts: error.attempts };
  if (error instanceof ValidationError) return { kind: 'invalid-listing', message: error.message };
  if (error instanceof Error) {
    const record = error as Error & { kind?: unknown; fields?: unknown; missingFields?: unknown; url?: unknown };
    const fields = stringArray(record.fields) ?? stringArray(record.missingFields);
    let kind = typeof record.kind === 'string' && record.kind ? record.kind : kindFromName(error.name);
    if (kind === '' || kind === 'type' || kind === 'range' || kind === 'syntax' || kind === 'reference') kind = 'error';
    if (fields?.length && kind === 'error') kind = 'extraction-failed';
    const message = fields?.length && !/extraction failed/i.test(error.message)
      ? `extraction failed: ${fields.join(', ')}`
      : error.message;
    return { kind, message, ...(fields?.length ? { fields } : {}), ...(typeof record.url === 'string' ? { url: record.url } : {}) };
  }
  return { kind: 'error', message: String(error) };
}

function sameAddress(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const x = new URL(a);
    const y = new URL(b);
    // Play adds hl/gl; compare host, path and the app id only.
    return x.host === y.host && x.pathname === y.pathname && x.searchParams.get('id') === y.searchParams.get('id');
  } catch {
    return false;
  }
}

/**
 * Each part's provenance, corrected from the pages actually fetched: the page a part was read
 * from gives its origin and capture time. A listing without provenance gets `details` from the
 * first page that answered.
 */
export function stampProvenance(listing: Listing, pages: readonly FetchedPage[]): Listing {
  const answered = pages.filter((p) => p.status < 400);
  const first = answered[0] ?? pages[0];
  if (!first) return listing;
  const fromPage = (page: FetchedPage, url?: string): Provenance => ({ origin: page.origin, url: url ?? page.url, capturedAt: page.capturedAt });
  const provenance: Partial<Record<ListingPart, Provenance>> = {};
  for (const [part, given] of Object.entries(listing.provenance ?? {}) as [ListingPart, Provenance | undefined][]) {
    if (!given) continue;
    const page = given.url ? answered.find((p) => sameAddress(p.url, given.url!)) : undefined;
    provenance[part] = fromPage(page ?? first, given.url);
  }
  if (!provenance.details) provenance.details = fromPage(first);
  return { ...listing, provenance };
}
