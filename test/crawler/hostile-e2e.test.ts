// Hostile pages and unlucky networks, end to end on the real HTTP path: the crawler against the
// loopback replay with faults injected, the commands as a person runs them, a second crawl at
// the same time, damaged archives and hostile exports. One block per way it once went wrong.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, closeSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../crawler/archive/archive.ts';
import { projectRoot } from '../../crawler/corpus.ts';
import { createFetcher, replayRewrite } from '../../crawler/fetch/fetcher.ts';
import { crawl, type CrawlSummary } from '../../crawler/jobs/crawl.ts';
import { buildDataset } from '../../crawler/jobs/export.ts';
import { archiveImported } from '../../crawler/jobs/import.ts';
import { reassess } from '../../crawler/jobs/reassess.ts';
import type { SessionOptions } from '../../crawler/jobs/session.ts';
import { storeGatherers } from '../../crawler/jobs/sources.ts';
import { FIXTURE_REPLAY_DIR } from '../../crawler/replay/dirs.ts';
import { APPLE_APPS, PLAY_APPS } from '../../crawler/replay/fixtures/apps.ts';
import { startReplayServer, type ReplayServer } from '../../crawler/replay/server.ts';
import { Dataset } from '../../shared/schema/dataset.ts';
import { Listing } from '../../shared/schema/listing.ts';
import { cli, crawlReplay } from './helpers.ts';

const BIN = path.join(projectRoot, 'crawler/bin/mindlabel.js');
const IDS = [...PLAY_APPS.map((a) => a.id), ...APPLE_APPS.map((a) => a.id)];
const FAST = { baseMs: 10, factor: 2, maxMs: 50, jitter: 0.5, maxAttempts: 3, maxRetryAfterMs: 5_000 };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mindlabel-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Crawl the fixture apps through a replay session into `archive`, quick to retry. */
function crawlFixtures(archive: Archive, options: Partial<SessionOptions> = {}) {
  return crawlReplay(archive, { replay: FIXTURE_REPLAY_DIR, timeoutMs: 2_000, backoff: FAST, ...options });
}

/** The CLI as its own process; killed (code null) when it has not ended within `limitMs`. */
function cliProcess(args: string[], limitMs = 30_000): { done: Promise<{ code: number | null; stdout: string; stderr: string }>; pid: number } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: projectRoot, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  return { done, pid: child.pid! };
}

function rows<T = Record<string, unknown>>(archive: Archive, sql: string, ...params: unknown[]): T[] {
  return archive.db.prepare(sql).all(...params) as T[];
}

