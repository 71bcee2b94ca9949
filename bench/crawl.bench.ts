// Crawl throughput against the local replay with politeness off: the whole crawler path – HTTP,
// robots.txt, retries machinery, parsing, policy, one SQLite transaction per app – in apps/s and
// pages/s. The project's fixture apps always; the corpus's recorded store pages too when present.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../crawler/archive/archive.ts';
import { NO_CORPUS_MESSAGE } from '../crawler/corpus.ts';
import { incompleteReason } from '../crawler/fetch/page.ts';
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
    archive.close();
    // Every open runs SQLite's quick_check first: what that costs for this archive.
    const opened = Date.now();
    const reopened = new Archive(archive.file, { readonly: true });
    const openMs = Date.now() - opened;
    reopened.close();
    const mb = statSync(archive.file).size / 1_048_576;
    results.sort((a, b) => a.apps / a.seconds - b.apps / b.seconds);
    const median = results[Math.floor(results.length / 2)]!;
    const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
    console.log(
      `crawl ${name}: ${median.apps} apps, ${median.pages} pages, ${median.requests} requests per round; ` +
        `${fmt(median.apps / median.seconds)} apps/s, ${fmt(median.pages / median.seconds)} pages/s ` +
        `(median of ${rounds} rounds, concurrency ${CONCURRENCY}, politeness off, loopback replay); ` +
        `reopening the ${mb.toFixed(1)} MB archive with quick_check: ${openMs} ms`,
    );
  } finally {
    await session.close();
    if (archive.db.open) archive.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The fetcher's check that a page arrived whole, on every recorded store page (read once, checked many times). */
function measureCompleteness(dirs: readonly string[]): void {
  const kinds: [RegExp, string][] = [[/details-/, 'play-details'], [/datasafety-/, 'play-datasafety'], [/app-.*\.html$/, 'apple-page'], [/\.json$/, 'itunes-lookup']];
  const pages = dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.join(d.parentPath, d.name))
      .map((file) => ({ kind: kinds.find(([re]) => re.test(file))?.[1], file }))
      .filter((p): p is { kind: string; file: string } => p.kind !== undefined)
      .map(({ kind, file }) => ({ kind, body: readFileSync(file, 'utf8'), contentType: kind === 'itunes-lookup' ? 'application/json' : 'text/html', contentLength: null, contentEncoding: null })),
  );
  const bytes = pages.reduce((n, p) => n + p.body.length, 0);
  const rounds = 20;
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const page of pages) if (incompleteReason(page)) throw new Error(`a recorded ${page.kind} page reads as cut off`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`completeness check: ${pages.length} recorded store pages (${(bytes / 1_048_576).toFixed(1)} MB), ${((seconds / (rounds * pages.length)) * 1000).toFixed(2)} ms per page, ${((rounds * bytes) / 1_048_576 / seconds).toFixed(0)} MB/s`);
}

export default async function run(): Promise<void> {
  measureCompleteness([FIXTURE_REPLAY_DIR, ...(corpusStorePagesDir() ? [corpusStorePagesDir()!] : [])]);
  await measure('fixtures', FIXTURE_REPLAY_DIR, 10);
  // `recorded` = the fixtures and the corpus's store pages (about 1 MB each).
  if (corpusStorePagesDir()) await measure('fixtures + corpus store pages', RECORDED_MATERIAL, 5);
  else console.log(`crawl corpus: ${NO_CORPUS_MESSAGE}`);
}
