// The live page → a Listing, for apps that are not in the bundled dataset. The shared parser reads
// the page's data blocks and structured data; the visible DOM fills what it lacks. After Google
// Play's in-page navigation the data blocks still describe the first app, so they are used only
// when they are about the app the URL names.
import { parsePlayDetails } from '../../shared/parsers/play-details.ts';
import type { ListingFields } from '../../shared/parsers/types.ts';
import type { Listing } from '../../shared/schema/listing.ts';
import { readPageFields } from './page-fields.ts';
import type { StorePage } from './store-page.ts';

const JS_TYPES = new Set(['', 'text/javascript', 'module', 'application/javascript']);

/**
 * The parts of the page the parsers read, as a small HTML string: meta tags, the canonical link,
 * and data scripts (Play's `AF_initDataCallback` blocks, JSON-LD, embedded JSON). Serialising the
 * whole document would cost more than the rest of the assessment together.
 */
export function pageDataHtml(doc: Document): string {
  const parts: string[] = ['<html><head>'];
  for (const element of doc.querySelectorAll('head meta, head link[rel="canonical"]')) parts.push(element.outerHTML);
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    const body = script.textContent ?? '';
    const isData = !JS_TYPES.has(type);
    if (!isData && !body.includes('AF_initDataCallback(')) continue;
    const typeAttr = type ? ` type="${type}"` : '';
    const idAttr = script.id ? ` id="${script.id.replace(/"/g, '')}"` : '';
    parts.push(`<script${typeAttr}${idAttr}>`, body, '</script>');
  }
  parts.push('</head><body></body></html>');
  return parts.join('');
}

function sameTitle(a: string | undefined | null, b: string | undefined | null): boolean {
  const norm = (s: string) => s.replace(/[\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return !!a && !!b && norm(a) === norm(b);
}

/** Fields from the page's own data, or {} when that data is about another app. */
export function parsedFields(doc: Document, page: StorePage, domTitle: string | null): ListingFields {
  if (page.store !== 'play') return {};
  let fields: ListingFields;
  try {
    // No URL given: the app id then comes from the page's own og:url / canonical link, which
    // tells whether the data blocks are about the app now shown.
    const { missingFields: _m, warnings: _w, sources: _s, dataBlock: _d, ...rest } = parsePlayDetails(pageDataHtml(doc));
    fields = rest;
  } catch {
    return {};
  }
  if (fields.appId && fields.appId !== page.appId) return {};
  if (domTitle && fields.title && !sameTitle(domTitle, fields.title)) return {};
  return fields;
}

/** The listing the page shows, or null when it shows no app title at all. */
export function listingFromPage(doc: Document, page: StorePage, url: string, now: Date = new Date()): Listing | null {
  const dom = readPageFields(doc, page.store);
  const parsed = parsedFields(doc, page, dom.title);
  const title = parsed.title ?? dom.title;
  if (!title) return null;
  const listing: Listing = {
    ...parsed,
    store: page.store,
    appId: page.appId,
    title,
    description: parsed.description ?? dom.description ?? '',
    url,
    provenance: { details: { origin: 'page', url, capturedAt: now.toISOString() } },
  };
  const developer = parsed.developer ?? dom.developer;
  const category = parsed.category ?? dom.category;
  if (developer) listing.developer = developer;
  if (category) listing.category = category;
  if (page.region) listing.region = page.region;
  if (page.language) listing.language = page.language;
  const missing = dom.missing.filter((field) => !listing[field]);
  if (missing.length) listing.missingFields = missing;
  return listing;
}
