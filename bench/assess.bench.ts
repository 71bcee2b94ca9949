// Listings assessed per second on the 280 real App Store descriptions (repeated), and peak memory.
import { readFileSync } from 'node:fs';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../crawler/corpus.ts';
import { assess } from '../shared/assess.ts';
import type { Listing } from '../shared/schema/listing.ts';

interface ItunesApp {
  id: number;
  name: string;
  developer?: string;
  description?: string;
}

export default async function run(): Promise<void> {
  if (!hasCorpus()) {
    console.log(`assess: ${NO_CORPUS_MESSAGE}`);
    return;
  }
  const apps = JSON.parse(readFileSync(corpusFile('apps/itunes-search-mental-health-apps-2026.json'), 'utf8')) as ItunesApp[];
  const listings: Listing[] = apps.map((a) => ({
    store: 'apple',
    appId: String(a.id),
    title: a.name,
    description: a.description ?? '',
    region: 'us',
  }));
  const now = new Date('2026-01-01T00:00:00Z');
  for (const l of listings) assess(l, { now }); // warm-up: JIT and regex compilation
  const rounds = 20;
  let peakHeap = 0;
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r += 1) {
    for (const l of listings) assess(l, { now });
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const n = rounds * listings.length;
  const chars = listings.reduce((s, l) => s + l.description.length, 0) / listings.length;
  console.log(`assess: ${n} listings (${listings.length} real descriptions × ${rounds}, mean ${Math.round(chars)} chars) in ${seconds.toFixed(2)} s`);
  console.log(`assess: ${Math.round(n / seconds)} listings/s on one core (target ≥ 2,000)`);
  console.log(`assess: peak heap ${(peakHeap / 2 ** 20).toFixed(0)} MB, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