describe('1. a page cut off in transit never replaces good data', () => {
  let archive: Archive;
  let second: CrawlSummary;
  let before: Record<string, Listing>;
  const MOOD = 'org.example.moodharbour';
  const SLEEP = 'org.example.sleepwellnights';
  const CALM = '6400000202';

  beforeAll(async () => {
    archive = new Archive(path.join(dir, 'truncated.sqlite'));
    await crawlFixtures(archive);
    before = Object.fromEntries([...archive.currentListings()].map((l) => [l.appId, l.listing]));
    // Every attempt at these pages arrives cut: the details page of one app, the data-safety page
    // of another, the reviews feed (JSON) of a third, and a lookup whose connection drops.
    second = (
      await crawlFixtures(archive, {
        faults: [
          { kind: 'truncate', match: `details?id=${MOOD}` },
          { kind: 'truncate', match: `datasafety?id=${SLEEP}` },
          { kind: 'truncate', match: `customerreviews/page=1/id=${CALM}` },
          { kind: 'drop', match: 'itunes.apple.com /lookup?id=6400000101' },
        ],
      })
    ).summary;
  }, 60_000);
  afterAll(() => archive.close());

  it('stores no new listing version from a cut page: every listing is as good as before', () => {
    expect(second.outcomes).toEqual({ unchanged: 5 });
    expect(rows(archive, 'SELECT COUNT(*) AS n FROM listing_versions')).toEqual([{ n: 6 }]);
    const after = Object.fromEntries([...archive.currentListings()].map((l) => [l.appId, l.listing]));
    expect(after[MOOD]).toEqual(before[MOOD]);
    expect(after[MOOD]).toMatchObject({ description: expect.stringContaining('randomised controlled trial'), privacyPolicyUrl: 'https://moodharbour.example/privacy', installs: '100,000+' });
    expect(after[SLEEP]!.dataSafety).toEqual(before[SLEEP]!.dataSafety);
    expect(after[SLEEP]!.dataSafety!.detailed).toBe(true);
    expect(after[CALM]!.reviews).toEqual(before[CALM]!.reviews);
  });

  it('records each cut page as truncated, never as a changed layout', () => {
    // (The fixtures' standing failures – a policy robots.txt keeps off limits, one that is not a policy – aside.)
    const failures = rows(archive, "SELECT app_id, kind, fatal, message FROM failures WHERE run_id = ? AND kind NOT IN ('robots-disallowed', 'not-a-policy') ORDER BY app_id, url", second.runId);
    expect(failures).toEqual([
      { app_id: '6400000101', kind: 'truncated', fatal: 0, message: expect.stringMatching(/^itunesLookup: the connection closed before the end of the body .* after 3 attempts/) },
      { app_id: CALM, kind: 'truncated', fatal: 0, message: expect.stringMatching(/^reviews: JSON cut off after \d+ characters after 3 attempts: .*; kept the last good reviews \(captured /) },
      { app_id: MOOD, kind: 'truncated', fatal: 1, message: expect.stringMatching(/^page cut off after \d+ characters \(no <\/html>\) after 3 attempts/) },
      { app_id: SLEEP, kind: 'truncated', fatal: 0, message: expect.stringMatching(/^dataSafety: page cut off .*; kept the last good dataSafety \(captured 2026-/) },
    ]);
  });
});

describe('2. a Retry-After above the cap gives that page up without freezing its host', () => {
  it('crawls the host’s other apps at once and says so in the progress output', async () => {
    const archive = new Archive(path.join(dir, 'retry-after.sqlite'));
    try {
      // Ten minutes asked for; a crawl waits at most 5 s (FAST). Paused, the host would hold every Play page for 600 s.
      const { summary, progress } = await crawlFixtures(archive, { faults: [{ kind: '429', match: 'details?id=org.example.moodharbour', retryAfter: '600' }] });
      expect(summary.failures).toEqual({ 'rate-limited': 1 });
      expect(summary.outcomes).toEqual({ new: 5 });
      expect(progress).toMatch(/play:org\.example\.moodharbour: rate-limited – HTTP 429 asked to wait 600 s \(Retry-After\), more than the 5 s a crawl waits: given up without pausing play\.google\.com/);
    } finally {
      archive.close();
    }
  }, 60_000);
});

describe('3. an archive that cannot be opened stops the crawl at once', () => {
  it.each<[string, (file: string) => void, RegExp]>([
    ['--db naming a folder', (file) => mkdirSync(file), /^mindlabel crawl: archive .*folder-db is a folder, not a file: give --db the path of an archive file$/],
    ['--db naming a file that is not SQLite', (file) => writeFileSync(file, 'appName,description\nnot,an archive\n'.repeat(200)), /^mindlabel crawl: archive .*text-db is not a SQLite database \(file is not a database\)$/],
  ])('%s: one line, exit 1, nothing left running', async (name, make, message) => {
    const file = path.join(dir, name.includes('folder') ? 'folder-db' : 'text-db');
    make(file);
    const { code, stderr } = await cliProcess(['crawl', '--replay', FIXTURE_REPLAY_DIR, '--db', file, '--no-render']).done;
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  }, 45_000);
});

describe('4. one crawl at a time per archive', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    // Slow answers keep the first crawl busy while the second one starts.
    server = await startReplayServer({ dirs: [FIXTURE_REPLAY_DIR], latencyMs: 150 });
  });
  afterAll(() => server.close());

  const args = (db: string) => ['crawl', ...IDS, '--replay', server.origin, '--db', db, '--no-render', '--concurrency', '1'];

  function hasRun(db: string): boolean {
    try {
      const conn = new Database(db, { readonly: true, fileMustExist: true });
      try {
        return (conn.prepare('SELECT COUNT(*) AS n FROM runs').get() as { n: number }).n > 0;
      } finally {
        conn.close();
      }
    } catch {
      return false;
    }
  }

  it('a second crawl of the same archive stops, naming the crawl that runs; nothing is fetched twice', async () => {
    const db = path.join(dir, 'two-crawls.sqlite');
    const first = cliProcess(args(db), 60_000);
    while (!hasRun(db)) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await cliProcess(args(db), 60_000).done;
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toMatch(
      new RegExp(`^mindlabel crawl: archive .*two-crawls\\.sqlite is being crawled by another run \\(pid ${first.pid} on .*, started .*: mindlabel crawl org\\.example\\.moodharbour .* --replay http://127\\.0\\.0\\.1:\\d+\\): one crawl at a time per archive`),
    );
    expect((await first.done).code).toBe(0);
    const details = server.requests.filter((r) => r.path.startsWith('/store/apps/details'));
    expect(details).toHaveLength(PLAY_APPS.length);
    const archive = new Archive(db);
    try {
      expect(rows(archive, 'SELECT store, app_id, kind, COUNT(*) AS n FROM pages GROUP BY store, app_id, kind, url HAVING n > 1 AND kind != ?', 'play-reviews')).toEqual([]);
    } finally {
      archive.close();
    }
  }, 90_000);

  it('a lock left by a crawl that is gone (kill -9) is taken over, saying so', async () => {
    const db = path.join(dir, 'stale-lock.sqlite');
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.on('close', resolve));
    const archive = new Archive(db);
    archive.db.exec('CREATE TABLE IF NOT EXISTS crawl_lock (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, host TEXT NOT NULL, command TEXT NOT NULL, started_at TEXT NOT NULL, beat_at TEXT NOT NULL)');
    const now = new Date().toISOString();
    archive.db.prepare('INSERT INTO crawl_lock VALUES (1, ?, ?, ?, ?, ?)').run(gone.pid, os.hostname(), 'mindlabel crawl (killed)', now, now);
    archive.close();
    const result = await cli('crawl', '--replay', FIXTURE_REPLAY_DIR, '--db', db, '--no-render', '--store', 'play');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`took over the lock of an earlier crawl that is gone (pid ${gone.pid}, started ${now})`);
  }, 60_000);
});

