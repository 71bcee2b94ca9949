// The main job (`npm start`): crawl → reassess → export → extension build, for the seed list.
// When the stores cannot be reached it says so in one line and runs the same pipeline on
// recorded and imported material – the corpus's store pages and exports when present, the
// project's own fixtures always – through the same replay, archive, engine and export.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Listing } from '../../shared/schema/listing.ts';
import { Archive, DEFAULT_ARCHIVE_PATH } from '../archive/archive.ts';
import type { CrawlLock } from '../archive/lock.ts';
import { corpusFile, hasCorpus, projectRoot } from '../corpus.ts';
import { importFile } from '../import/index.ts';
import { Progress } from '../progress.ts';
import { seedTargets } from '../seeds/index.ts';
import { crawl, formatCrawlSummary, type CrawlTarget, type Gatherers } from './crawl.ts';
import { DEFAULT_DATASET_PATH, buildDataset, writeDataset } from './export.ts';
import { archiveImported } from './import.ts';
import { probeStores, type ProbeResult } from './probe.ts';
import { reassess } from './reassess.ts';
import { RECORDED_MATERIAL, openCrawlSession, type CrawlSession } from './session.ts';
import { storeGatherers } from './sources.ts';

/** Listing exports in the corpus, with the capture dates its README states. */
export const CORPUS_EXPORTS: readonly { file: string; capturedAt?: string; region?: string }[] = [
  { file: 'apps/itunes-search-mental-health-apps-2026.json', capturedAt: '2026-01-15T00:00:00.000Z', region: 'us' },
  { file: 'apps/mind-rated-apps-dev.csv' },
];

export interface MainJobOptions {
  db?: string;
  out?: string;
  region?: string;
  language?: string;
  /** Run `npx wxt build` at the end (default true). */
  build?: boolean;
  probe?: () => Promise<ProbeResult>;
  /** Listing exports imported when offline (default: the corpus's, when present). */
  exports?: readonly { file: string; capturedAt?: string; region?: string }[];
  /** Start the headless browser for script-only pages (default true). */
  render?: boolean;
  gatherers?: Gatherers;
  log?: (line: string) => void;
  progressStream?: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface MainJobResult {
  mode: 'live' | 'offline';
  entries: number;
  crawlFailures: number;
  buildOk: boolean | null;
}

/** `npx wxt build` in the project, its output kept unless it fails. */
export function buildExtension(log: (line: string) => void): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (error) => {
      log(`extension build could not start: ${error.message}`);
      resolve(false);
    });
    child.on('close', (code) => {
      if (code === 0) {
        log('extension built: .output/ (npx wxt build)');
        resolve(true);
      } else {
        log(`extension build failed (npx wxt build, exit ${code}):`);
        for (const line of output.trim().split('\n').slice(-15)) log(`  ${line}`);
        resolve(false);
      }
    });
  });
}

async function importCorpusExports(archive: Archive, exports: MainJobOptions['exports'] & {}, log: (line: string) => void): Promise<void> {
  for (const item of exports) {
    const file = corpusFile(item.file);
    if (!existsSync(file)) continue;
    const result = await importFile(file, { ...(item.capturedAt ? { capturedAt: item.capturedAt } : {}), ...(item.region ? { region: item.region } : {}) });
    const summary = archiveImported(archive, result.listings as Listing[], item.file);
    const stored = Object.entries(summary.stored).map(([k, n]) => `${k} ${n}`).join(', ') || 'none new';
    log(
      `imported ${item.file}: ${result.listings.length} listings (${stored}; ${summary.keptCrawled} already crawled and ${summary.keptNewer} newer imports kept` +
        `${result.skipped.length ? `; ${result.skipped.length} records skipped` : ''})`,
    );
  }
}

export async function runMainJob(options: MainJobOptions = {}): Promise<MainJobResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const db = options.db ?? DEFAULT_ARCHIVE_PATH;
  const out = options.out ?? DEFAULT_DATASET_PATH;
  const region = options.region ?? 'gb';
  const language = options.language ?? 'en';
  // The archive first: a bad path or a damaged file stops the job before anything is started.
  const archive = new Archive(db);
  let lock: CrawlLock | null = null;
  let session: CrawlSession | null = null;
  const render = options.render ?? true;
  let mode: MainJobResult['mode'] = 'live';
  let crawlFailures = 0;
  let entries = 0;
  try {
    lock = archive.lockForCrawl('npm start (main job)');
    const probe = await (options.probe ?? (() => probeStores()))();
    mode = probe.reachable ? 'live' : 'offline';
    if (!probe.reachable) {
      log(
        `Stores unreachable (${probe.reason}): running on recorded and imported material instead – ` +
          `${hasCorpus() ? 'the corpus store pages and exports' : "the project's fixtures (no corpus found)"}; every entry says where its data came from and when.`,
      );
    }
    const opened = await openCrawlSession(probe.reachable ? { render } : { replay: RECORDED_MATERIAL, render });
    session = opened;
    // Offline, the made-up fixture apps stand in only when there is no real recorded material:
    // a dataset people use must never carry apps that do not exist.
    const realOnly = hasCorpus();
    const targets: CrawlTarget[] = probe.reachable
      ? seedTargets().map(({ store, appId }) => ({ store, appId }))
      : opened.recordedApps.filter((t) => !realOnly || opened.materialOrigin(t) !== 'fixture');
    log(`crawl: ${targets.length} apps from ${probe.reachable ? 'the live stores (seed list)' : 'the local replay of recorded pages'} into ${db}`);
    const summary = await crawl({
      archive,
      fetcher: opened.fetcher,
      gatherers: options.gatherers ?? storeGatherers,
      targets,
      region,
      language,
      source: opened.source,
      progress: (total) => new Progress('crawl', total, options.progressStream ?? process.stderr, { unit: 'apps' }),
    });
    crawlFailures = Object.values(summary.failures).reduce((a, b) => a + b, 0);
    for (const line of formatCrawlSummary(summary)) log(`  ${line}`);
    if (!probe.reachable) await importCorpusExports(archive, options.exports ?? CORPUS_EXPORTS, log);
    const assessed = reassess({ archive, progress: (total) => new Progress('reassess', total, options.progressStream ?? process.stderr, { unit: 'listings' }) });
    log(`reassess: ${assessed.assessed} listings with rubric ${assessed.rubricVersion}${assessed.failed.length ? `, ${assessed.failed.length} could not be assessed` : ''}`);
    const { dataset, notMentalHealth } = buildDataset({ archive });
    writeDataset(out, dataset);
    entries = dataset.entries.length;
    const origins = new Map<string, number>();
    for (const e of dataset.entries) {
      const origin = e.provenance.details?.origin ?? 'unknown';
      origins.set(origin, (origins.get(origin) ?? 0) + 1);
    }
    log(
      `export: ${entries} entries to ${out} (${[...origins].map(([o, n]) => `${o} ${n}`).join(', ') || 'none'})` +
        `${notMentalHealth.length ? `; ${notMentalHealth.length} listings left out as not mental-health apps` : ''}`,
    );
  } finally {
    try {
      await session?.close();
    } finally {
      lock?.release();
      archive.close();
    }
  }
  const buildOk = options.build === false ? null : await buildExtension(log);
  return { mode, entries, crawlFailures, buildOk };
}
