// The real descriptions of the listing truth set, read in place from the corpus: the MIND dev file
// and the iTunes export. Each text is built exactly as the import builds it (same unescaping and
// cleaning), so quote offsets recorded by raters point at the words the engine reads.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { corpusFile } from '../../corpus.ts';
import { importItunes } from '../../import/itunes.ts';
import type { Listing } from '../../../shared/schema/listing.ts';
import { readRatedApps } from '../rated-apps.ts';

export const TRUTH_FILES = {
  mind: 'apps/mind-rated-apps-dev.csv',
  itunes: 'apps/itunes-search-mental-health-apps-2026.json',
} as const;

export interface TruthText {
  /** `mind:<_id>` or `itunes:<trackId>`. */
  id: string;
  /** Texts of one app share a group (same App Store id or same name), so a split never divides an app. */
  group: string;
  listing: Listing;
  /** sha256 of title and description: a truth label is only valid for the text it was given on. */
  digest: string;
}

const CAPTURED = '2026-01-01T00:00:00.000Z';

export function textDigest(listing: Pick<Listing, 'title' | 'description'>): string {
  return createHash('sha256').update(`${listing.title}\n${listing.description}`).digest('hex').slice(0, 16);
}

function appleIdOf(link: string | undefined): string | undefined {
  return link ? /\/id(\d+)/u.exec(link)?.[1] : undefined;
}

/** A name folded for grouping: "Rootd - Anxiety & Panic Relief" and "Rootd: anxiety…" meet. */
function nameKey(title: string): string {
  return title.toLowerCase().split(/\s*[-–—:|(]\s*/u)[0]!.replace(/[^a-z0-9]+/gu, ' ').trim();
}

/** Union-find over the keys that say two texts are one app. */
function groupsOf(keysOf: readonly string[][]): string[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const keys of keysOf) {
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) parent.set(find(k), find(keys[0]!));
  }
  return keysOf.map((keys) => find(keys[0]!));
}

/** Every truth text, in file order (MIND rows first). Throws naming the file when one is missing. */
export function loadTruthTexts(): TruthText[] {
  const mindFile = corpusFile(TRUTH_FILES.mind);
  const mind = readRatedApps(readFileSync(mindFile, 'utf8'), mindFile);
  const itunesFile = corpusFile(TRUTH_FILES.itunes);
  const itunes = importItunes(JSON.parse(readFileSync(itunesFile, 'utf8')), CAPTURED).listings;
  const texts: Omit<TruthText, 'group'>[] = [];
  const keys: string[][] = [];
  for (const app of mind) {
    texts.push({ id: `mind:${app.id}`, listing: app.listing, digest: textDigest(app.listing) });
    const apple = appleIdOf(app.iosLink);
    keys.push([`name:${nameKey(app.listing.title)}`, ...(apple ? [`apple:${apple}`] : [])]);
  }
  for (const listing of itunes) {
    texts.push({ id: `itunes:${listing.appId}`, listing, digest: textDigest(listing) });
    keys.push([`name:${nameKey(listing.title)}`, `apple:${listing.appId}`]);
  }
  const groups = groupsOf(keys);
  return texts.map((t, i) => ({ ...t, group: groups[i]! }));
}