describe('5. failure kinds say what happened; every failed part has a row; retries show', () => {
  let archive: Archive;
  let runId: number;
  const db = () => path.join(dir, 'kinds.sqlite');

  beforeAll(async () => {
    archive = new Archive(db());
    const { summary } = await crawlFixtures(archive, {
      faults: [
        { kind: '500', match: 'calmsteps.example /privacy' },
        { kind: '429', match: 'datasafety?id=org.example.sleepwellnights', retryAfter: '0' },
        { kind: '503', match: 'itunes.apple.com /lookup?id=6400000101' },
        // Answers on the second attempt: a retry that succeeded.
        { kind: '500', match: 'details?id=org.example.brightsidejournal', times: 1 },
      ],
    });
    runId = summary.runId;
  }, 60_000);
  afterAll(() => archive.close());

  it('429, 500 and 503 after retries are rate-limited and server-error, the lookup included', () => {
    const failures = rows(archive, "SELECT app_id, kind, url, fatal FROM failures WHERE run_id = ? AND kind NOT IN ('robots-disallowed', 'not-a-policy') ORDER BY app_id", runId);
    expect(failures).toEqual([
      { app_id: '6400000101', kind: 'server-error', url: 'https://itunes.apple.com/lookup?id=6400000101&country=gb&entity=software', fatal: 0 },
      { app_id: '6400000202', kind: 'server-error', url: 'https://calmsteps.example/privacy', fatal: 0 },
      { app_id: 'org.example.sleepwellnights', kind: 'rate-limited', url: expect.stringContaining('/store/apps/datasafety?id=org.example.sleepwellnights'), fatal: 0 },
    ]);
  });

  it('`mindlabel status` shows the failures by kind and the retries that succeeded', async () => {
    const status = await cli('status', '--db', db());
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^failures in last run: server-error 2 \(page only\), not-a-policy 1 \(page only\), rate-limited 1 \(page only\), robots-disallowed 1 \(page only\)$/m);
    expect(status.stdout).toMatch(/^retries in last run: 1 \(1 pages answered after retrying\)$/m);
  });
});

