// The archive: per-app transactions, listing history, runs that resume, assessments by rubric.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Archive, sha256 } from '../../crawler/archive/archive.ts';
import { acquireCrawlLock, staleReason } from '../../crawler/archive/lock.ts';
import { ArchiveError } from '../../crawler/archive/open.ts';
import { canonicalJson, changedFields, contentHash } from '../../crawler/archive/listing-diff.ts';
import { archiveImported } from '../../crawler/jobs/import.ts';
import type { FetchedPage } from '../../crawler/fetch/fetcher.ts';
import type { Listing } from '../../shared/schema/listing.ts';

const open: Archive[] = [];
function memoryArchive(): Archive {
  const archive = new Archive(':memory:');
  open.push(archive);
  return archive;
}
afterEach(() => {
  for (const a of open.splice(0)) a.close();
});

const base: Listing = {
  store: 'play',
  appId: 'org.example.moodharbour',
  title: 'Mood Harbour: CBT Mood Diary',
  description: 'Track your mood and learn CBT skills.',
  rating: 4.5,
  ratingCount: 2314,
  provenance: { details: { origin: 'live', url: 'https://play.google.com/store/apps/details?id=org.example.moodharbour', capturedAt: '2026-03-01T10:00:00.000Z' } },
};

function page(body: string, url = 'https://play.google.com/store/apps/details?id=org.example.moodharbour'): FetchedPage {
  return { url, status: 200, body, fetchedAt: '2026-03-01T10:00:00.000Z', kind: 'play-details', contentType: 'text/html', origin: 'live', capturedAt: '2026-03-01T10:00:00.000Z', attempts: 1, rendered: false };
}

const app = { store: 'play' as const, appId: 'org.example.moodharbour' };

describe('listing content and changes', () => {
  it.each<[string, Partial<Listing>, string[]]>([
    ['a new capture time only', { provenance: { details: { origin: 'live', capturedAt: '2026-04-01T10:00:00.000Z' } } }, []],
    ['the same fields in another key order', { ratingCount: 2314, rating: 4.5 }, []],
    ['a new rating', { rating: 4.4 }, ['rating']],
    ['a new description and rating count', { description: 'Now with sleep tracking.', ratingCount: 2400 }, ['description', 'ratingCount']],
    ['a field that appeared', { privacyPolicyUrl: 'https://moodharbour.example/privacy' }, ['privacyPolicyUrl']],
  ])('%s → changed %j', (_name, change, fields) => {
    const next = { ...base, ...change };
    expect(changedFields(base, next)).toEqual(fields);
    expect(contentHash(base) === contentHash(next)).toBe(fields.length === 0);
  });

  it('a field that disappeared is a change too', () => {
    const { rating: _r, ...withoutRating } = base;
    expect(changedFields(base, withoutRating as Listing)).toEqual(['rating']);
  });

  it('canonical JSON sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 2 } })).toBe('{"a":{"c":2,"d":[{"y":2,"z":1}]},"b":1}');
  });
});

