// The crawler's commands as a person meets them: usage errors, missing archives, a loud export
// failure naming the entry, the status report, and the main job's offline path.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../crawler/archive/archive.ts';
import { parseCrawlArgs, runCrawl } from '../../crawler/commands/crawl.ts';
import { runMainJob } from '../../crawler/jobs/main-job.ts';
import { RUBRIC_VERSION } from '../../shared/rules/index.ts';
import { hasCorpus } from '../../crawler/corpus.ts';
import { Dataset } from '../../shared/schema/dataset.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { FIXTURE_REPLAY_DIR } from '../../crawler/replay/dirs.ts';
import { cli } from './helpers.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mindlabel-commands-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('crawl arguments', () => {
  it('reads ids, stores and options', () => {
    const args = parseCrawlArgs(['org.example.app', 'id6400000101', '--region', 'US', '--replay', 'var/pages', '--limit', '3', '--no-politeness', '--fault', 'timeout:datasafety*1']);
    expect(args).toMatchObject({ ids: ['org.example.app', 'id6400000101'], region: 'us', replay: 'var/pages', limit: 3, politeness: false, faults: ['timeout:datasafety*1'], db: 'var/mindlabel.sqlite' });
  });

  it.each([
    [['--store', 'amazon'], /--store must be play or apple/],
    [['--region', 'britain'], /two-letter/],
    [['--limit', '0'], /--limit must be a whole number above 0/],
    [['--fault', '429:x'], /--fault needs --replay DIR/],
    [['--replay', 'dir', '--fault', 'slow:x'], /KIND\[:MATCH\]/],
    [['--rate', 'soon'], /--rate must be seconds/],
    [['--rate=-1'], /--rate must be seconds/],
    [['--bogus'], /Unknown option/],
    [['--terms', 'anxiety'], /--terms needs --discover/],
    [['--discover', '--terms', ' , '], /--terms needs at least one search term/],
    [['not an id', '--replay', 'crawler/replay/fixtures'], /"not an id" is not a Google Play package name/],
    [['12ab', '--store', 'apple', '--replay', 'crawler/replay/fixtures'], /"12ab" is not an App Store id/],
  ])('refuses %j', async (args, message) => {
    const result = await cli('crawl', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('usage: mindlabel crawl');
  });
});

describe('crawl --discover', () => {
  it('reads the search terms, or takes the default list', () => {
    expect(parseCrawlArgs(['--discover', '--terms', 'anxiety, insomnia']).discoverTerms).toEqual(['anxiety', 'insomnia']);
    expect(parseCrawlArgs(['--discover']).discoverTerms.length).toBeGreaterThan(5);
    expect(parseCrawlArgs([]).discoverTerms).toEqual([]);
  });

  it('searches, says what it found, and crawls on when the search pages fail', async () => {
    const db = path.join(dir, 'discover.sqlite');
    const result = await cli('crawl', '--replay', FIXTURE_REPLAY_DIR, '--db', db, '--no-render', '--discover', '--terms', 'anxiety', '--store', 'apple');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^discover: 1 terms → 0 mental-health apps \(0 new\), 0 left out by the classifier, 1 search pages failed$/m);
    expect(result.stdout).toMatch(/^run 1: 3 apps crawled/m);
  });
});

describe('crawl runs', () => {
  it('fails fast, in one line, when the live stores cannot be reached', async () => {
    const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
    const probe = async () => ({ reachable: false, reason: 'play.google.com: DNS lookup failed (ENOTFOUND)' });
    await expect(runCrawl(parseCrawlArgs(['org.example.app', '--db', path.join(dir, 'live.sqlite')]), io, { probe })).rejects.toThrow(
      /^the stores cannot be reached \(play\.google\.com: DNS lookup failed \(ENOTFOUND\)\): crawl recorded pages with --replay recorded/,
    );
  });

  it('--limit does part of a run; the same crawl again continues it', async () => {
    const db = path.join(dir, 'limit.sqlite');
    const part = await cli('crawl', '--replay', FIXTURE_REPLAY_DIR, '--db', db, '--no-render', '--limit', '4');
    expect(part.stdout).toMatch(/^run 1: 4 apps crawled/m);
    expect(part.stdout).toMatch(/^2 apps still to do: run the same crawl again to continue$/m);
    const rest = await cli('crawl', '--replay', FIXTURE_REPLAY_DIR, '--db', db, '--no-render');
    expect(rest.stdout).toMatch(/^run 1 \(resumed: 4 of 6 apps were already done\): 2 apps crawled/m);
    const fresh = await cli('crawl', '--replay', FIXTURE_REPLAY_DIR, '--db', db, '--no-render', '--fresh');
    expect(fresh.stdout).toMatch(/^run 2: 6 apps crawled/m);
    expect(fresh.stdout).toMatch(/^listings: unchanged 6$/m);
  });
});

