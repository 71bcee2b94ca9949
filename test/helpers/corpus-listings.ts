// The 580 real descriptions of the corpus (280 App Store apps + 300 MIND-rated apps) as Listings.
import { readFileSync } from 'node:fs';
import { corpusFile } from '../../crawler/corpus.ts';
import { parseCsv } from '../../crawler/import/csv.ts';
import type { Listing } from '../../shared/schema/listing.ts';

interface ItunesApp {
  id: number;
  name: string;
  description?: string;
}

export function itunesListings(): Listing[] {
  const apps = JSON.parse(readFileSync(corpusFile('apps/itunes-search-mental-health-apps-2026.json'), 'utf8')) as ItunesApp[];
  return apps.map((a) => ({ store: 'apple', appId: String(a.id), title: a.name, description: a.description ?? '', region: 'us' }));
}

export function mindListings(): Listing[] {
  const table = parseCsv(readFileSync(corpusFile('apps/mind-rated-apps-dev.csv'), 'utf8'));
  return table.records.map((r) => ({
    store: r.fields.androidLink ? 'play' : 'apple',
    appId: r.fields._id!,
    title: r.fields.appName || 'Untitled',
    // The export writes line breaks as the two characters \n.
    description: (r.fields.description ?? '').replace(/\\n/gu, '\n'),
  }));
}
