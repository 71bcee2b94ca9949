import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../crawler/cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'mindlabel-import-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await main(args, { stdin: new PassThrough(), stdout, stderr });
  return { code, out, err };
}

const csv = 'appName,description,androidLink\nMoodlog,A mood diary.,https://play.google.com/store/apps/details?id=com.example.moodlog\nBad,,\n';
// Every record invalid, and a file with nothing but its header: nothing valid is read from either.
writeFileSync(path.join(dir, 'no-valid.csv'), 'appName,description,androidLink\nBad,,\nWorse,No link here,\n');
writeFileSync(path.join(dir, 'headers-only.csv'), 'appName,description,androidLink\n');

describe('mindlabel import', () => {
  it('writes one Listing per line and reports skipped records on stderr', async () => {
    const file = path.join(dir, 'apps.csv');
    writeFileSync(file, csv);
    const { code, out, err } = await run(['import', file, '--captured-at', '2026-01-05T00:00:00Z']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([expect.objectContaining({ store: 'play', appId: 'com.example.moodlog', provenance: { details: expect.objectContaining({ capturedAt: '2026-01-05T00:00:00.000Z' }) } })]);
    expect(err).toContain('1 listings, 1 skipped');
    expect(err).toContain('skipped record 3: no description for "Bad"');
  });

  it('writes to --out FILE', async () => {
    const file = path.join(dir, 'apps2.csv');
    const target = path.join(dir, 'out.jsonl');
    writeFileSync(file, csv);
    const { code, out } = await run(['import', file, '--out', target]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(readFileSync(target, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [[], 2, /give at least one export file/],
    [['x.csv', '--bogus'], 2, /unknown option --bogus/],
    [['x.csv', '--region', 'england'], 2, /two-letter/],
    [['x.csv', '--out'], 2, /--out needs a value/],
    [['/no/such/file.csv'], 1, /no such file/],
    [[path.join(dir, 'no-valid.csv')], 1, /^mindlabel import: no valid listing in .*no-valid\.csv \(2 records skipped\)$/m],
    [[path.join(dir, 'headers-only.csv')], 1, /^mindlabel import: no valid listing in .*headers-only\.csv$/m],
  ])('fails clearly for %j', async (args, expected, message) => {
    const { code, err } = await run(['import', ...args]);
    expect(code).toBe(expected);
    expect(err).toMatch(message);
  });
});
