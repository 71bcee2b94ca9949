// The crawler's SQLite archive (better-sqlite3, WAL). Everything one app's crawl produced – its
// raw pages, its listing version, its outcome in the run – is written in ONE transaction, so a
// crawl killed at any instant leaves each app either fully recorded or not at all, and resuming
// the run picks up exactly the apps still pending. An archive is checked when it opens (see
// open.ts): a damaged, empty or foreign file is refused before anything reads or writes it.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { Assessment } from '../../shared/schema/assessment.ts';
import { Listing, type Store } from '../../shared/schema/listing.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import type { FetchedPage } from '../fetch/fetcher.ts';
import { ARCHIVE_SCHEMA_VERSION, ARCHIVE_SQL } from './schema.ts';
import { canonicalJson, changedFields, contentHash } from './listing-diff.ts';
import { acquireCrawlLock, type CrawlLock } from './lock.ts';
import { openArchiveDatabase, storedJson, type OpenOptions } from './open.ts';

export interface AppRef {
  store: Store;
  appId: string;
}

export function appKey(app: AppRef): string {
  return `${app.store}:${app.appId}`;
}

export interface AppFailure {
  kind: string;
  message: string;
  url?: string;
  /** For extraction failures: the fields that could not be found. */
  fields?: string[];
  /** The listing part this failure cost (`dataSafety`, `privacyPolicy`…), when it cost one. */
  part?: string;
  /** Requests made for the page before giving up. */
  attempts?: number;
}

/** Everything one app's crawl (or import) produced, committed together. */
export interface AppRecord extends AppRef {
  runId: number;
  pages: readonly FetchedPage[];
  /** Pages that failed while the listing could still be built (e.g. a policy page that timed out). */
  pageFailures: readonly AppFailure[];
  listing: Listing | null;
  /** Why no listing was produced; null when one was. */
  failure: AppFailure | null;
  /** Where the listing came from when no page says (imports). */
  origin?: string;
  now?: Date;
}

export type AppOutcome = 'new' | 'changed' | 'unchanged';

export interface CommitResult {
  state: 'done' | 'failed';
  /** new/changed/unchanged for a stored listing, otherwise the failure kind. */
  outcome: AppOutcome | string;
  version: number | null;
  changedFields: string[];
}

export interface RunInfo {
  runId: number;
  resumed: boolean;
  total: number;
  /** Apps still to do, in their original order. */
  pending: AppRef[];
}

export interface ArchivedListing extends AppRef {
  version: number;
  listing: Listing;
  capturedAt: string;
  lastChecked: string;
}

export interface ListingChange {
  version: number;
  at: string;
  fields: string[];
}

export const DEFAULT_ARCHIVE_PATH = 'var/mindlabel.sqlite';

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The earliest capture time among the listing's parts, or null when it records none. */
function capturedAtOf(listing: Listing): string | null {
  const times = Object.values(listing.provenance ?? {})
    .map((p) => p?.capturedAt)
    .filter((t): t is string => typeof t === 'string')
    .sort();
  return times[0] ?? null;
}

export class Archive {
  readonly db: Database.Database;

  /** Opens (or, unless `create: false`, makes) the archive; throws an ArchiveError when it cannot be used. */
  constructor(readonly file: string, options: OpenOptions = {}) {
    if (!options.readonly && options.create !== false && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = openArchiveDatabase(file, options);
    if (!options.readonly) {
      this.db.pragma('journal_mode = WAL');
      // WAL + NORMAL: a committed transaction survives the process being killed (not a power cut).
      this.db.pragma('synchronous = NORMAL');
      this.db.exec(ARCHIVE_SQL);
      this.db
        .prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)')
        .run('schema_version', String(ARCHIVE_SCHEMA_VERSION));
    }
  }

  close(): void {
    this.db.close();
  }

  /** Take the one-crawl-at-a-time lock (throws naming the crawl that holds it). */
  lockForCrawl(command: string): CrawlLock {
    return acquireCrawlLock(this.db, this.file, { command });
  }

  // ── runs ────────────────────────────────────────────────────────────────────────────────────

