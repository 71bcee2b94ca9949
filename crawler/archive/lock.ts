// One crawl at a time per archive: a row in the archive names the process that crawls it. Two
// crawls of one archive would fetch every page twice – twice the requests to a live store – and
// record every failure twice. A lock whose process is gone (killed, crashed, or silent for longer
// than STALE_AFTER_MS on another machine) is stale and taken over.
import os from 'node:os';
import type Database from 'better-sqlite3';
import { ArchiveError } from './open.ts';

export const LOCK_SQL = `
CREATE TABLE IF NOT EXISTS crawl_lock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  command TEXT NOT NULL,
  started_at TEXT NOT NULL,
  beat_at TEXT NOT NULL
);`;

/** A live crawl refreshes its lock this often… */
export const BEAT_MS = 30_000;
/** …so a lock not refreshed for this long belongs to a crawl that is gone. */
export const STALE_AFTER_MS = 10 * 60_000;

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
  beatAt: string;
}

export interface CrawlLock {
  /** The stale lock this one replaced, if any (a crawl that was killed). */
  tookOverFrom: LockHolder | null;
  release(): void;
}

export interface LockOptions {
  /** What the holder is doing, as shown to a second crawl ("mindlabel crawl --replay recorded"). */
  command: string;
  pid?: number;
  host?: string;
  now?: () => Date;
  /** Whether a process of this machine is running (default: signal 0). */
  isRunning?: (pid: number) => boolean;
}

export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why a holder no longer holds the lock, or null while it does. */
export function staleReason(holder: LockHolder, here: { host: string; now: Date; isRunning: (pid: number) => boolean }): string | null {
  if (holder.host === here.host && !here.isRunning(holder.pid)) return `process ${holder.pid} is no longer running`;
  const silentMs = here.now.getTime() - Date.parse(holder.beatAt);
  if (!(silentMs <= STALE_AFTER_MS)) return `no sign of life for ${Math.round(silentMs / 60_000)} minutes`;
  return null;
}

function describeHolder(holder: LockHolder, now: Date): string {
  const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(holder.startedAt)) / 1000));
  return `pid ${holder.pid} on ${holder.host}, started ${holder.startedAt} (${seconds} s ago): ${holder.command}`;
}

/**
 * Take the archive's crawl lock, or throw an ArchiveError naming the crawl that holds it. The
 * lock is kept fresh while held and removed by release(); a killed crawl's lock goes stale.
 */
export function acquireCrawlLock(db: Database.Database, file: string, options: LockOptions): CrawlLock {
  const pid = options.pid ?? process.pid;
  const host = options.host ?? os.hostname();
  const now = options.now ?? (() => new Date());
  const isRunning = options.isRunning ?? processIsRunning;
  db.exec(LOCK_SQL);
  const take = db.transaction((): LockHolder | null => {
    const row = db.prepare('SELECT pid, host, command, started_at AS startedAt, beat_at AS beatAt FROM crawl_lock WHERE id = 1').get() as LockHolder | undefined;
    const at = now();
    const ours = row !== undefined && row.pid === pid && row.host === host;
    if (row && !ours && !staleReason(row, { host, now: at, isRunning })) {
      throw new ArchiveError(
        `archive ${file} is being crawled by another run (${describeHolder(row, at)}): one crawl at a time per archive – wait for it to finish, or stop it`,
      );
    }
    db.prepare('INSERT OR REPLACE INTO crawl_lock (id, pid, host, command, started_at, beat_at) VALUES (1, ?, ?, ?, ?, ?)').run(
      pid, host, options.command, at.toISOString(), at.toISOString(),
    );
    return row && !ours ? row : null;
  });
  // IMMEDIATE: two crawls starting at the same instant cannot both read "free".
  const tookOverFrom = take.immediate();
  const beat = setInterval(() => {
    try {
      db.prepare('UPDATE crawl_lock SET beat_at = ? WHERE id = 1 AND pid = ? AND host = ?').run(now().toISOString(), pid, host);
    } catch {
      // A busy archive misses one beat; the next one comes in BEAT_MS.
    }
  }, BEAT_MS);
  beat.unref();
  return {
    tookOverFrom,
    release() {
      clearInterval(beat);
      db.prepare('DELETE FROM crawl_lock WHERE id = 1 AND pid = ? AND host = ?').run(pid, host);
    },
  };
}