describe('6. damaged and empty archives get one line and a non-zero exit from every command', () => {
  const COMMANDS = ['crawl', 'reassess', 'export', 'status'] as const;
  const argsFor = (command: string, db: string) =>
    command === 'crawl' ? [command, '--replay', FIXTURE_REPLAY_DIR, '--db', db, '--no-render', '--store', 'play'] : [command, '--db', db, ...(command === 'export' ? ['--out', path.join(dir, 'never.json')] : [])];
  const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

  /** A crawled archive whose listing_versions table has a page of garbage where its b-tree starts. */
  async function damagedArchive(file: string): Promise<void> {
    const archive = new Archive(file);
    await crawlFixtures(archive);
    const root = (archive.db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'listing_versions'").get() as { rootpage: number }).rootpage;
    const pageSize = archive.db.pragma('page_size', { simple: true }) as number;
    archive.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, (root - 1) * pageSize);
    closeSync(fd);
  }
  const damaged = () => path.join(dir, 'damaged.sqlite');
  beforeAll(() => damagedArchive(damaged()), 60_000);

  it.each(COMMANDS)('%s refuses a damaged archive, naming it and what SQLite found, and writes nothing to it', async (command) => {
    const file = damaged();
    const before = sha(file);
    const result = await cli(...argsFor(command, file));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^mindlabel ${command}: archive .*damaged\\.sqlite is damaged: SQLite's quick_check found .* problem\\(s\\), the first "Tree \\d+ page \\d+: .*": restore a copy, or crawl into a new file$`)),
    ]);
    expect(sha(file)).toBe(before);
  }, 60_000);

  it.each(COMMANDS)('%s refuses an empty (0-byte) archive', async (command) => {
    const file = path.join(dir, `empty-${command}.sqlite`);
    writeFileSync(file, '');
    const result = await cli(...argsFor(command, file));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([`mindlabel ${command}: archive ${file} is empty (0 bytes), not a MindLabel archive: remove it, or give --db another file`]);
  });

  it.each(COMMANDS)('%s refuses a SQLite database that is not a MindLabel archive', async (command) => {
    const file = path.join(dir, `foreign-${command}.sqlite`);
    const other = new Database(file);
    other.exec('CREATE TABLE contacts (name TEXT, phone TEXT)');
    other.close();
    const result = await cli(...argsFor(command, file));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`mindlabel ${command}: ${file} is a SQLite database but not a MindLabel archive (no schema_version in a meta table)`);
  });

  it('export names the row whose stored JSON does not parse', async () => {
    const file = path.join(dir, 'bad-json.sqlite');
    const archive = new Archive(file);
    await crawlFixtures(archive);
    reassess({ archive });
    archive.db.prepare("UPDATE listing_versions SET listing_json = substr(listing_json, 1, 40) WHERE app_id = 'org.example.sleepwellnights'").run();
    archive.close();
    const result = await cli('export', '--db', file, '--out', path.join(dir, 'bad.json'));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^mindlabel export: archive .*bad-json\.sqlite is damaged: the listing of play:org\.example\.sleepwellnights \(version 1\) is not valid JSON \(/);
  }, 60_000);
});