  /**
   * Continue the unfinished run with the same key (same store, region, targets, source), or start
   * a new one listing every target as pending.
   */
  startOrResumeRun(input: { key: string; mode: string; options: unknown; targets: readonly AppRef[]; now?: Date }): RunInfo {
    const now = (input.now ?? new Date()).toISOString();
    return this.db.transaction((): RunInfo => {
      const open = this.db
        .prepare("SELECT id FROM runs WHERE key = ? AND state = 'running' ORDER BY id DESC LIMIT 1")
        .get(input.key) as { id: number } | undefined;
      if (open) {
        return { runId: open.id, resumed: true, total: this.runTotal(open.id), pending: this.pendingApps(open.id) };
      }
      const runId = Number(
        this.db
          .prepare("INSERT INTO runs (key, mode, options_json, started_at, state) VALUES (?, ?, ?, ?, 'running')")
          .run(input.key, input.mode, JSON.stringify(input.options ?? {}), now).lastInsertRowid,
      );
      const insert = this.db.prepare(
        "INSERT OR IGNORE INTO run_apps (run_id, seq, store, app_id, state) VALUES (?, ?, ?, ?, 'pending')",
      );
      input.targets.forEach((t, i) => insert.run(runId, i, t.store, t.appId));
      return { runId, resumed: false, total: this.runTotal(runId), pending: this.pendingApps(runId) };
    })();
  }

