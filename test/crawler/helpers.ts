// What the crawler's end-to-end tests share: the CLI run in this process, and a crawl of a replay.
import { PassThrough } from 'node:stream';
import type { Archive } from '../../crawler/archive/archive.ts';
import { main } from '../../crawler/cli.ts';
import { crawl, type CrawlSummary } from '../../crawler/jobs/crawl.ts';
import { openCrawlSession, type CrawlSession, type SessionOptions } from '../../crawler/jobs/session.ts';
import { storeGatherers } from '../../crawler/jobs/sources.ts';
import { Progress } from '../../crawler/progress.ts';

/** `mindlabel ARGV…` in this process: its exit code and what it wrote. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(argv, { stdin: new PassThrough(), stdout, stderr });
  return { code, stdout: out, stderr: err };
}

/**
 * Crawl every app a replay holds into `archive` (no browser, three apps at a time), with the
 * progress lines a person would see; the session is closed after, its request log kept.
 */
export async function crawlReplay(archive: Archive, options: SessionOptions): Promise<{ summary: CrawlSummary; session: CrawlSession; progress: string }> {
  const session = await openCrawlSession({ render: false, ...options });
  const lines: string[] = [];
  const sink = { write: (s: string) => lines.push(s), isTTY: false };
  try {
    const summary = await crawl({
      archive,
      fetcher: session.fetcher,
      gatherers: storeGatherers,
      targets: session.recordedApps,
      region: 'gb',
      language: 'en',
      source: session.source,
      concurrency: 3,
      progress: (total) => new Progress('crawl', total, sink, { unit: 'apps', interactive: false }),
    });
    return { summary, session, progress: lines.join('') };
  } finally {
    await session.close();
  }
}
