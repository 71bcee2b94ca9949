// Crawl throughput against the local replay with politeness off: the whole crawler path – HTTP,
// robots.txt, retries machinery, parsing, policy, one SQLite transaction per app – in apps/s and
// pages/s. The project's fixture apps always; the corpus's recorded store pages too when present.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../crawler/archive/archive.ts';
import { NO_CORPUS_MESSAGE } from '../crawler/corpus.ts';
import { crawl } from '../crawler/jobs/crawl.ts';
import { RECORDED_MATERIAL, openCrawlSession } from '../crawler/jobs/session.ts';
import { storeGatherers } from '../crawler/jobs/sources.ts';
import { FIXTURE_REPLAY_DIR, corpusStorePagesDir } from '../crawler/replay/dirs.ts';

const CONCURRENCY = 8;

/** Crawl the material `rounds` times (a fresh run each time) into a temporary archive; median round. */
async function measure(name: string, replay: string, rounds: number): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'mindlabel-bench-'));
  const archive = new Archive(path.join(tmp, 'bench.sqlite'));
  // One session per material: the replay server lives for all rounds; no browser, no spacing.
  const session = await openCrawlSession({ replay, perHostIntervalMs: 0, render: false });
  try {
    const results: { apps: number; pages: number; requests: number; seconds: number }[] = [];
    for (let round = 0; round <= rounds; round++) {
      const summary = await crawl({
        archive,
        fetcher: session.fetcher,
        gatherers: storeGatherers,
        targets: session.recordedApps,
        region: 'gb',
        language: 'en',
        source: session.source,
        concurrency: CONCURRENCY,
        fresh: true,
      });
      // Round 0 warms up (JIT, first listing versions); later rounds re-crawl unchanged listings.
      if (round > 0) results.push({ apps: summary.processed, pages: summary.pages, requests: summary.requests, seconds: summary.elapsedMs / 1000 });
    }
    results.sort((a, b) => a.apps / a.seconds - b.apps / b.seconds);
    const median = results[Math.floor(results.length / 2)]!;
    const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
    console.log(
      `crawl ${name}: ${median.apps} apps, ${median.pages} pages, ${median.requests} requests per round; ` +
        `${fmt(median.apps / median.seconds)} apps/s, ${fmt(median.pages / median.seconds)} pages/s ` +
        `(median of ${rounds} rounds, concurrency ${CONCURRENCY}, politeness off, loopback replay)`,
    );
  } finally {
    await session.close();
    archive.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

export default async function run(): Promise<void> {
  await measure('fixtures', FIXTURE_REPLAY_DIR, 10);
  // `recorded` = the fixtures and the corpus's store pages (about 1 MB each).
  if (corpusStorePagesDir()) await measure('fixtures + corpus store pages', RECORDED_MATERIAL, 5);
  else console.log(`crawl corpus: ${NO_CORPUS_MESSAGE}`);
}
