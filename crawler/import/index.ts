// `importFile`: listing exports (iTunes Search/Lookup JSON, CSV with a description column) →
// validated Listings with provenance "import". Bad records are skipped with a reason; only an
// unreadable file throws.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { importCsv } from './csv-listings.ts';
import { importItunes } from './itunes.ts';
import { isoDate } from './listing.ts';
import type { ImportResult } from './types.ts';

export type { Dropped, ImportResult, Skipped } from './types.ts';
export { parseCsv, parseCsvRows } from './csv.ts';
export { parseStoreLink } from './links.ts';

export interface ImportOptions {
  /** When the export was made (ISO 8601); default: a date column in the row, else the file's mtime. */
  capturedAt?: string;
  /** Storefront of an iTunes export, when known ("us", "gb"). */
  region?: string;
}

export type ExportFormat = 'itunes-json' | 'csv';

/** Format by extension, or by the first character when the extension says nothing. */
export function detectFormat(file: string, text: string): ExportFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'itunes-json';
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  const firstChar = text.replace(/^\uFEFF/, '').trimStart()[0];
  return firstChar === '{' || firstChar === '[' ? 'itunes-json' : 'csv';
}

export async function importFile(file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
  const given = options.capturedAt === undefined ? null : isoDate(options.capturedAt);
  if (options.capturedAt !== undefined && !given) throw new Error(`capturedAt "${options.capturedAt}" is not a date`);
  const capturedAt = given ?? info.mtime.toISOString();
  if (detectFormat(file, text) === 'csv') {
    const result = importCsv(text, capturedAt);
    // A date given explicitly wins over dates inside the rows.
    if (given) for (const l of result.listings) if (l.provenance?.details) l.provenance.details.capturedAt = given;
    return result;
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { listings: [], skipped: [{ row: 0, reason: `not valid JSON: ${(error as Error).message}` }], dropped: [] };
  }
  return importItunes(data, capturedAt, options.region);
}
