// The crawl: for each app of a run, gather its listing through the polite fetcher and commit
// everything it produced in one transaction. Apps run concurrently (the fetcher spaces requests
// per host); a failure of one app is recorded and the crawl goes on. A part that failed for a
// passing reason keeps its last good version (last-good.ts): a bad day never shrinks a listing.
import { createHash } from 'node:crypto';
import type { Listing, Store } from '../../shared/schema/listing.ts';
import { appKey, type AppFailure, type AppRef, type Archive } from '../archive/archive.ts';
import { FetchError, isPassing } from '../errors.ts';
import type { FetchPage, FetchedPage, Fetcher } from '../fetch/fetcher.ts';
import type { Progress } from '../progress.ts';
import { archivablePage } from '../sources/reviews.ts';
import { keepLastGood } from './last-good.ts';
import { classifyFailure, stampProvenance } from './outcome.ts';

export interface GatherContext {
  fetchPage: FetchPage;
  /** Two-letter storefront, lower case ("gb"). */
  region: string;
  language: string;
}

/** One app's listing, and the parts that failed while it could still be built. */
export interface GatheredApp {
  listing: Listing;
  partFailures: AppFailure[];
}

/** Gathers one app's listing from its store (details, data safety / privacy label, policy…). */
export type GatherApp = (appId: string, context: GatherContext) => Promise<GatheredApp>;
export type Gatherers = Record<Store, GatherApp>;

/** An app to crawl; `region` overrides the crawl's for this app (e.g. a recorded page's storefront). */
export interface CrawlTarget extends AppRef {
  region?: string;
}

export interface CrawlOptions {
  archive: Archive;
  fetcher: Fetcher;
  gatherers: Gatherers;
  targets: readonly CrawlTarget[];
  region: string;
  language: string;
  /** What the run reads from (live, or the replay origin) – part of the run's identity. */
  source: string;
  concurrency?: number;
  /** Do at most this many apps now; the run stays open and the next crawl continues it. */
  limit?: number;
  /** Start a new run even when an unfinished one with the same targets exists. */
  fresh?: boolean;
  progress?: (total: number) => Progress;
  onApp?: (app: AppRef, result: { state: string; outcome: string; message?: string }) => void;
}

export interface CrawlSummary {
  runId: number;
  resumed: boolean;
  total: number;
  alreadyDone: number;
  processed: number;
  remaining: number;
  /** new / changed / unchanged listings. */
  outcomes: Record<string, number>;
  /** Apps that produced no listing, by kind. */
  failures: Record<string, number>;
  /** Pages that failed while the app's listing was still built, by kind. */
  pageFailures: Record<string, number>;
  pages: number;
  requests: number;
  /** Requests repeated after a timeout, 429, 5xx or cut page, and how many pages answered after them. */
  retries: number;
  retriedPages: number;
  elapsedMs: number;
}

