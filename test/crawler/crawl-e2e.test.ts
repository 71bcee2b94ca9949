// End to end on the real HTTP path: the crawler crawls the replay of the fixture apps WITH FAULTS
// INJECTED into a fresh SQLite archive, re-assesses it, and exports a dataset that validates.
// Then re-crawls: unchanged pages add no version; a changed page adds one, saying what changed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../crawler/archive/archive.ts';
import type { CrawlSummary } from '../../crawler/jobs/crawl.ts';
import { buildDataset, writeDataset } from '../../crawler/jobs/export.ts';
import { reassess } from '../../crawler/jobs/reassess.ts';
import type { CrawlSession, SessionOptions } from '../../crawler/jobs/session.ts';
import { archiveStatus } from '../../crawler/jobs/status.ts';
import { FIXTURE_REPLAY_DIR } from '../../crawler/replay/dirs.ts';
import type { Fault } from '../../crawler/replay/faults.ts';
import { RUBRIC_VERSION } from '../../shared/rules/index.ts';
import { Dataset } from '../../shared/schema/dataset.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { APPLE_APPS, FIXTURE_CAPTURED_AT, PLAY_APPS } from '../../crawler/replay/fixtures/apps.ts';
import { crawlReplay } from './helpers.ts';

/** Every made-up reviewer name in the fixtures' raw store answers: none may leave the crawler. */
const REVIEWER_NAMES = [...PLAY_APPS.flatMap((a) => a.reviews.flat()), ...APPLE_APPS.flatMap((a) => a.reviews)].map((r) => r.author);

const FAST = { baseMs: 20, factor: 2, maxMs: 100, jitter: 0.5, maxAttempts: 3, maxRetryAfterMs: 5_000 };

const FAULTS: Fault[] = [
  { kind: '429', match: 'details?id=org.example.moodharbour', times: 1, retryAfter: '1' },
  { kind: '500', match: 'datasafety?id=org.example.sleepwellnights', times: 2 },
  { kind: 'timeout', match: 'itunes.apple.com /lookup?id=6400000202', times: 1 },
  { kind: 'truncate', match: 'apps.apple.com /us/app/id6400000303', times: 1 },
  // Permanent: Brightside's details page has a new layout; its listing cannot be built.
  { kind: 'layout', match: 'details?id=org.example.brightsidejournal' },
  // Permanent: Calm Steps' policy server is broken; the listing is kept without the policy.
  { kind: '500', match: 'calmsteps.example /privacy' },
];

let dir: string;
let db: string;
let archive: Archive;

