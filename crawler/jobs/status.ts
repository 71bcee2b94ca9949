// What the archive holds, how fresh it is, and what failed: read-only queries and their text form.
import { RUBRIC_VERSION } from '../../shared/rules/index.ts';
import type { Archive } from '../archive/archive.ts';

export interface ArchiveStatus {
  file: string;
  apps: { store: string; origin: string; n: number }[];
  versions: number;
  appsWithHistory: number;
  pages: number;
  bodies: { count: number; bytes: number; gzipBytes: number };
  assessments: { rubricVersion: string; n: number }[];
  currentAssessed: number;
  currentRubric: string;
  freshness: { oldestCheck: string | null; newestCheck: string | null; oldestCapture: string | null; newestCapture: string | null };
  lastRun: { id: number; mode: string; state: string; startedAt: string; finishedAt: string | null; done: number; failed: number; pending: number } | null;
  failuresLastRun: { kind: string; fatal: number; n: number }[];
  /** Requests repeated in the last run for pages that then answered, and how many pages needed them. */
  retriesLastRun: { retries: number; pages: number };
  failuresAll: { kind: string; n: number }[];
}

export function archiveStatus(archive: Archive): ArchiveStatus {
  const db = archive.db;
  const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
  const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
  const lastRun = one<{ id: number; mode: string; state: string; started_at: string; finished_at: string | null } | undefined>(
    'SELECT id, mode, state, started_at, finished_at FROM runs ORDER BY id DESC LIMIT 1',
  );
  const counts = lastRun
    ? one<{ done: number; failed: number; pending: number }>(
        `SELECT SUM(state = 'done') AS done, SUM(state = 'failed') AS failed, SUM(state = 'pending') AS pending FROM run_apps WHERE run_id = ?`,
        lastRun.id,
      )
    : null;
  const fresh = one<{ a: string | null; b: string | null }>('SELECT MIN(last_checked) AS a, MAX(last_checked) AS b FROM listings');
  const captured = one<{ a: string | null; b: string | null }>(
    `SELECT MIN(v.captured_at) AS a, MAX(v.captured_at) AS b FROM listings l
     JOIN listing_versions v ON v.store = l.store AND v.app_id = l.app_id AND v.version = l.current_version`,
  );
  const bodies = one<{ count: number; bytes: number | null; gzip: number | null }>('SELECT COUNT(*) AS count, SUM(bytes) AS bytes, SUM(LENGTH(gzip)) AS gzip FROM bodies');
  return {
    file: archive.file,
    apps: all('SELECT store, origin, COUNT(*) AS n FROM listings GROUP BY store, origin ORDER BY store, origin'),
    versions: one<{ n: number }>('SELECT COUNT(*) AS n FROM listing_versions').n,
    appsWithHistory: one<{ n: number }>('SELECT COUNT(*) AS n FROM listings WHERE current_version > 1').n,
    pages: one<{ n: number }>('SELECT COUNT(*) AS n FROM pages').n,
    bodies: { count: bodies.count, bytes: bodies.bytes ?? 0, gzipBytes: bodies.gzip ?? 0 },
    assessments: all('SELECT rubric_version AS rubricVersion, COUNT(*) AS n FROM assessments GROUP BY rubric_version ORDER BY rubric_version'),
    currentAssessed: one<{ n: number }>(
      `SELECT COUNT(*) AS n FROM listings l JOIN assessments a ON a.store = l.store AND a.app_id = l.app_id
       AND a.version = l.current_version AND a.rubric_version = ?`,
      RUBRIC_VERSION,
    ).n,
    currentRubric: RUBRIC_VERSION,
    freshness: { oldestCheck: fresh.a, newestCheck: fresh.b, oldestCapture: captured.a, newestCapture: captured.b },
    lastRun: lastRun
      ? { id: lastRun.id, mode: lastRun.mode, state: lastRun.state, startedAt: lastRun.started_at, finishedAt: lastRun.finished_at, done: counts?.done ?? 0, failed: counts?.failed ?? 0, pending: counts?.pending ?? 0 }
      : null,
    failuresLastRun: lastRun
      ? all('SELECT kind, fatal, COUNT(*) AS n FROM failures WHERE run_id = ? GROUP BY kind, fatal ORDER BY n DESC, kind', lastRun.id)
      : [],
    failuresAll: all('SELECT kind, COUNT(*) AS n FROM failures WHERE fatal = 1 GROUP BY kind ORDER BY n DESC, kind'),
    retriesLastRun: lastRun
      ? one<{ retries: number; pages: number }>('SELECT COALESCE(SUM(attempts - 1), 0) AS retries, COUNT(*) AS pages FROM pages WHERE run_id = ? AND attempts > 1', lastRun.id)
      : { retries: 0, pages: 0 },
  };
}

/** "3 days ago", "5 hours ago", "just now". */
export function age(iso: string | null, now: Date = new Date()): string {
  if (!iso) return 'never';
  const ms = now.getTime() - Date.parse(iso);
  const hours = ms / 3_600_000;
  if (hours < 1) return ms < 120_000 ? 'just now' : `${Math.round(ms / 60_000)} minutes ago`;
  if (hours < 48) return `${Math.round(hours)} hours ago`;
  return `${Math.round(hours / 24)} days ago`;
}

function kb(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`;
}

export function formatStatus(status: ArchiveStatus, now: Date = new Date()): string[] {
  const total = status.apps.reduce((a, r) => a + r.n, 0);
  const lines = [`archive ${status.file}`];
  lines.push(`apps: ${total}${total ? ` (${status.apps.map((r) => `${r.store}/${r.origin} ${r.n}`).join(', ')})` : ''}`);
  lines.push(`listing versions: ${status.versions} (${status.appsWithHistory} apps changed since first seen)`);
  lines.push(`raw pages: ${status.pages} responses, ${status.bodies.count} distinct bodies, ${kb(status.bodies.bytes)} stored as ${kb(status.bodies.gzipBytes)} gzip`);
  lines.push(
    `assessments: ${status.currentAssessed}/${total} current listings assessed with rubric ${status.currentRubric}` +
      (status.assessments.length ? ` (all: ${status.assessments.map((a) => `${a.rubricVersion} ${a.n}`).join(', ')})` : ''),
  );
  const f = status.freshness;
  lines.push(`freshness: last checked ${age(f.newestCheck, now)} (oldest check ${age(f.oldestCheck, now)}); content captured ${f.oldestCapture?.slice(0, 10) ?? '–'} … ${f.newestCapture?.slice(0, 10) ?? '–'}`);
  if (status.lastRun) {
    const r = status.lastRun;
    lines.push(`last run ${r.id} (${r.mode}, ${r.state}, started ${age(r.startedAt, now)}): ${r.done} done, ${r.failed} failed, ${r.pending} pending`);
  } else lines.push('no crawl yet: run `mindlabel crawl`');
  if (status.failuresLastRun.length) {
    lines.push(`failures in last run: ${status.failuresLastRun.map((x) => `${x.kind} ${x.n}${x.fatal ? '' : ' (page only)'}`).join(', ')}`);
  }
  const retried = status.retriesLastRun;
  if (retried.pages) lines.push(`retries in last run: ${retried.retries} (${retried.pages} pages answered after retrying)`);
  if (status.failuresAll.length) lines.push(`failed apps, all runs: ${status.failuresAll.map((x) => `${x.kind} ${x.n}`).join(', ')}`);
  return lines;
}
