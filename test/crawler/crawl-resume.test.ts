// A crawl killed with SIGKILL part-way through resumes where it stopped, and the archive it ends
// with equals an uninterrupted crawl's: nothing lost, nothing twice (timestamps aside).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../crawler/archive/archive.ts';
import { projectRoot } from '../../crawler/corpus.ts';
import { reassess } from '../../crawler/jobs/reassess.ts';
import { FIXTURE_REPLAY_DIR } from '../../crawler/replay/dirs.ts';
import { startReplayServer, type ReplayServer } from '../../crawler/replay/server.ts';
import { APPLE_APPS, PLAY_APPS } from '../../crawler/replay/fixtures/apps.ts';

const IDS = [...PLAY_APPS.map((a) => a.id), ...APPLE_APPS.map((a) => a.id)];
const BIN = path.join(projectRoot, 'crawler/bin/mindlabel.js');

let dir: string;
let server: ReplayServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mindlabel-resume-'));
  // Slow answers make the crawl take a few seconds, so it can be killed in the middle.
  server = await startReplayServer({ dirs: [FIXTURE_REPLAY_DIR], latencyMs: 80 });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function crawlArgs(db: string): string[] {
  return [BIN, 'crawl', ...IDS, '--replay', server.origin, '--db', db, '--no-render', '--concurrency', '2', '--timeout', '5000'];
}

function runToEnd(db: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, crawlArgs(db), { cwd: projectRoot, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

function doneApps(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare("SELECT COUNT(*) AS n FROM run_apps WHERE state != 'pending'").get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // the schema is not there yet
  }
}

/** Start a crawl and SIGKILL it once `after` apps are committed (and before it ends). */
function killMidway(db: string, after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, crawlArgs(db), { cwd: projectRoot, env: { ...process.env, CI: 'true' }, stdio: 'ignore' });
    let killedAt = -1;
    const timer = setInterval(() => {
      const done = doneApps(db);
      if (done >= after && killedAt < 0) {
        killedAt = done;
        child.kill('SIGKILL');
      }
    }, 20);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      if (signal !== 'SIGKILL') reject(new Error(`the crawl ended on its own (${signal ?? 'exit'}) before it could be killed`));
      else resolve(killedAt);
    });
  });
}

/** The archive's content without timestamps: listings and versions, assessments, pages, outcomes. */
function snapshot(db: string) {
  const archive = new Archive(db);
  try {
    reassess({ archive, now: new Date('2026-11-27T12:00:00Z') });
    const all = (sql: string) => archive.db.prepare(sql).all() as Record<string, unknown>[];
    const withoutTimes = (json: unknown) => JSON.parse(String(json), (key, value: unknown) => (/At$/.test(key) ? undefined : value)) as unknown;
    return {
      runs: all('SELECT mode, state FROM runs'),
      listings: all('SELECT store, app_id, current_version, origin FROM listings ORDER BY store, app_id'),
      versions: all('SELECT store, app_id, version, content_sha256, listing_json, changed_fields FROM listing_versions ORDER BY store, app_id, version').map((r) => ({ ...r, listing_json: withoutTimes(r.listing_json) })),
      assessments: all('SELECT store, app_id, version, rubric_version, assessment_json FROM assessments ORDER BY store, app_id, version').map((r) => ({ ...r, assessment_json: withoutTimes(r.assessment_json) })),
      pages: all('SELECT store, app_id, kind, url, status, sha256, origin FROM pages ORDER BY store, app_id, url'),
      bodies: all('SELECT sha256, bytes FROM bodies ORDER BY sha256'),
      outcomes: all('SELECT store, app_id, state, outcome, message, missing_fields, pages FROM run_apps ORDER BY store, app_id'),
      failures: all('SELECT store, app_id, kind, url, fatal FROM failures ORDER BY store, app_id, kind, url'),
    };
  } finally {
    archive.close();
  }
}

describe('kill -9 and resume', () => {
  it('ends with the same archive as an uninterrupted crawl', async () => {
    const whole = path.join(dir, 'whole.sqlite');
    const interrupted = path.join(dir, 'interrupted.sqlite');

    const uninterrupted = await runToEnd(whole);
    expect(uninterrupted.code).toBe(0);

    const killedAt = await killMidway(interrupted, 2);
    const afterKill = doneApps(interrupted);
    expect(killedAt).toBeGreaterThanOrEqual(2);
    expect(afterKill).toBeLessThan(IDS.length);

    const resumed = await runToEnd(interrupted);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`resumed: ${afterKill} of ${IDS.length} apps were already done`));

    const a = snapshot(whole);
    const b = snapshot(interrupted);
    expect(b.runs).toEqual([{ mode: 'crawl', state: 'finished' }]);
    expect(b.listings).toHaveLength(IDS.length);
    expect(b).toEqual(a);
  }, 90_000);
});