describe('7. unsafe addresses never reach a listing or the dataset', () => {
  const HOSTILE = {
    resultCount: 1,
    results: [
      {
        kind: 'software',
        trackId: 1234567890,
        trackName: 'Steady: CBT for Anxiety',
        description: 'Learn CBT skills for anxiety, track your mood and talk to a therapist.',
        primaryGenreName: 'Health & Fitness',
        trackViewUrl: 'javascript:alert(6)',
        sellerUrl: 'javascript:alert(7)',
      },
    ],
  };

  it('an import drops them, saying why; the dataset carries the store’s own https address', async () => {
    const file = path.join(dir, 'hostile.json');
    const out = path.join(dir, 'hostile.jsonl');
    writeFileSync(file, JSON.stringify(HOSTILE));
    const imported = await cli('import', file, '--out', out, '--region', 'gb');
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/record 1: url: expected an https: address: left out/);
    expect(imported.stderr).toMatch(/record 1: developerWebsite: expected an https: or http: address: left out/);
    const listings = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Listing);
    const archive = new Archive(path.join(dir, 'hostile.sqlite'));
    try {
      archiveImported(archive, listings, 'hostile.json');
      reassess({ archive });
      const { dataset } = buildDataset({ archive, includeAll: true });
      expect(JSON.stringify(dataset)).not.toMatch(/javascript:/);
      expect(dataset.entries.map((e) => [e.url, e.provenance.details?.url])).toEqual([['https://apps.apple.com/gb/app/id1234567890', 'https://apps.apple.com/gb/app/id1234567890']]);
    } finally {
      archive.close();
    }
  });

  const listing = { store: 'apple', appId: '1234567890', title: 'Steady', description: 'CBT.' };
  const at = '2026-01-15T00:00:00.000Z';
  it.each<[string, Record<string, unknown>, boolean]>([
    ['a javascript: store address', { url: 'javascript:alert(6)' }, false],
    ['a plain-http store address', { url: 'http://apps.apple.com/gb/app/id1234567890' }, false],
    ['a javascript: developer site', { developerWebsite: 'javascript:alert(6)' }, false],
    ['a file: privacy policy', { privacyPolicyUrl: 'file:///etc/passwd' }, false],
    ['a data: address in provenance', { provenance: { details: { origin: 'import', url: 'data:text/html,x', capturedAt: at } } }, false],
    ['a store part read over plain http', { provenance: { details: { origin: 'live', url: 'http://apps.apple.com/gb/app/id1234567890', capturedAt: at } } }, false],
    ['a rating of 1e308', { rating: 1e308 }, false],
    ['a rating count of -1', { ratingCount: -1 }, false],
    // Must be accepted:
    ['an https store address', { url: 'https://apps.apple.com/gb/app/id1234567890' }, true],
    ['a developer site and policy on plain http', { developerWebsite: 'http://steady.example', privacyPolicyUrl: 'http://steady.example/privacy' }, true],
    ['a policy read over plain http', { provenance: { privacyPolicy: { origin: 'live', url: 'http://steady.example/privacy', capturedAt: at } } }, true],
    ['a rating of 0–5 and a count of 0', { rating: 4.6, ratingCount: 0 }, true],
    ['no rating yet', { rating: null, ratingCount: null }, true],
  ])('the listing schema: %s → valid %s', (_name, extra, valid) => {
    expect(Listing.safeParse({ ...listing, ...extra }).success).toBe(valid);
  });

  it('the dataset schema refuses an entry with an unsafe address', () => {
    const archive = new Archive(':memory:');
    try {
      const run = archive.startOrResumeRun({ key: 'k', mode: 'import', options: {}, targets: [{ store: 'apple', appId: '1234567890' }] });
      archive.commitApp({ runId: run.runId, store: 'apple', appId: '1234567890', pages: [], pageFailures: [], listing: { ...listing, provenance: { details: { origin: 'import', capturedAt: at } } } as Listing, failure: null });
      reassess({ archive });
      const { dataset } = buildDataset({ archive, includeAll: true });
      expect(Dataset.safeParse(dataset).success).toBe(true);
      const hostile = { ...dataset, entries: dataset.entries.map((e) => ({ ...e, url: 'javascript:alert(6)' })) };
      expect(Dataset.safeParse(hostile).success).toBe(false);
    } finally {
      archive.close();
    }
  });
});

