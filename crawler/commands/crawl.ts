// `mindlabel crawl`: gather listings into the archive, politely, resumably.
import { parseArgs } from 'node:util';
import type { Store } from '../../shared/schema/listing.ts';
import { Archive, DEFAULT_ARCHIVE_PATH } from '../archive/archive.ts';
import { Progress } from '../progress.ts';
import { parseFault } from '../replay/faults.ts';
import { APPLE_ID, PLAY_ID, seedTargets } from '../seeds/index.ts';
import { discover } from '../discovery/discover.ts';
import { SEARCH_TERMS } from '../discovery/terms.ts';
import { crawl, formatCrawlSummary, type CrawlTarget, type Gatherers } from '../jobs/crawl.ts';
import { normaliseAppId, openCrawlSession, storeOfId } from '../jobs/session.ts';
import { storeGatherers } from '../jobs/sources.ts';
import { probeStores, type ProbeResult } from '../jobs/probe.ts';
import { type Command, type CommandIO } from './types.ts';
import { UsageError, UserError } from '../errors.ts';

export const CRAWL_USAGE = [
  'usage: mindlabel crawl [ID…] [--store play|apple] [--region CC] [--language LL] [--replay DIR|URL|recorded]',
  '                       [--db PATH] [--limit N] [--concurrency N] [--rate SECONDS] [--timeout MS]',
  '                       [--fresh] [--no-politeness] [--no-render] [--fault SPEC]…',
  '  ID…              Play package names and/or App Store ids; default: the seed list (crawler/seeds/),',
  '                   or with --replay DIR every app the recorded material holds',
  '  --store          only this store (also tells which store bare IDs are for)',
  '  --region         storefront and crisis-line region, two letters (default gb)',
  '  --language       store language (default en)',
  '  --replay         crawl a replay of recorded pages instead of the live stores: a DIR served on',
  '                   127.0.0.1, `recorded` (the corpus store pages + the project fixtures), or the URL',
  '                   of a running replay (npx tsx crawler/replay/serve.ts)',
  `  --db             the archive (default ${DEFAULT_ARCHIVE_PATH})`,
  '  --limit N        crawl at most N apps now; the same crawl run again continues where it stopped',
  '  --concurrency N  apps in parallel (default 4; requests to one host are still spaced)',
  '  --rate SECONDS   spacing between requests to one host (default 1 live, 0 against a replay)',
  '  --timeout MS     per request (default 20000)',
  '  --fresh          start a new run instead of continuing an unfinished one',
  '  --discover       also search both stores for mental-health terms (crawler/discovery/terms.ts) and',
  '                   crawl the apps the mental-health classifier accepts; --terms a,b,c picks the terms',
  '  --no-politeness  no spacing per host – for benchmarks against a replay only',
  '  --no-render      never start the headless browser (script-only pages are read as served)',
  '  --fault SPEC     with --replay DIR: inject a fault, e.g. 429:/store/apps/details*2,retry-after=1',
  '                   or timeout:datasafety*1, 500:…, 503:…, reset:…, truncate:… (half a page, sent as whole),',
  '                   drop:… (half a page, then the connection closes), layout:id=org.example.app,',
  '                   redirect:calmsteps.example /privacy,location=URL',
].join('\n');

export interface CrawlArgs {
  ids: string[];
  store?: Store;
  region: string;
  language: string;
  replay?: string;
  db: string;
  limit?: number;
  concurrency: number;
  rateMs?: number;
  timeoutMs: number;
  fresh: boolean;
  /** Search terms to discover apps by (empty: no discovery). */
  discoverTerms: string[];
  politeness: boolean;
  render: boolean;
  faults: string[];
}

function positiveInt(value: string | undefined, name: string, allowZero = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new UsageError(`${name} must be a whole number${allowZero ? '' : ' above 0'}, got "${value}"`);
  return n;
}