/** The identity of a run: same targets, region, language and source → resume the unfinished one. */
export function runKey(input: { targets: readonly CrawlTarget[]; region: string; language: string; source: string }): string {
  const text = JSON.stringify([input.targets.map((t) => (t.region ? `${appKey(t)}@${t.region}` : appKey(t))), input.region, input.language, input.source]);
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

function count(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** Gather one app; never throws. */
async function gatherOne(
  app: AppRef,
  region: string,
  options: CrawlOptions,
): Promise<{ pages: FetchedPage[]; pageFailures: AppFailure[]; listing: Listing | null; failure: AppFailure | null }> {
  const pages: FetchedPage[] = [];
  const pageFailures: AppFailure[] = [];
  const thrown = new Set<unknown>();
  const fetchPage: FetchPage = async (url, kind, request) => {
    try {
      const page = await options.fetcher.fetchPage(url, kind, request);
      // Review responses carry reviewer names: the archive keeps only the name-free reviews.
      pages.push(archivablePage(page));
      return page;
    } catch (error) {
      if (error instanceof FetchError) {
        thrown.add(error);
        pageFailures.push({ kind: error.kind, message: error.message, url: error.url, attempts: error.attempts });
      }
      throw error;
    }
  };
  try {
    const gather = options.gatherers[app.store];
    const gathered = await gather(app.appId, { fetchPage, region, language: options.language });
    // A fetch error the source reported as a part failure is counted once, as the source named it;
    // one it did not report (a source that read on without it) still gets its row.
    const unreported = pageFailures.filter((p) => !gathered.partFailures.some((f) => f.url === p.url && f.kind === p.kind));
    const kept = keepLastGood(options.archive.currentListing(app), stampProvenance(gathered.listing, pages), [...gathered.partFailures, ...unreported]);
    return { pages, pageFailures: kept.partFailures, listing: kept.listing, failure: kept.failure };
  } catch (error) {
    const failure = classifyFailure(error);
    // The fatal error is counted once, as the app's failure, not also as a page failure.
    const rest = thrown.has(error) ? pageFailures.filter((f) => !(f.url === failure.url && f.kind === failure.kind)) : pageFailures;
    return { pages, pageFailures: rest, listing: null, failure };
  }
}

export async function crawl(options: CrawlOptions): Promise<CrawlSummary> {
  const started = Date.now();
  const { archive } = options;
  const key = runKey(options);
  if (options.fresh) archive.closeOpenRuns(key);
  const run = archive.startOrResumeRun({
    key,
    mode: 'crawl',
    options: { region: options.region, language: options.language, source: options.source, apps: options.targets.length },
    targets: options.targets,
  });
  const todo = options.limit !== undefined ? run.pending.slice(0, options.limit) : run.pending;
  const summary: CrawlSummary = {
    runId: run.runId,
    resumed: run.resumed,
    total: run.total,
    alreadyDone: run.total - run.pending.length,
    processed: 0,
    remaining: run.pending.length,
    outcomes: {},
    failures: {},
    pageFailures: {},
    pages: 0,
    requests: 0,
    retries: 0,
    retriedPages: 0,
    elapsedMs: 0,
  };
  const regions = new Map(options.targets.map((t) => [appKey(t), t.region ?? options.region]));
  const requestsBefore = options.fetcher.requests;
  const progress = options.progress?.(todo.length);
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const app = todo[next++]!;
      const gathered = await gatherOne(app, regions.get(appKey(app)) ?? options.region, options);
      const result = archive.commitApp({ runId: run.runId, ...app, ...gathered });
      summary.processed++;
      summary.remaining--;
      summary.pages += gathered.pages.length;
      for (const page of gathered.pages) {
        summary.retries += page.attempts - 1;
        if (page.attempts > 1) summary.retriedPages++;
      }
      for (const f of [...gathered.pageFailures, ...(gathered.failure ? [gathered.failure] : [])]) summary.retries += Math.max(0, (f.attempts ?? 1) - 1);
      for (const f of gathered.pageFailures) {
        count(summary.pageFailures, f.kind);
        // A bad day on the network is said as it happens, not only in the summary.
        if (isPassing(f.kind)) progress?.note(`  ${appKey(app)}: ${f.kind} – ${f.message}`);
      }
      if (result.state === 'done') count(summary.outcomes, result.outcome);
      else count(summary.failures, result.outcome);
      const message = gathered.failure?.message;
      options.onApp?.(app, { state: result.state, outcome: result.outcome, ...(message ? { message } : {}) });
      if (result.state === 'failed') progress?.note(`  ${appKey(app)}: ${result.outcome} – ${message ?? ''}`.trimEnd());
      progress?.tick(result.state === 'failed');
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, todo.length || 1)) }, worker));
  if (summary.remaining === 0) archive.finishRun(run.runId);
  progress?.finish();
  summary.requests = options.fetcher.requests - requestsBefore;
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/** The end-of-crawl lines: what was done and what failed, by kind. */
export function formatCrawlSummary(summary: CrawlSummary): string[] {
  const byKind = (record: Record<string, number>) =>
    Object.entries(record)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  const failed = Object.values(summary.failures).reduce((a, b) => a + b, 0);
  const lines = [
    `run ${summary.runId}${summary.resumed ? ` (resumed: ${summary.alreadyDone} of ${summary.total} apps were already done)` : ''}: ` +
      `${summary.processed} apps crawled, ${summary.pages} pages, ${summary.requests} requests in ${(summary.elapsedMs / 1000).toFixed(1)} s`,
    `listings: ${byKind(summary.outcomes) || 'none'}`,
    `failed apps: ${failed}${failed ? ` (${byKind(summary.failures)})` : ''}`,
  ];
  if (Object.keys(summary.pageFailures).length) lines.push(`pages that failed but the listing was kept: ${byKind(summary.pageFailures)}`);
  if (summary.retries) lines.push(`retries: ${summary.retries} (${summary.retriedPages} pages answered after retrying)`);
  if (summary.remaining > 0) lines.push(`${summary.remaining} apps still to do: run the same crawl again to continue`);
  return lines;
}
