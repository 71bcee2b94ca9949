// CSV listing exports with a description column → Listings, one per store link in the row.
// Column names are matched case-insensitively against aliases, so the MIND database export
// (appName, company, description, iosLink, androidLink) and similar sheets read the same way.
import type { Listing } from '../../shared/schema/listing.ts';
import { parseCsv } from './csv.ts';
import { parseStoreLink, type StoreLink } from './links.ts';
import { finiteNumber, importedListing, isoDate, type ImportedFields } from './listing.ts';
import type { Dropped, ImportResult, Skipped } from './types.ts';

/** Column aliases, first match wins. */
export const CSV_COLUMNS = {
  title: ['appName', 'app_name', 'name', 'title', 'trackName', 'app'],
  description: ['description', 'appDescription', 'app_description', 'summary'],
  developer: ['company', 'developer', 'artistName', 'publisher', 'seller'],
  category: ['category', 'genre', 'primaryGenreName'],
  rating: ['rating', 'score', 'averageUserRating'],
  ratingCount: ['ratingCount', 'rating_count', 'ratings', 'userRatingCount'],
  links: ['iosLink', 'androidLink', 'appStoreUrl', 'playStoreUrl', 'appleUrl', 'googlePlayUrl', 'url', 'link', 'storeUrl'],
  playId: ['playId', 'app_id', 'packageName', 'package'],
  appleId: ['appleId', 'trackId', 'appStoreId'],
  capturedAt: ['capturedAt', 'captured_at', 'lastModified', 'updated', 'date'],
} as const;

function columnFinder(header: readonly string[]) {
  const byLower = new Map(header.map((h) => [h.toLowerCase(), h]));
  return (aliases: readonly string[]): string[] => aliases.map((a) => byLower.get(a.toLowerCase())).filter((h): h is string => !!h);
}

/** Store links of a row: link columns, plus bare id columns. Duplicate (store, id) pairs are kept once. */
function rowLinks(fields: Record<string, string>, linkColumns: string[], playIds: string[], appleIds: string[]): StoreLink[] {
  const links: StoreLink[] = [];
  for (const column of linkColumns) {
    // A cell may hold several links separated by spaces, commas or semicolons.
    for (const part of (fields[column] ?? '').split(/[\s,;]+/)) {
      const link = parseStoreLink(part);
      if (link) links.push(link);
    }
  }
  for (const c of playIds) {
    const link = parseStoreLink(`https://play.google.com/store/apps/details?id=${(fields[c] ?? '').trim()}`);
    if (link && fields[c]?.trim()) links.push(link);
  }
  for (const c of appleIds) {
    const id = (fields[c] ?? '').trim();
    const link = /^\d+$/.test(id) ? parseStoreLink(`https://apps.apple.com/app/id${id}`) : null;
    if (link) links.push(link);
  }
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.store}:${l.appId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function importCsv(text: string, fileCapturedAt: string): ImportResult {
  const table = parseCsv(text);
  const listings: Listing[] = [];
  const skipped: Skipped[] = table.warnings.map((w) => ({ row: 0, reason: w }));
  const dropped: Dropped[] = [];
  const find = columnFinder(table.header);
  const [titleColumn] = find(CSV_COLUMNS.title);
  const [descriptionColumn] = find(CSV_COLUMNS.description);
  if (!descriptionColumn || !titleColumn) {
    const missing = [!titleColumn && 'an app name column (appName, name, title…)', !descriptionColumn && 'a description column'].filter(Boolean);
    skipped.push({ row: 0, reason: `CSV needs ${missing.join(' and ')}; its columns are: ${table.header.join(', ') || 'none'}` });
    return { listings, skipped, dropped };
  }
  const [developerColumn] = find(CSV_COLUMNS.developer);
  const [categoryColumn] = find(CSV_COLUMNS.category);
  const [ratingColumn] = find(CSV_COLUMNS.rating);
  const [ratingCountColumn] = find(CSV_COLUMNS.ratingCount);
  const [capturedColumn] = find(CSV_COLUMNS.capturedAt);
  const linkColumns = find(CSV_COLUMNS.links);
  const playIdColumns = find(CSV_COLUMNS.playId);
  const appleIdColumns = find(CSV_COLUMNS.appleId);

  for (const record of table.records) {
    const f = record.fields;
    const skip = (reason: string) => skipped.push({ row: record.row, reason });
    if (record.width !== table.header.length) {
      skip(`has ${record.width} fields, the header has ${table.header.length}`);
      continue;
    }
    const title = (f[titleColumn] ?? '').trim();
    const description = (f[descriptionColumn] ?? '').trim();
    if (!title) {
      skip(`no app name in "${titleColumn}"`);
      continue;
    }
    if (!description) {
      skip(`no description for "${title}"`);
      continue;
    }
    const links = rowLinks(f, linkColumns, playIdColumns, appleIdColumns);
    if (links.length === 0) {
      skip(`no Google Play or App Store link or id for "${title}"`);
      continue;
    }
    const capturedAt = (capturedColumn && isoDate(f[capturedColumn])) || fileCapturedAt;
    for (const link of links) {
      const fields: ImportedFields = { store: link.store, appId: link.appId, title, description, url: link.url };
      if (link.region) fields.region = link.region;
      if (link.language) fields.language = link.language;
      const developer = developerColumn && f[developerColumn]?.trim();
      if (developer) fields.developer = developer;
      const category = categoryColumn && f[categoryColumn]?.trim();
      if (category) fields.category = category;
      // Out-of-range values are left out by importedListing, with a reason.
      const rating = ratingColumn ? finiteNumber(f[ratingColumn]) : null;
      if (rating !== null) fields.rating = rating;
      const count = ratingCountColumn ? finiteNumber(f[ratingCountColumn]?.replace(/[,_\s]/g, '')) : null;
      if (count !== null) fields.ratingCount = count;
      try {
        const imported = importedListing(fields, capturedAt);
        listings.push(imported.listing);
        for (const reason of imported.dropped) dropped.push({ row: record.row, reason });
      } catch (error) {
        skip((error as Error).message);
      }
    }
  }
  return { listings, skipped, dropped };
}