function crawlWith(options: SessionOptions): Promise<{ summary: CrawlSummary; session: CrawlSession }> {
  return crawlReplay(archive, { timeoutMs: 500, backoff: FAST, ...options });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mindlabel-e2e-'));
  db = path.join(dir, 'archive.sqlite');
  archive = new Archive(db);
});
afterAll(() => {
  archive?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('crawl → reassess → export against a faulty replay', () => {
  let first: { summary: CrawlSummary; session: CrawlSession };

  beforeAll(async () => {
    first = await crawlWith({ replay: FIXTURE_REPLAY_DIR, faults: FAULTS, hangMs: 1_500 } as SessionOptions);
  }, 60_000);

  it('injected every fault, and the crawl went on', () => {
    const hit = new Set(first.session.server!.requests.map((r) => r.fault).filter(Boolean));
    expect([...hit].sort()).toEqual(['429', '500', 'layout', 'timeout', 'truncate']);
    expect(first.summary.processed).toBe(6);
    expect(first.summary.remaining).toBe(0);
  });

  it('retried what was worth retrying and recorded the rest by kind', () => {
    expect(first.summary.outcomes).toEqual({ new: 5 });
    expect(first.summary.failures).toEqual({ 'layout-changed': 1 });
    // Calm Steps' policy answers 500; Sleepwell's is a script-only page, read here without the browser.
    expect(first.summary.pageFailures).toEqual({ 'not-a-policy': 1, 'server-error': 1 });
    const failed = archive.db.prepare("SELECT app_id, outcome, message, missing_fields FROM run_apps WHERE state = 'failed'").all();
    expect(failed).toEqual([
      // The page's title is gone from every place a parser looks (data blocks, JSON-LD, meta, <h1>).
      { app_id: 'org.example.brightsidejournal', outcome: 'layout-changed', message: expect.stringMatching(/^extraction failed: .*\btitle\b/), missing_fields: expect.stringContaining('"title"') },
    ]);
    const policyFailure = archive.db.prepare("SELECT app_id, kind, url, message FROM failures WHERE kind = 'server-error'").get();
    expect(policyFailure).toEqual({ app_id: '6400000202', kind: 'server-error', url: 'https://calmsteps.example/privacy', message: 'privacyPolicy: HTTP 500 after 3 attempts: https://calmsteps.example/privacy' });
  });

  it('kept every page it used, with the retries it took', () => {
    const attempts = archive.db.prepare('SELECT url, attempts FROM pages WHERE attempts > 1 ORDER BY url').all();
    // Calm Steps' policy never answered: no page of it is kept, only its failure.
    expect(attempts).toEqual([
      { url: 'https://apps.apple.com/us/app/id6400000303', attempts: 2 },
      { url: 'https://itunes.apple.com/lookup?id=6400000202&country=us&entity=software', attempts: 2 },
      { url: 'https://play.google.com/store/apps/datasafety?id=org.example.sleepwellnights&hl=en&gl=GB', attempts: 3 },
      { url: 'https://play.google.com/store/apps/details?id=org.example.moodharbour&hl=en&gl=GB', attempts: 2 },
    ]);
  });

  it('exports a dataset that validates, every entry saying where its data came from and when', () => {
    const assessed = reassess({ archive, now: new Date('2026-11-27T12:00:00Z') });
    expect(assessed).toMatchObject({ assessed: 5, failed: [] });
    const { dataset } = buildDataset({ archive });
    const file = path.join(dir, 'dataset.json');
    writeDataset(file, dataset);
    const reread = parseWith(Dataset, JSON.parse(readFileSync(file, 'utf8')), 'exported dataset');
    expect(reread.rubricVersion).toBe(RUBRIC_VERSION);
    expect(reread.entries.map((e) => `${e.store}:${e.appId}`).sort()).toEqual([
      'apple:6400000101', 'apple:6400000202', 'apple:6400000303', 'play:org.example.moodharbour', 'play:org.example.sleepwellnights',
    ]);
    for (const entry of reread.entries) {
      expect(entry.version).toBe(1);
      expect(entry.provenance.details).toMatchObject({ origin: 'fixture', capturedAt: FIXTURE_CAPTURED_AT });
    }
    const mood = reread.entries.find((e) => e.appId === 'org.example.moodharbour')!;
    expect(Object.keys(mood.provenance).sort()).toEqual(['dataSafety', 'details', 'privacyPolicy', 'reviews']);
    expect(mood.provenance.reviews).toMatchObject({ origin: 'fixture', capturedAt: FIXTURE_CAPTURED_AT });
    expect(mood.assessment.sourcesRead).toEqual(expect.arrayContaining(['details', 'dataSafety', 'privacyPolicy', 'reviews']));
    // "What other users say": both pages of Mood Harbour's reviews, mined into themes with quotes.
    const reviews = mood.assessment.reviews!;
    expect(reviews).toMatchObject({ count: 12, averageRating: 3.08 });
    expect(reviews.themes.map((t) => t.theme).sort()).toEqual(['cost', 'felt-worse', 'helped', 'privacy', 'technical']);
    expect(reviews.themes.find((t) => t.theme === 'felt-worse')).toMatchObject({ count: 1, quotes: ['Logging every low mood made me more anxious, not less.'] });
    expect(reviews.themes.find((t) => t.theme === 'technical')!.quotes).toHaveLength(2);
    // Quiet Mind's feed has no entries yet: no reviews part, and nothing recorded as failed.
    expect(reread.entries.find((e) => e.appId === '6400000303')!.assessment.reviews).toBeUndefined();
    // No reviewer name anywhere: not in the dataset, not in the archived review pages.
    const exported = readFileSync(file, 'utf8');
    const reviewPages = archive.db.prepare("SELECT sha256 FROM pages WHERE kind IN ('play-reviews', 'apple-reviews')").all() as { sha256: string }[];
    expect(reviewPages).toHaveLength(6); // Mood Harbour 2, Sleepwell 1 (Brightside failed first), Apple 3
    const archivedReviews = reviewPages.map((p) => archive.pageBody(p.sha256) ?? '').join('\n');
    expect(archivedReviews).toContain('Logging every low mood made me more anxious');
    for (const name of REVIEWER_NAMES) {
      expect(exported).not.toContain(name);
      expect(archivedReviews).not.toContain(name);
    }
    const calm = reread.entries.find((e) => e.appId === '6400000202')!;
    expect(calm.provenance.privacyPolicy).toBeUndefined();
    // Recorded Apple pages keep their storefront: crisis services for the US, not the crawl's default.
    expect(calm.assessment.easyRead.help.region).toBe('us');
  });

  it('a re-crawl of unchanged pages adds no version; what the faults hid comes in now', async () => {
    const again = await crawlWith({ replay: FIXTURE_REPLAY_DIR });
    expect(again.summary.resumed).toBe(false);
    // Brightside's page reads again (new); Calm Steps' policy answers now (changed: privacyPolicy).
    expect(again.summary.outcomes).toEqual({ unchanged: 4, changed: 1, new: 1 });
    expect(archive.changesOf({ store: 'apple', appId: '6400000202' })).toEqual([{ version: 2, at: expect.any(String), fields: ['privacyPolicy'] }]);
    expect(archiveStatus(archive).versions).toBe(7);
    // Brightside's robots.txt keeps its policy page off limits: recorded, never fetched.
    const robots = archive.db.prepare("SELECT app_id, url FROM failures WHERE kind = 'robots-disallowed'").all();
    expect(robots).toEqual([{ app_id: 'org.example.brightsidejournal', url: 'https://brightside.example/private/privacy-policy' }]);
  });

  it('a changed page adds a version that says what changed and when', async () => {
    const changed = path.join(dir, 'changed');
    cpSync(FIXTURE_REPLAY_DIR, changed, { recursive: true });
    const file = path.join(changed, 'play/details-org.example.moodharbour.html');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('4.5', '4.3').replaceAll('2314', '2401'));
    const third = await crawlWith({ replay: changed });
    expect(third.summary.outcomes).toEqual({ unchanged: 5, changed: 1 });
    expect(archiveStatus(archive).versions).toBe(8);
    reassess({ archive, now: new Date('2026-11-27T12:00:00Z') });
    const entry = buildDataset({ archive }).dataset.entries.find((e) => e.appId === 'org.example.moodharbour')!;
    expect(entry.version).toBe(2);
    expect(entry.changes).toEqual([{ version: 2, at: expect.any(String), fields: ['rating', 'ratingCount'] }]);
  });
});