describe('8. imports that read nothing fail; impossible numbers are refused; no crawl reaches a private address', () => {
  it('an export whose every record is invalid exits 1, saying nothing valid was read', async () => {
    const file = path.join(dir, 'all-invalid.json');
    writeFileSync(file, JSON.stringify({ results: [{ kind: 'software', trackName: 'No id' }, { kind: 'software', trackId: 1, trackName: 'No description' }] }));
    const result = await cli('import', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^mindlabel import: no valid listing in .*all-invalid\.json \(2 records skipped\)$/m);
  });

  it('an export with a rating of 1e308 and a count of -1 keeps the app without them, saying why', async () => {
    const file = path.join(dir, 'numbers.json');
    writeFileSync(file, JSON.stringify({ results: [{ kind: 'software', trackId: 1234567890, trackName: 'Steady', description: 'CBT skills.', averageUserRating: 1e308, userRatingCount: -1 }] }));
    const result = await cli('import', file);
    expect(result.code).toBe(0);
    const listing = JSON.parse(result.stdout) as Listing;
    expect([listing.appId, listing.rating, listing.ratingCount]).toEqual(['1234567890', undefined, undefined]);
    expect(result.stderr).toMatch(/record 1: rating: too big \(maximum 5\), got number 1e\+308: left out/);
    expect(result.stderr).toMatch(/record 1: ratingCount: too small or empty \(minimum 0\), got number -1: left out/);
  });

  it('a policy link to a link-local address, and a policy redirecting into a private network, are refused unfetched', async () => {
    // Mood Harbour's page links its policy to the cloud metadata address; Calm Steps' policy
    // redirects to an intranet host. Names resolve through a table standing in for DNS.
    const material = path.join(dir, 'hostile-material');
    cpSync(FIXTURE_REPLAY_DIR, material, { recursive: true });
    const details = path.join(material, 'play/details-org.example.moodharbour.html');
    writeFileSync(details, readFileSync(details, 'utf8').replaceAll('https://moodharbour.example/privacy', 'http://169.254.169.254/latest/meta-data/'));
    const server = await startReplayServer({ dirs: [material], faults: [{ kind: 'redirect', match: 'calmsteps.example /privacy', location: 'http://intranet.example/admin' }] });
    const dns: Record<string, string[]> = { 'intranet.example': ['10.0.0.7'] };
    const fetcher = createFetcher({
      rewrite: replayRewrite(server.origin),
      allowPrivateHosts: false,
      resolveHost: async (host) => dns[host] ?? ['93.184.215.14'],
      perHostIntervalMs: 0,
      renderer: null,
      backoff: FAST,
    });
    const archive = new Archive(path.join(dir, 'private.sqlite'));
    try {
      const summary = await crawl({ archive, fetcher, gatherers: storeGatherers, targets: [{ store: 'play', appId: 'org.example.moodharbour' }, { store: 'apple', appId: '6400000202', region: 'us' }], region: 'gb', language: 'en', source: 'hostile', concurrency: 2 });
      expect(summary.outcomes).toEqual({ new: 2 });
      expect(rows(archive, 'SELECT app_id, kind, url, message FROM failures ORDER BY app_id')).toEqual([
        { app_id: '6400000202', kind: 'private-address', url: 'http://intranet.example/admin', message: 'privacyPolicy: intranet.example resolves to 10.0.0.7, a loopback, link-local or private address: http://intranet.example/admin is not fetched' },
        { app_id: 'org.example.moodharbour', kind: 'private-address', url: 'http://169.254.169.254/latest/meta-data/', message: 'privacyPolicy: 169.254.169.254 is a loopback, link-local or private address: http://169.254.169.254/latest/meta-data/ is not fetched' },
      ]);
      expect(server.requests.filter((r) => r.host === '169.254.169.254' || r.host === 'intranet.example')).toEqual([]);
    } finally {
      archive.close();
      await fetcher.close();
      await server.close();
    }
  });
});
