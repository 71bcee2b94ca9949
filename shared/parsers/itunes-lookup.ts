// iTunes Search / Lookup API JSON (`https://itunes.apple.com/lookup?id=…`) → Listing fields.
// Field names are kept as data with aliases, so simplified exports of the same API also read.
import { formatPrice, httpUrl, isObject, isoFromDateString, missing, num, text, tryJson, type JsonObject } from './html.ts';
import type { ListingFields, ParseReport } from './types.ts';

/** Listing field → keys in a result object, first present wins. */
export const ITUNES_FIELDS = {
  appId: ['trackId', 'id'],
  title: ['trackName', 'name'],
  developer: ['artistName', 'sellerName', 'developer'],
  description: ['description'],
  rating: ['averageUserRating', 'averageUserRatingForCurrentVersion', 'rating'],
  ratingCount: ['userRatingCount', 'userRatingCountForCurrentVersion', 'rating_count'],
  category: ['primaryGenreName', 'genres'],
  price: ['price'],
  formattedPrice: ['formattedPrice'],
  currency: ['currency'],
  updatedAt: ['currentVersionReleaseDate', 'releaseDate'],
  developerWebsite: ['sellerUrl'],
  url: ['trackViewUrl'],
} as const;

export const ITUNES_EXPECTED = ['title', 'developer', 'description', 'rating', 'ratingCount', 'category', 'price', 'free', 'updatedAt'] as const;

export interface ItunesListing extends ListingFields, ParseReport {
  store: 'apple';
}

function field(result: JsonObject, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = result[key];
    if (value !== undefined && value !== null && value !== '') return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** One result object → Listing fields (region taken from the trackViewUrl's storefront). */
export function listingFromItunes(result: unknown): ItunesListing {
  const fields: ListingFields = { store: 'apple' };
  if (!isObject(result)) return { store: 'apple', missingFields: ['appId', ...ITUNES_EXPECTED], warnings: ['not an iTunes result object'] };
  const id = field(result, ITUNES_FIELDS.appId);
  if ((typeof id === 'number' && Number.isInteger(id)) || (typeof id === 'string' && /^\d+$/.test(id))) fields.appId = String(id);
  fields.title = text(field(result, ITUNES_FIELDS.title));
  fields.developer = text(field(result, ITUNES_FIELDS.developer));
  fields.description = text(field(result, ITUNES_FIELDS.description));
  const rating = num(field(result, ITUNES_FIELDS.rating));
  if (rating !== undefined && rating >= 0 && rating <= 5) fields.rating = rating;
  const count = num(field(result, ITUNES_FIELDS.ratingCount));
  if (count !== undefined && count >= 0) fields.ratingCount = count;
  fields.category = text(field(result, ITUNES_FIELDS.category));
  const amount = num(field(result, ITUNES_FIELDS.price));
  if (amount !== undefined) {
    fields.free = amount === 0;
    fields.price = amount === 0 ? 'Free' : (text(field(result, ITUNES_FIELDS.formattedPrice)) ?? formatPrice(amount, text(field(result, ITUNES_FIELDS.currency))));
  }
  fields.updatedAt = isoFromDateString(field(result, ITUNES_FIELDS.updatedAt));
  fields.developerWebsite = httpUrl(field(result, ITUNES_FIELDS.developerWebsite));
  const url = httpUrl(field(result, ITUNES_FIELDS.url));
  if (url) {
    fields.url = url;
    const region = /apps\.apple\.com\/([a-z]{2})\//i.exec(url)?.[1];
    if (region) fields.region = region.toLowerCase();
  }
  for (const key of Object.keys(fields) as (keyof ListingFields)[]) if (fields[key] === undefined) delete fields[key];
  return { ...fields, store: 'apple', missingFields: missing(fields, ['appId', ...ITUNES_EXPECTED]), warnings: [] };
}

/**
 * A Lookup/Search response (`{resultCount, results: […]}`), or a bare list of results, as text or
 * parsed → one listing per software result. Throws only when the input is not JSON.
 */
export function parseItunesLookup(input: string | unknown): ItunesListing[] {
  const json = typeof input === 'string' ? tryJson(input) : input;
  if (json === undefined) throw new TypeError(`iTunes lookup response: not JSON (starts "${String(input).slice(0, 30)}")`);
  const results = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.results) ? json.results : [];
  return results
    .filter((r) => isObject(r) && (r.wrapperType === undefined || r.wrapperType === 'software') && (r.kind === undefined || /software/.test(String(r.kind))))
    .map(listingFromItunes);
}