  private runTotal(runId: number): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM run_apps WHERE run_id = ?').get(runId) as { n: number }).n;
  }

  pendingApps(runId: number): AppRef[] {
    return this.db
      .prepare("SELECT store, app_id AS appId FROM run_apps WHERE run_id = ? AND state = 'pending' ORDER BY seq")
      .all(runId) as AppRef[];
  }

  /** Give up the unfinished runs with this key (a fresh crawl was asked for). */
  closeOpenRuns(key: string, now: Date = new Date()): void {
    this.db.prepare("UPDATE runs SET state = 'finished', finished_at = ? WHERE key = ? AND state = 'running'").run(now.toISOString(), key);
  }

  finishRun(runId: number, now: Date = new Date()): void {
    this.db.prepare("UPDATE runs SET state = 'finished', finished_at = ? WHERE id = ?").run(now.toISOString(), runId);
  }

  /** An app the run deliberately left alone (e.g. an import that would replace crawled data). */
  markSkipped(runId: number, app: AppRef, reason: string, now: Date = new Date()): void {
    this.db
      .prepare("UPDATE run_apps SET state = 'done', outcome = 'skipped', message = ?, finished_at = ? WHERE run_id = ? AND store = ? AND app_id = ?")
      .run(reason, now.toISOString(), runId, app.store, app.appId);
  }

  // ── one app, one transaction ────────────────────────────────────────────────────────────────

  commitApp(record: AppRecord): CommitResult {
    const now = (record.now ?? new Date()).toISOString();
    // Validate before opening the transaction: an invalid listing is a failure, not a crash.
    let listing: Listing | null = null;
    let failure = record.failure;
    if (record.listing && !failure) {
      try {
        listing = parseWith(Listing, record.listing, 'listing');
      } catch (error) {
        failure = { kind: 'invalid-listing', message: (error as Error).message };
      }
    }
    const bodies = record.pages.map((page) => {
      const buffer = Buffer.from(page.body, 'utf8');
      return { page, hash: sha256(buffer), gzip: gzipSync(buffer), bytes: buffer.length };
    });

    return this.db.transaction((): CommitResult => {
      const insertBody = this.db.prepare('INSERT OR IGNORE INTO bodies (sha256, gzip, bytes) VALUES (?, ?, ?)');
      const insertPage = this.db.prepare(
        `INSERT INTO pages (run_id, store, app_id, kind, url, status, fetched_at, captured_at, origin, attempts, rendered, content_type, sha256)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const { page, hash, gzip, bytes } of bodies) {
        insertBody.run(hash, gzip, bytes);
        insertPage.run(
          record.runId, record.store, record.appId, page.kind, page.url, page.status, page.fetchedAt,
          page.capturedAt, page.origin, page.attempts, page.rendered ? 1 : 0, page.contentType, hash,
        );
      }
      const insertFailure = this.db.prepare(
        'INSERT INTO failures (run_id, store, app_id, kind, url, message, fatal, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const f of record.pageFailures) {
        insertFailure.run(record.runId, record.store, record.appId, f.kind, f.url ?? null, f.message, 0, now);
      }

      let result: CommitResult;
      if (listing) {
        result = this.storeListing(record, listing, now);
      } else {
        const fatal = failure ?? { kind: 'no-listing', message: 'the source returned no listing' };
        insertFailure.run(record.runId, record.store, record.appId, fatal.kind, fatal.url ?? null, fatal.message, 1, now);
        result = { state: 'failed', outcome: fatal.kind, version: null, changedFields: [] };
      }
      const missing = listing?.missingFields?.length ? listing.missingFields : failure?.fields;
      this.db
        .prepare(
          `INSERT INTO run_apps (run_id, seq, store, app_id, state, outcome, message, missing_fields, pages, finished_at)
           VALUES (?, (SELECT COALESCE(MAX(seq), -1) + 1 FROM run_apps WHERE run_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (run_id, store, app_id) DO UPDATE SET state = excluded.state, outcome = excluded.outcome,
             message = excluded.message, missing_fields = excluded.missing_fields, pages = excluded.pages,
             finished_at = excluded.finished_at`,
        )
        .run(
          record.runId, record.runId, record.store, record.appId, result.state, result.outcome,
          failure?.message ?? null, missing?.length ? JSON.stringify(missing) : null, record.pages.length, now,
        );
      return result;
    })();
  }

  private storeListing(record: AppRecord, listing: Listing, now: string): CommitResult {
    const hash = contentHash(listing);
    const current = this.db
      .prepare(
        `SELECT v.version, v.content_sha256, v.listing_json FROM listings l
         JOIN listing_versions v ON v.store = l.store AND v.app_id = l.app_id AND v.version = l.current_version
         WHERE l.store = ? AND l.app_id = ?`,
      )
      .get(record.store, record.appId) as { version: number; content_sha256: string; listing_json: string } | undefined;
    const origin = listing.provenance?.details?.origin ?? record.origin ?? record.pages[0]?.origin ?? 'live';
    if (current && current.content_sha256 === hash) {
      this.db
        .prepare('UPDATE listings SET last_checked = ?, origin = ? WHERE store = ? AND app_id = ?')
        .run(now, origin, record.store, record.appId);
      return { state: 'done', outcome: 'unchanged', version: current.version, changedFields: [] };
    }
    const version = (current?.version ?? 0) + 1;
    const fields = current ? changedFields(storedJson<Listing>(this.file, current.listing_json, `the listing of ${record.store}:${record.appId}`), listing) : [];
    this.db
      .prepare(
        `INSERT INTO listing_versions (store, app_id, version, content_sha256, listing_json, changed_fields, captured_at, recorded_at, run_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(record.store, record.appId, version, hash, JSON.stringify(listing), JSON.stringify(fields),
        capturedAtOf(listing) ?? now, now, record.runId);
    this.db
      .prepare(
        `INSERT INTO listings (store, app_id, current_version, origin, first_seen, last_checked) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (store, app_id) DO UPDATE SET current_version = excluded.current_version, origin = excluded.origin,
           last_checked = excluded.last_checked`,
      )
      .run(record.store, record.appId, version, origin, now, now);
    return { state: 'done', outcome: current ? 'changed' : 'new', version, changedFields: fields };
  }

  // ── reading ─────────────────────────────────────────────────────────────────────────────────

  /** Origin of an archived app's current listing (live, replay, recorded, import, fixture), or null. */
  originOf(app: AppRef): string | null {
    const row = this.db.prepare('SELECT origin FROM listings WHERE store = ? AND app_id = ?').get(app.store, app.appId) as
      | { origin: string }
      | undefined;
    return row?.origin ?? null;
  }

  /** When the current version of an app's listing was captured, or null when not archived. */
  capturedAtOf(app: AppRef): string | null {
    const row = this.db
      .prepare(
        `SELECT v.captured_at FROM listings l JOIN listing_versions v ON v.store = l.store AND v.app_id = l.app_id
         AND v.version = l.current_version WHERE l.store = ? AND l.app_id = ?`,
      )
      .get(app.store, app.appId) as { captured_at: string } | undefined;
    return row?.captured_at ?? null;
  }

  /** The current version of one app's listing, or null when it was never archived. */
  currentListing(app: AppRef): Listing | null {
    const row = this.db
      .prepare(
        `SELECT v.version, v.listing_json FROM listings l JOIN listing_versions v ON v.store = l.store AND v.app_id = l.app_id
         AND v.version = l.current_version WHERE l.store = ? AND l.app_id = ?`,
      )
      .get(app.store, app.appId) as { version: number; listing_json: string } | undefined;
    return row ? storedJson<Listing>(this.file, row.listing_json, `the listing of ${appKey(app)} (version ${row.version})`) : null;
  }

  /** The current version of every archived listing, in a stable order. */
  *currentListings(): Generator<ArchivedListing> {
    const rows = this.db
      .prepare(
        `SELECT l.store, l.app_id, v.version, v.listing_json, v.captured_at, l.last_checked FROM listings l
         JOIN listing_versions v ON v.store = l.store AND v.app_id = l.app_id AND v.version = l.current_version
         ORDER BY l.store, l.app_id`,
      )
      .iterate() as Iterable<{ store: Store; app_id: string; version: number; listing_json: string; captured_at: string; last_checked: string }>;
    for (const row of rows) {
      yield {
        store: row.store,
        appId: row.app_id,
        version: row.version,
        listing: storedJson<Listing>(this.file, row.listing_json, `the listing of ${row.store}:${row.app_id} (version ${row.version})`),
        capturedAt: row.captured_at,
        lastChecked: row.last_checked,
      };
    }
  }

  /** What changed in each later version of an app's listing, oldest first. */
  changesOf(app: AppRef): ListingChange[] {
    const rows = this.db
      .prepare('SELECT version, recorded_at, changed_fields FROM listing_versions WHERE store = ? AND app_id = ? AND version > 1 ORDER BY version')
      .all(app.store, app.appId) as { version: number; recorded_at: string; changed_fields: string }[];
    return rows.map((r) => ({ version: r.version, at: r.recorded_at, fields: storedJson<string[]>(this.file, r.changed_fields, `what changed in version ${r.version} of ${appKey(app)}`) }));
  }

  saveAssessments(items: readonly { app: AppRef; version: number; assessment: Assessment }[]): void {
    const upsert = this.db.prepare(
      `INSERT INTO assessments (store, app_id, version, rubric_version, assessed_at, assessment_json) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (store, app_id, version, rubric_version) DO UPDATE SET assessed_at = excluded.assessed_at,
         assessment_json = excluded.assessment_json`,
    );
    this.db.transaction(() => {
      for (const { app, version, assessment } of items) {
        const valid = parseWith(Assessment, assessment, 'assessment');
        upsert.run(app.store, app.appId, version, valid.rubricVersion, valid.assessedAt, JSON.stringify(valid));
      }
    })();
  }

  assessmentOf(app: AppRef, version: number, rubricVersion: string): Assessment | null {
    const row = this.db
      .prepare('SELECT assessment_json FROM assessments WHERE store = ? AND app_id = ? AND version = ? AND rubric_version = ?')
      .get(app.store, app.appId, version, rubricVersion) as { assessment_json: string } | undefined;
    return row ? storedJson<Assessment>(this.file, row.assessment_json, `the assessment of ${appKey(app)} (version ${version})`) : null;
  }

  /** The body of an archived page, decompressed. */
  pageBody(sha: string): string | null {
    const row = this.db.prepare('SELECT gzip FROM bodies WHERE sha256 = ?').get(sha) as { gzip: Buffer } | undefined;
    return row ? gunzipSync(row.gzip).toString('utf8') : null;
  }

  /** Every archived page of an app (newest first), bodies included. */
  pagesOf(app: AppRef): { url: string; kind: string; status: number; fetchedAt: string; sha256: string; body: string }[] {
    const rows = this.db
      .prepare('SELECT url, kind, status, fetched_at, sha256 FROM pages WHERE store = ? AND app_id = ? ORDER BY id DESC')
      .all(app.store, app.appId) as { url: string; kind: string; status: number; fetched_at: string; sha256: string }[];
    return rows.map((r) => ({ url: r.url, kind: r.kind, status: r.status, fetchedAt: r.fetched_at, sha256: r.sha256, body: this.pageBody(r.sha256) ?? '' }));
  }
}

/** A stable, timestamp-free fingerprint of a value, for comparing archives. */
export function fingerprint(value: unknown): string {
  return sha256(canonicalJson(value));
}
