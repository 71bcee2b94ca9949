// What a crawl reads from: the live stores, or a replay of recorded pages (a directory served on
// loopback here, or the URL of a replay already running). Owns the fetcher, browser and server.
import { existsSync, statSync } from 'node:fs';
import type { Store } from '../../shared/schema/listing.ts';
import type { CrawlTarget } from './crawl.ts';
import { createFetcher, replayRewrite, type Fetcher, type RetryEvent } from '../fetch/fetcher.ts';
import { DEFAULT_BACKOFF, type BackoffPolicy } from '../fetch/backoff.ts';
import { createChromiumRenderer } from '../fetch/render.ts';
import type { Fault } from '../replay/faults.ts';
import { defaultMaterialDirs } from '../replay/dirs.ts';
import { routeKey } from '../replay/material.ts';
import { startReplayServer, type ReplayServer } from '../replay/server.ts';
import { UserError } from '../errors.ts';

/** `--replay recorded`: the corpus's store pages (when present) and the project's fixtures. */
export const RECORDED_MATERIAL = 'recorded';

export interface SessionOptions {
  /** A directory, `recorded`, or a replay URL; absent = the live stores. */
  replay?: string | undefined;
  faults?: readonly Fault[];
  /** Spacing per host (ms); default 1000 live, 0 against a local replay. */
  perHostIntervalMs?: number;
  render?: boolean;
  timeoutMs?: number;
  backoff?: BackoffPolicy;
  onRetry?: (event: RetryEvent) => void;
}

export interface CrawlSession {
  fetcher: Fetcher;
  /** `live`, or `replay <origin or dirs>`: part of the run's identity. */
  source: string;
  server: ReplayServer | null;
  /** Apps the replayed material holds (directory replays only), Apple ones with their storefront. */
  recordedApps: CrawlTarget[];
  /** Whether an app's replayed page is real recorded material or one of the project's made-up fixtures. */
  materialOrigin(target: CrawlTarget): 'recorded' | 'fixture' | null;
  close(): Promise<void>;
}

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

export async function openCrawlSession(options: SessionOptions): Promise<CrawlSession> {
  let server: ReplayServer | null = null;
  let origin: string | null = null;
  let source = 'live';
  if (options.replay !== undefined) {
    if (isUrl(options.replay)) {
      if (options.faults?.length) throw new UserError('--fault needs --replay DIR (faults are injected by the replay this command starts)');
      origin = options.replay.replace(/\/+$/, '');
      source = `replay ${origin}`;
    } else {
      const dirs = options.replay === RECORDED_MATERIAL ? defaultMaterialDirs() : [options.replay];
      for (const dir of dirs) {
        if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`--replay: no such directory: ${dir}`);
      }
      server = await startReplayServer({ dirs, faults: options.faults ?? [] });
      origin = server.origin;
      source = `replay ${dirs.join(' + ')}`;
    }
  }
  const fetcher = createFetcher({
    rewrite: origin ? replayRewrite(origin) : null,
    // A replay answers on this machine: its loopback address is the one private host allowed.
    allowPrivateHosts: origin !== null,
    perHostIntervalMs: options.perHostIntervalMs ?? (origin ? 0 : 1_000),
    renderer: options.render === false ? null : createChromiumRenderer(),
    timeoutMs: options.timeoutMs ?? 20_000,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
  });
  const recordedApps: CrawlTarget[] = server
    ? [
        ...server.index.apps.play.map((appId) => ({ store: 'play' as Store, appId })),
        ...server.index.apps.apple.map((a) => ({ store: 'apple' as Store, appId: a.id, region: a.country })),
      ]
    : [];
  const materialOrigin = (target: CrawlTarget): 'recorded' | 'fixture' | null => {
    if (!server) return null;
    const material =
      target.store === 'play'
        ? server.index.routes.get(routeKey('play.google.com', `/store/apps/details?id=${target.appId}`))
        : server.index.appleById.get(target.appId);
    return material?.origin ?? null;
  };
  return {
    fetcher,
    source,
    server,
    recordedApps,
    materialOrigin,
    async close() {
      try {
        await fetcher.close();
      } finally {
        await server?.close();
      }
    },
  };
}

/** Which store an id belongs to: Apple ids are numbers (optionally written `id123`). */
export function storeOfId(id: string): Store {
  return /^(id)?\d+$/.test(id) ? 'apple' : 'play';
}

export function normaliseAppId(store: Store, id: string): string {
  return store === 'apple' ? id.replace(/^id/, '') : id;
}
