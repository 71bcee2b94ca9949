// iTunes Search/Lookup API exports → Listings. Accepts the API's own shape
// (`{resultCount, results: [{trackId, trackName, description, …}]}`) and flattened lists of apps
// like the corpus's (`[{id, name, developer, price, currency, rating, rating_count, genres, description}]`).
import type { Listing } from '../../shared/schema/listing.ts';
import { storeAddress } from './links.ts';
import { finiteNumber, importedListing, isoDate, priceText, type ImportedFields } from './listing.ts';
import type { ImportResult } from './types.ts';

type Item = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const first = (item: Item, keys: readonly string[]): unknown => keys.map((k) => item[k]).find((v) => v !== undefined && v !== null && v !== '');

/** The list of app records in an export, or a reason it has none. */
export function itunesItems(data: unknown): Item[] | string {
  const list = Array.isArray(data) ? data : (data as Item | null)?.results;
  if (!Array.isArray(list)) return 'expected an iTunes Search/Lookup response ({"results": [...]}) or a list of apps';
  return list as Item[];
}

function fields(item: Item, region: string | undefined): ImportedFields | string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return 'not an object';
  const kind = str(item.kind) ?? str(item.wrapperType);
  if (kind && !/software/i.test(kind)) return `not an app (kind "${kind}")`;
  const idValue = first(item, ['trackId', 'id', 'appId']);
  const appId = typeof idValue === 'number' ? String(idValue) : str(idValue);
  if (!appId || !/^\d+$/.test(appId)) return 'no numeric App Store id (trackId/id)';
  const title = str(first(item, ['trackName', 'name', 'title']));
  if (!title) return 'no app name (trackName/name)';
  const description = str(item.description);
  if (!description) return 'no description';
  const genres = Array.isArray(item.genres) ? item.genres.filter((g): g is string => typeof g === 'string') : [];
  const price = finiteNumber(item.price);
  const currency = str(item.currency);
  const out: ImportedFields = {
    store: 'apple',
    appId,
    title,
    description,
    developer: str(first(item, ['artistName', 'sellerName', 'developer'])),
    category: str(item.primaryGenreName) ?? genres[0],
    rating: finiteNumber(first(item, ['averageUserRating', 'rating'])),
    ratingCount: finiteNumber(first(item, ['userRatingCount', 'rating_count', 'ratingCount'])),
    price: str(item.formattedPrice) ?? (price === null ? undefined : priceText(price, currency)),
    free: price === null ? undefined : price === 0,
    updatedAt: isoDate(first(item, ['currentVersionReleaseDate', 'updated'])) ?? undefined,
    developerWebsite: str(item.sellerUrl) ?? undefined,
    url: str(item.trackViewUrl) ?? storeAddress('apple', appId, region),
  };
  if (region) out.region = region;
  return out;
}

export function importItunes(data: unknown, capturedAt: string, region?: string): ImportResult {
  const items = itunesItems(data);
  if (typeof items === 'string') return { listings: [], skipped: [{ row: 0, reason: items }], dropped: [] };
  const listings: Listing[] = [];
  const skipped: ImportResult['skipped'] = [];
  const dropped: ImportResult['dropped'] = [];
  items.forEach((item, index) => {
    const row = index + 1;
    const f = fields(item, region);
    if (typeof f === 'string') {
      skipped.push({ row, reason: f });
      return;
    }
    try {
      const imported = importedListing(f, capturedAt);
      listings.push(imported.listing);
      for (const reason of imported.dropped) dropped.push({ row, reason });
    } catch (error) {
      skipped.push({ row, reason: (error as Error).message });
    }
  });
  return { listings, skipped, dropped };
}