describe('Archive', () => {
  it('stores a changed listing as a new version, an unchanged re-crawl as none', () => {
    const archive = memoryArchive();
    const run = archive.startOrResumeRun({ key: 'k', mode: 'crawl', options: {}, targets: [app] });
    const first = archive.commitApp({ runId: run.runId, ...app, pages: [page('<html>v1</html>')], pageFailures: [], listing: base, failure: null });
    expect(first).toEqual({ state: 'done', outcome: 'new', version: 1, changedFields: [] });

    const later = { ...base, provenance: { details: { origin: 'live' as const, capturedAt: '2026-04-01T10:00:00.000Z' } } };
    const again = archive.startOrResumeRun({ key: 'k2', mode: 'crawl', options: {}, targets: [app] });
    expect(archive.commitApp({ runId: again.runId, ...app, pages: [page('<html>v1</html>')], pageFailures: [], listing: later, failure: null })).toMatchObject({ outcome: 'unchanged', version: 1 });

    const third = archive.startOrResumeRun({ key: 'k3', mode: 'crawl', options: {}, targets: [app] });
    const changed = archive.commitApp({ runId: third.runId, ...app, pages: [page('<html>v2</html>')], pageFailures: [], listing: { ...base, rating: 4.2 }, failure: null, now: new Date('2026-05-01T00:00:00Z') });
    expect(changed).toEqual({ state: 'done', outcome: 'changed', version: 2, changedFields: ['rating'] });
    expect(archive.changesOf(app)).toEqual([{ version: 2, at: '2026-05-01T00:00:00.000Z', fields: ['rating'] }]);
    expect([...archive.currentListings()].map((l) => [l.version, l.listing.rating])).toEqual([[2, 4.2]]);
    // Three fetches were kept; two distinct bodies, stored once each, compressed and hashed.
    expect(archive.pagesOf(app).map((p) => p.body)).toEqual(['<html>v2</html>', '<html>v1</html>', '<html>v1</html>']);
    expect(archive.pagesOf(app)[0]!.sha256).toBe(sha256('<html>v2</html>'));
    expect((archive.db.prepare('SELECT COUNT(*) AS n FROM bodies').get() as { n: number }).n).toBe(2);
  });

  it('records a failed app with its kind and fields, and an invalid listing as a failure, not a crash', () => {
    const archive = memoryArchive();
    const other = { store: 'apple' as const, appId: '6400000101' };
    const run = archive.startOrResumeRun({ key: 'k', mode: 'crawl', options: {}, targets: [app, other] });
    const failed = archive.commitApp({
      runId: run.runId, ...app, pages: [page('<html>new layout</html>')],
      pageFailures: [{ kind: 'timeout', message: 'policy timed out', url: 'https://moodharbour.example/privacy' }],
      listing: null, failure: { kind: 'layout-changed', message: 'extraction failed: title, description', fields: ['title', 'description'] },
    });
    expect(failed).toEqual({ state: 'failed', outcome: 'layout-changed', version: null, changedFields: [] });
    const invalid = archive.commitApp({ runId: run.runId, ...other, pages: [], pageFailures: [], listing: { ...base, store: 'apple', appId: '6400000101', title: '' }, failure: null });
    expect(invalid).toMatchObject({ state: 'failed', outcome: 'invalid-listing' });
    const failures = archive.db.prepare('SELECT app_id, kind, fatal FROM failures ORDER BY id').all();
    expect(failures).toEqual([
      { app_id: app.appId, kind: 'timeout', fatal: 0 },
      { app_id: app.appId, kind: 'layout-changed', fatal: 1 },
      { app_id: other.appId, kind: 'invalid-listing', fatal: 1 },
    ]);
    const row = archive.db.prepare('SELECT state, message, missing_fields FROM run_apps WHERE app_id = ?').get(app.appId);
    expect(row).toEqual({ state: 'failed', message: 'extraction failed: title, description', missing_fields: '["title","description"]' });
    // The raw page of a failed app is kept: it is what a parser fix will be tested on.
    expect(archive.pagesOf(app)).toHaveLength(1);
    expect([...archive.currentListings()]).toHaveLength(0);
  });

  it('resumes the unfinished run with the same key, pending apps only, in order', () => {
    const archive = memoryArchive();
    const targets = ['a.one', 'b.two', 'c.three'].map((appId) => ({ store: 'play' as const, appId }));
    const run = archive.startOrResumeRun({ key: 'same', mode: 'crawl', options: {}, targets });
    expect(run).toMatchObject({ resumed: false, total: 3, pending: targets });
    archive.commitApp({ runId: run.runId, ...targets[1]!, pages: [], pageFailures: [], listing: { ...base, ...targets[1]! }, failure: null });
    const resumed = archive.startOrResumeRun({ key: 'same', mode: 'crawl', options: {}, targets });
    expect(resumed).toMatchObject({ runId: run.runId, resumed: true, total: 3, pending: [targets[0], targets[2]] });
    archive.finishRun(run.runId);
    const next = archive.startOrResumeRun({ key: 'same', mode: 'crawl', options: {}, targets });
    expect(next.runId).not.toBe(run.runId);
    expect(next.pending).toHaveLength(3);
    archive.closeOpenRuns('same');
    expect(archive.startOrResumeRun({ key: 'same', mode: 'crawl', options: {}, targets }).resumed).toBe(false);
  });

  it('rolls back everything of an app when its transaction fails half way', () => {
    const archive = memoryArchive();
    const run = archive.startOrResumeRun({ key: 'k', mode: 'crawl', options: {}, targets: [app] });
    // A page whose status violates NOT NULL makes the insert fail after the body was written.
    const broken = { ...page('<html>partial</html>'), status: null as unknown as number };
    expect(() => archive.commitApp({ runId: run.runId, ...app, pages: [page('<html>ok</html>'), broken], pageFailures: [], listing: base, failure: null })).toThrow();
    for (const table of ['bodies', 'pages', 'listings', 'listing_versions', 'failures']) {
      expect((archive.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
    expect(archive.pendingApps(run.runId)).toEqual([app]);
  });
});

describe('imported listings', () => {
  const imported = (appId: string, capturedAt: string, description: string): Listing => ({
    store: 'apple', appId, title: `App ${appId}`, description, provenance: { details: { origin: 'import', capturedAt } },
  });

  it('fill in apps not crawled; never replace crawled ones; the more recent export wins', () => {
    const archive = memoryArchive();
    const crawled = archive.startOrResumeRun({ key: 'crawl', mode: 'crawl', options: {}, targets: [{ store: 'apple', appId: '111111' }] });
    archive.commitApp({ runId: crawled.runId, store: 'apple', appId: '111111', pages: [], pageFailures: [], listing: { ...imported('111111', '2026-11-01T00:00:00.000Z', 'From the store page.'), provenance: { details: { origin: 'replay', capturedAt: '2026-11-01T00:00:00.000Z' } } }, failure: null });

    const first = archiveImported(archive, [imported('111111', '2026-01-15T00:00:00.000Z', 'Exported.'), imported('222222', '2026-01-15T00:00:00.000Z', 'January export.')], 'itunes.json');
    expect(first).toMatchObject({ stored: { new: 1 }, keptCrawled: 1, keptNewer: 0, failed: 0 });
    const older = archiveImported(archive, [imported('222222', '2025-06-01T00:00:00.000Z', 'An older export.')], 'older.csv');
    expect(older).toMatchObject({ stored: {}, keptNewer: 1 });
    const newer = archiveImported(archive, [imported('222222', '2026-03-01T00:00:00.000Z', 'March export.')], 'newer.csv');
    expect(newer).toMatchObject({ stored: { changed: 1 } });
    const current = Object.fromEntries([...archive.currentListings()].map((l) => [l.appId, l.listing.description]));
    expect(current).toEqual({ '111111': 'From the store page.', '222222': 'March export.' });
    expect(archive.originOf({ store: 'apple', appId: '222222' })).toBe('import');
  });
});

describe('the crawl lock', () => {
  const at = (iso: string) => () => new Date(iso);
  const holder = { command: 'mindlabel crawl --replay recorded', pid: 4242, host: 'crawler-1', now: at('2026-03-01T10:00:00Z'), isRunning: () => true };

  it.each<[string, Partial<typeof holder>, RegExp | null]>([
    ['the same process again', {}, null],
    ['another live process on the same machine', { pid: 5151 }, /being crawled by another run \(pid 4242 on crawler-1, started 2026-03-01T10:00:00\.000Z \(60 s ago\): mindlabel crawl --replay recorded\)/],
    ['a process on another machine whose lock is fresh', { pid: 5151, host: 'crawler-2' }, /pid 4242 on crawler-1/],
    // Stale: taken over.
    ['when the holder is no longer running', { pid: 5151, isRunning: () => false }, null],
    ['from another machine when the holder has been silent for 11 minutes', { pid: 5151, host: 'crawler-2', now: at('2026-03-01T10:11:00Z') }, null],
  ])('taking it %s', (_name, second, refused) => {
    const archive = memoryArchive();
    const first = acquireCrawlLock(archive.db, 'archive.sqlite', holder);
    expect(first.tookOverFrom).toBeNull();
    const again = () => acquireCrawlLock(archive.db, 'archive.sqlite', { ...holder, now: at('2026-03-01T10:01:00Z'), ...second });
    if (refused) {
      expect(again).toThrow(ArchiveError);
      expect(again).toThrow(refused);
      return;
    }
    const taken = again();
    if (second.pid) expect(taken.tookOverFrom).toMatchObject({ pid: 4242, host: 'crawler-1' });
    else expect(taken.tookOverFrom).toBeNull();
    taken.release();
    expect(archive.db.prepare('SELECT COUNT(*) AS n FROM crawl_lock').get()).toEqual({ n: 0 });
  });

  it('released, it is free for the next crawl', () => {
    const archive = memoryArchive();
    acquireCrawlLock(archive.db, 'archive.sqlite', holder).release();
    expect(acquireCrawlLock(archive.db, 'archive.sqlite', { ...holder, pid: 5151 }).tookOverFrom).toBeNull();
  });

  it.each([
    [{ pid: 1, host: 'h', beatAt: '2026-03-01T10:00:00Z' }, 'h', true, '2026-03-01T10:09:59Z', null],
    [{ pid: 1, host: 'h', beatAt: '2026-03-01T10:00:00Z' }, 'h', false, '2026-03-01T10:00:01Z', 'process 1 is no longer running'],
    [{ pid: 1, host: 'other', beatAt: '2026-03-01T10:00:00Z' }, 'h', false, '2026-03-01T10:05:00Z', null],
    [{ pid: 1, host: 'other', beatAt: '2026-03-01T10:00:00Z' }, 'h', true, '2026-03-01T10:20:00Z', 'no sign of life for 20 minutes'],
    [{ pid: 1, host: 'h', beatAt: 'not a date' }, 'h', true, '2026-03-01T10:00:00Z', expect.stringMatching(/no sign of life/)],
  ])('staleReason(%j) seen from %s (running: %s) at %s → %j', (lock, host, running, now, reason) => {
    expect(staleReason({ ...lock, command: 'x', startedAt: lock.beatAt }, { host, now: new Date(now), isRunning: () => running })).toEqual(reason);
  });
});

describe('opening an archive', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mindlabel-open-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each<[string, (file: string) => void, { readonly?: boolean; create?: boolean }, RegExp]>([
    ['a path with nothing there, to read', () => undefined, { create: false }, /^no archive at .*: run `mindlabel crawl` first$/],
    ['a path with nothing there, read-only', () => undefined, { readonly: true }, /^no archive at /],
    ['a folder', (file) => mkdirSync(file), {}, /is a folder, not a file/],
    ['a 0-byte file', (file) => writeFileSync(file, ''), {}, /is empty \(0 bytes\), not a MindLabel archive/],
    ['a text file', (file) => writeFileSync(file, 'SQLite format 2\n'.repeat(300)), {}, /is not a SQLite database \(file is not a database\)$/],
    ['an archive from a newer MindLabel', (file) => {
      const db = new Database(file);
      db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema_version', '99')");
      db.close();
    }, { readonly: true }, /has schema version 99; this MindLabel reads up to 1: update MindLabel$/],
  ])('refuses %s, in one line naming it', (name, make, options, message) => {
    const file = path.join(dir, name.replace(/\W+/g, '-'));
    make(file);
    const open = () => new Archive(file, options);
    expect(open).toThrow(ArchiveError);
    expect(open).toThrow(message);
    try {
      open();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('makes a new archive where there is none, folders included, and reopens it read-only', () => {
    const file = path.join(dir, 'new/nested/archive.sqlite');
    new Archive(file).close();
    const reader = new Archive(file, { readonly: true });
    expect(reader.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get()).toEqual({ value: '1' });
    reader.close();
  });
});
