// The replay server: recorded files → store addresses, and faults on demand.
import { afterEach, describe, expect, it } from 'vitest';
import { REPLAY_HOST_HEADER } from '../../crawler/fetch/fetcher.ts';
import { FIXTURE_REPLAY_DIR } from '../../crawler/replay/dirs.ts';
import { changeLayout, parseFault, truncateBody } from '../../crawler/replay/faults.ts';
import { addressOf, hostForPath, indexMaterial } from '../../crawler/replay/material.ts';
import { startReplayServer, type ReplayServer } from '../../crawler/replay/server.ts';
import { parsePlayDetails } from '../../shared/parsers/play-details.ts';
import { PLAY_APPS } from '../fixtures/replay/apps.ts';

describe('material file names → store addresses', () => {
  it.each([
    ['play/details-com.google.android.apps.translate.html', 'play.google.com', '/store/apps/details?id=com.google.android.apps.translate'],
    ['play/datasafety-org.example.moodharbour.html', 'play.google.com', '/store/apps/datasafety?id=org.example.moodharbour'],
    ['apple/app-us-netflix-id363590051-2023markup.html', 'apps.apple.com', '/us/app/netflix/id363590051'],
    ['apple/app-vn-id1193542964-2023markup.html', 'apps.apple.com', '/vn/app/id1193542964'],
    ['apple/app-gb-mood-harbour-cbt-mood-diary-id6400000101.html', 'apps.apple.com', '/gb/app/mood-harbour-cbt-mood-diary/id6400000101'],
    ['apple/lookup-id6400000101.json', 'itunes.apple.com', '/lookup?id=6400000101'],
    ['apple/amp-api-privacy-id389801252.json', 'amp-api.apps.apple.com', '/v1/catalog/apps/389801252'],
    ['robots/play.google.com.txt', 'play.google.com', '/robots.txt'],
    ['sites/moodharbour.example/privacy.html', 'moodharbour.example', '/privacy'],
    ['sites/sleepwell.example/legal/privacy.html', 'sleepwell.example', '/legal/privacy'],
    ['sites/example.org/index.html', 'example.org', '/'],
  ])('%s → %s %s', (file, host, path) => {
    expect(addressOf(file)).toMatchObject({ host, path });
  });

  it.each([['play/reviews-batchexecute-translate-page1.txt'], ['LICENSE-source-repo.txt'], ['play/LICENSE-source-repo.txt'], ['manifest.json']])('%s is not served', (file) => {
    expect(addressOf(file)).toBeNull();
  });

  it.each([
    ['/store/apps/details', 'play.google.com'],
    ['/lookup', 'itunes.apple.com'],
    ['/us/app/id123', 'apps.apple.com'],
    ['/v1/catalog/us/apps/1', 'amp-api.apps.apple.com'],
    ['/privacy', null],
  ])('a request for %s without a host header is for %s', (path, host) => {
    expect(hostForPath(path)).toBe(host);
  });

  it('indexes the fixtures as fixture material with their capture date, and lists their apps', () => {
    const index = indexMaterial([FIXTURE_REPLAY_DIR]);
    expect(index.apps.play.sort()).toEqual(PLAY_APPS.map((a) => a.id).sort());
    expect(index.apps.apple.map((a) => `${a.country}:${a.id}`).sort()).toEqual(['gb:6400000101', 'us:6400000202', 'us:6400000303']);
    expect([...index.routes.values()].every((m) => m.origin === 'fixture')).toBe(true);
  });
});

describe('faults', () => {
  it.each([
    ['429:/store/apps/details*2,retry-after=1', { kind: '429', match: '/store/apps/details', times: 2, retryAfter: '1' }],
    ['timeout:datasafety*1', { kind: 'timeout', match: 'datasafety', times: 1 }],
    ['500', { kind: '500', match: '' }],
    ['layout:id=org.example.moodharbour', { kind: 'layout', match: 'id=org.example.moodharbour' }],
    ['truncate:apps.apple.com /gb/app', { kind: 'truncate', match: 'apps.apple.com /gb/app' }],
  ])('%s parses', (spec, fault) => {
    expect(parseFault(spec)).toEqual(fault);
  });

  it.each([['418:x'], ['slow:x'], ['500:x,delay=3'], ['']])('%j is refused with the kinds it accepts', (spec) => {
    expect(() => parseFault(spec)).toThrow(/fault/);
  });

  it('a changed layout hides the fields from the parser; a truncated page loses its end', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(`${FIXTURE_REPLAY_DIR}/play/details-org.example.moodharbour.html`, 'utf8');
    expect(parsePlayDetails(html).title).toBe('Mood Harbour: CBT Mood Diary');
    const changed = parsePlayDetails(changeLayout(html));
    expect(changed.title).toBeUndefined();
    expect(changed.missingFields).toContain('title');
    expect(truncateBody(html).length).toBe(Math.floor(html.length / 2));
  });
});

describe('replay server', () => {
  let server: ReplayServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  async function get(path: string, host?: string) {
    const response = await fetch(`${server!.origin}${path}`, { headers: host ? { [REPLAY_HOST_HEADER]: host } : {} });
    return { status: response.status, body: await response.text(), headers: response.headers };
  }

  it('answers store paths, other hosts by header, and 404s like a store', async () => {
    server = await startReplayServer({ dirs: [FIXTURE_REPLAY_DIR] });
    const details = await get('/store/apps/details?id=org.example.moodharbour&hl=en&gl=gb');
    expect(details.status).toBe(200);
    expect(details.headers.get('x-mindlabel-origin')).toBe('fixture');
    expect((await get('/gb/app/whatever-slug/id6400000101')).body).toContain('Mood Harbour');
    expect(JSON.parse((await get('/lookup?id=6400000202&country=us')).body).results[0].trackName).toBe('Calm Steps: Anxiety Breathing');
    expect(JSON.parse((await get('/lookup?id=1')).body)).toEqual({ resultCount: 0, results: [] });
    expect((await get('/privacy', 'moodharbour.example')).body).toContain('Mood Harbour privacy policy');
    expect((await get('/privacy', 'calmsteps.example')).body).toContain('Calm Steps privacy policy');
    expect((await get('/robots.txt', 'brightside.example')).body).toContain('Disallow: /private/');
    expect((await get('/robots.txt', 'moodharbour.example')).status).toBe(404);
    expect((await get('/store/apps/details?id=org.example.gone')).status).toBe(404);
    expect((await get('/privacy', 'unknown.example')).status).toBe(404);
  });

  it('spends each fault its number of times', async () => {
    server = await startReplayServer({ dirs: [FIXTURE_REPLAY_DIR], faults: [{ kind: '503', match: 'moodharbour', times: 2, retryAfter: '2' }] });
    const first = await get('/store/apps/details?id=org.example.moodharbour');
    expect([first.status, first.headers.get('retry-after')]).toEqual([503, '2']);
    expect((await get('/store/apps/details?id=org.example.moodharbour')).status).toBe(503);
    expect((await get('/store/apps/details?id=org.example.moodharbour')).status).toBe(200);
    expect(server.requests.map((r) => r.fault)).toEqual(['503', '503', null]);
  });
});