export function parseCrawlArgs(args: string[]): CrawlArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        store: { type: 'string' },
        region: { type: 'string', default: 'gb' },
        language: { type: 'string', default: 'en' },
        replay: { type: 'string' },
        db: { type: 'string', default: DEFAULT_ARCHIVE_PATH },
        limit: { type: 'string' },
        concurrency: { type: 'string', default: '4' },
        rate: { type: 'string' },
        timeout: { type: 'string', default: '20000' },
        fresh: { type: 'boolean', default: false },
        discover: { type: 'boolean', default: false },
        terms: { type: 'string' },
        'no-politeness': { type: 'boolean', default: false },
        'no-render': { type: 'boolean', default: false },
        fault: { type: 'string', multiple: true, default: [] },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.store !== undefined && v.store !== 'play' && v.store !== 'apple') throw new UsageError(`--store must be play or apple, got "${v.store}"`);
  if (!/^[a-z]{2}$/i.test(v.region)) throw new UsageError(`--region must be a two-letter country code, got "${v.region}"`);
  const rate = v.rate === undefined ? undefined : Number(v.rate);
  if (rate !== undefined && !(rate >= 0)) throw new UsageError(`--rate must be seconds (0 or more), got "${v.rate}"`);
  if (v.fault.length && (v.replay === undefined || /^https?:/i.test(v.replay))) throw new UsageError('--fault needs --replay DIR');
  for (const spec of v.fault) {
    try {
      parseFault(spec);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  if (v.terms !== undefined && !v.discover) throw new UsageError('--terms needs --discover');
  const terms = v.terms === undefined ? [...SEARCH_TERMS] : v.terms.split(',').map((t) => t.trim()).filter(Boolean);
  if (v.discover && terms.length === 0) throw new UsageError('--terms needs at least one search term');
  const result: CrawlArgs = {
    ids: parsed.positionals,
    discoverTerms: v.discover ? terms : [],
    region: v.region.toLowerCase(),
    language: v.language,
    db: v.db,
    concurrency: positiveInt(v.concurrency, '--concurrency')!,
    timeoutMs: positiveInt(v.timeout, '--timeout')!,
    fresh: v.fresh,
    politeness: !v['no-politeness'],
    render: !v['no-render'],
    faults: v.fault,
  };
  if (v.store) result.store = v.store as Store;
  if (v.replay !== undefined) result.replay = v.replay;
  const limit = positiveInt(v.limit, '--limit');
  if (limit !== undefined) result.limit = limit;
  if (rate !== undefined) result.rateMs = Math.round(rate * 1000);
  return result;
}

export interface CrawlCommandDeps {
  gatherers?: Gatherers;
  probe?: () => Promise<ProbeResult>;
}

/** The apps named on the command line, checked before anything is opened. */
function givenTargets(options: CrawlArgs): CrawlTarget[] {
  return options.ids.map((id) => {
    const store = options.store ?? storeOfId(id);
    const appId = normaliseAppId(store, id);
    if (!(store === 'play' ? PLAY_ID : APPLE_ID).test(appId)) {
      throw new UsageError(`"${id}" is not ${store === 'play' ? 'a Google Play package name (com.example.app)' : 'an App Store id (digits, e.g. 6400000101)'}`);
    }
    return { store, appId };
  });
}

/** What the lock shows a second crawl of the same archive. */
function describeCrawl(options: CrawlArgs): string {
  const ids = options.ids.length ? ` ${options.ids.slice(0, 3).join(' ')}${options.ids.length > 3 ? ' …' : ''}` : '';
  return `mindlabel crawl${ids}${options.replay !== undefined ? ` --replay ${options.replay}` : ''}`;
}

/**
 * Run a crawl as the command does; returns the exit code (1 when no app could be crawled). The
 * archive is opened and locked before anything else starts, so a bad --db or a second crawl fails
 * at once; every resource is released in `finally`, whatever fails.
 */
export async function runCrawl(options: CrawlArgs, io: CommandIO, deps: CrawlCommandDeps = {}): Promise<number> {
  const given = givenTargets(options);
  const archive = new Archive(options.db);
  try {
    const lock = archive.lockForCrawl(describeCrawl(options));
    try {
      if (lock.tookOverFrom) io.stderr.write(`took over the lock of an earlier crawl that is gone (pid ${lock.tookOverFrom.pid}, started ${lock.tookOverFrom.startedAt})\n`);
      return await crawlLocked(options, given, io, deps, archive);
    } finally {
      lock.release();
    }
  } finally {
    archive.close();
  }
}

async function crawlLocked(options: CrawlArgs, given: CrawlTarget[], io: CommandIO, deps: CrawlCommandDeps, archive: Archive): Promise<number> {
  if (options.replay === undefined) {
    // Without a network every request would time out and retry: find out in seconds instead.
    const probe = await (deps.probe ?? (() => probeStores()))();
    if (!probe.reachable) {
      throw new UserError(`the stores cannot be reached (${probe.reason}): crawl recorded pages with --replay recorded, or run \`npm start\``);
    }
  }
  const session = await openCrawlSession({
    replay: options.replay,
    faults: options.faults.map(parseFault),
    ...(options.politeness ? (options.rateMs !== undefined ? { perHostIntervalMs: options.rateMs } : {}) : { perHostIntervalMs: 0 }),
    render: options.render,
    timeoutMs: options.timeoutMs,
  });
  try {
    let targets: CrawlTarget[];
    if (given.length) {
      targets = given;
    } else if (session.server) {
      targets = session.recordedApps;
    } else {
      targets = seedTargets().map(({ store, appId }) => ({ store, appId }));
    }
    if (options.discoverTerms.length) {
      const found = await discover(options.discoverTerms, (url, kind) => session.fetcher.fetchPage(url, kind), {
        ...(options.store ? { stores: [options.store] } : {}),
        region: options.region,
        language: options.language,
      });
      const known = new Set(targets.map((t) => `${t.store}:${t.appId}`));
      const added = found.accepted.filter((a) => !known.has(`${a.store}:${a.appId}`));
      targets = [...targets, ...added.map((a) => ({ store: a.store, appId: a.appId }))];
      io.stderr.write(
        `discover: ${options.discoverTerms.length} terms → ${found.accepted.length} mental-health apps (${added.length} new), ` +
          `${found.rejected.length} left out by the classifier, ${found.problems.length} search pages failed\n`,
      );
    }
    if (options.store) targets = targets.filter((t) => t.store === options.store);
    if (targets.length === 0) throw new UsageError('nothing to crawl: no app ids given and none found');
    const where = session.server ? `replay of ${session.source.replace(/^replay /, '')} on ${session.server.origin}` : session.source;
    io.stderr.write(`crawling ${targets.length} apps from ${where} into ${options.db}\n`);
    const summary = await crawl({
      archive,
      fetcher: session.fetcher,
      gatherers: deps.gatherers ?? storeGatherers,
      targets,
      region: options.region,
      language: options.language,
      source: session.source,
      concurrency: options.concurrency,
      fresh: options.fresh,
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
      progress: (total) => new Progress('crawl', total, io.stderr as NodeJS.WriteStream, { unit: 'apps' }),
    });
    for (const line of formatCrawlSummary(summary)) io.stdout.write(`${line}\n`);
    const stored = Object.values(summary.outcomes).reduce((a, b) => a + b, 0);
    return summary.processed > 0 && stored === 0 ? 1 : 0;
  } finally {
    await session.close();
  }
}

export const crawlCommand: Command = {
  name: 'crawl',
  summary: 'gather listings from the stores (or a replay) into the archive; resumable',
  usage: CRAWL_USAGE,
  async run(args, io) {
    return runCrawl(parseCrawlArgs(args), io);
  },
};