describe('reassess, export and status', () => {
  it('say plainly when there is no archive yet', async () => {
    for (const command of ['reassess', 'export', 'status']) {
      const result = await cli(command, '--db', path.join(dir, 'none.sqlite'));
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/no archive at .*none\.sqlite: run `mindlabel crawl` first/);
    }
  });

  it('crawl → export refuses unassessed listings → reassess → export → status', async () => {
    const db = path.join(dir, 'cli.sqlite');
    const out = path.join(dir, 'dataset.json');
    const crawled = await cli('crawl', '--replay', FIXTURE_REPLAY_DIR, '--db', db, '--no-render', '--store', 'play');
    expect(crawled.code).toBe(0);
    expect(crawled.stdout).toMatch(/^run 1: 3 apps crawled/m);
    expect(crawled.stdout).toMatch(/^listings: new 3$/m);

    const early = await cli('export', '--db', db, '--out', out);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(new RegExp(`3 listing\\(s\\) not assessed with rubric ${RUBRIC_VERSION.replace(/\./g, '\\.')} .*run \`mindlabel reassess\` first`));

    expect((await cli('reassess', '--db', db)).stdout).toMatch(`assessed 3 listings with rubric ${RUBRIC_VERSION}`);
    const exported = await cli('export', '--db', db, '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/exported 3 entries \(rubric .*; fixture 3\)/);
    expect(parseWith(Dataset, JSON.parse(readFileSync(out, 'utf8')), 'dataset').entries).toHaveLength(3);

    const status = await cli('status', '--db', db);
    expect(status.stdout).toMatch(/^apps: 3 \(play\/fixture 3\)$/m);
    expect(status.stdout).toMatch(/^assessments: 3\/3 current listings assessed/m);
    expect(status.stdout).toMatch(/^last run 1 \(crawl, finished, .*\): 3 done, 0 failed, 0 pending$/m);
    const json = JSON.parse((await cli('status', '--db', db, '--json')).stdout) as { pages: number };
    // 3 details + 3 data-safety pages + 2 policies (Brightside's is off limits by robots.txt)
    // + 4 review pages (two for Mood Harbour, whose first page gives a next-page token).
    expect(json.pages).toBe(12);
  });

  it('export fails loudly, naming the entry and the field, when an entry does not validate', async () => {
    const db = path.join(dir, 'cli.sqlite');
    const archive = new Archive(db);
    // A damaged row: its assessment lost a domain's level.
    const row = archive.db.prepare("SELECT rowid, assessment_json FROM assessments WHERE app_id = 'org.example.sleepwellnights'").get() as { rowid: number; assessment_json: string };
    const damaged = JSON.parse(row.assessment_json) as { domains: { privacy: { level?: string } } };
    delete damaged.domains.privacy.level;
    archive.db.prepare('UPDATE assessments SET assessment_json = ? WHERE rowid = ?').run(JSON.stringify(damaged), row.rowid);
    archive.close();
    const result = await cli('export', '--db', db, '--out', path.join(dir, 'bad.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/invalid dataset entry for play:org\.example\.sleepwellnights: assessment\.domains\.privacy\.level/);
  });
});

describe('the main job, offline', () => {
  async function runOffline(name: string): Promise<{ lines: string[]; result: Awaited<ReturnType<typeof runMainJob>>; dataset: Dataset }> {
    const lines: string[] = [];
    const sink = new PassThrough();
    const result = await runMainJob({
      db: path.join(dir, `${name}.sqlite`),
      out: path.join(dir, `${name}-dataset.json`),
      build: false,
      render: false,
      exports: [],
      probe: async () => ({ reachable: false, reason: 'play.google.com: DNS lookup failed (ENOTFOUND)' }),
      log: (line) => lines.push(line),
      progressStream: sink,
    });
    const dataset = parseWith(Dataset, JSON.parse(readFileSync(path.join(dir, `${name}-dataset.json`), 'utf8')), 'dataset');
    return { lines, result, dataset };
  }

  it('says so in one line and builds the dataset from recorded material, never from made-up apps when real material exists', async () => {
    const { lines, result, dataset } = await runOffline('main');
    expect(result).toMatchObject({ mode: 'offline', crawlFailures: 0, buildOk: null });
    expect(lines.filter((l) => /unreachable/i.test(l))).toHaveLength(1);
    expect(lines[0]).toMatch(/^Stores unreachable \(play\.google\.com: DNS lookup failed \(ENOTFOUND\)\): running on recorded and imported material instead/);
    expect(dataset.entries.length).toBe(result.entries);
    const origins = dataset.entries.map((e) => e.provenance.details?.origin);
    if (hasCorpus()) expect(origins).not.toContain('fixture');
    for (const origin of origins) expect(['fixture', 'recorded']).toContain(origin);
  }, 60_000);

  it("falls back to the project's own fixtures when there is no corpus", async () => {
    const saved = process.env.MINDLABEL_CORPUS;
    process.env.MINDLABEL_CORPUS = path.join(dir, 'no-corpus-here');
    try {
      const { lines, dataset } = await runOffline('fixtures-only');
      expect(lines[0]).toContain("the project's fixtures (no corpus found)");
      expect(dataset.entries.length).toBeGreaterThanOrEqual(6);
      for (const entry of dataset.entries) expect(entry.provenance.details?.origin).toBe('fixture');
    } finally {
      if (saved === undefined) delete process.env.MINDLABEL_CORPUS;
      else process.env.MINDLABEL_CORPUS = saved;
    }
  }, 60_000);
});
