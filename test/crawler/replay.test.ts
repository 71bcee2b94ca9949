// The replay server: recorded files → store addresses, and faults on demand.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { REPLAY_HOST_HEADER } from '../../crawler/fetch/fetcher.ts';
import { hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { FIXTURE_REPLAY_DIR, corpusStorePagesDir } from '../../crawler/replay/dirs.ts';
import { changeLayout, parseFault, truncateBody } from '../../crawler/replay/faults.ts';
import { addressOf, hostForPath, indexMaterial, lookupPlayReviews } from '../../crawler/replay/material.ts';
import { playReviewsRequest, readPlayReviewsRequest } from '../../crawler/sources/google-play/urls.ts';
import { parseAppleReviews } from '../../shared/parsers/apple-reviews.ts';
import { parsePlayReviews } from '../../shared/parsers/play-reviews.ts';
import { startReplayServer, type ReplayServer } from '../../crawler/replay/server.ts';
import { parsePlayDetails } from '../../shared/parsers/play-details.ts';
import { PLAY_APPS } from '../../crawler/replay/fixtures/apps.ts';

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
    ['play/reviews-org.example.moodharbour-page2.txt', 'play.google.com', '/_/PlayStoreUi/data/batchexecute?app=org.example.moodharbour&page=2'],
    ['apple/reviews-id6400000202.json', 'itunes.apple.com', '/rss/customerreviews/page=1/id=6400000202/json'],
    ['apple/reviews-id6400000202-page3.json', 'itunes.apple.com', '/rss/customerreviews/page=3/id=6400000202/json'],
  ])('%s → %s %s', (file, host, path) => {
    expect(addressOf(file)).toMatchObject({ host, path });
  });

  it.each([['play/reviews-batchexecute-translate-page1.txt'], ['play/reviews-org.example.x-page0.txt'], ['apple/reviews-idabc.json'], ['LICENSE-source-repo.txt'], ['play/LICENSE-source-repo.txt'], ['manifest.json']])('%s is not served', (file) => {
    expect(addressOf(file)).toBeNull();
  });

  it.each([
    ['/store/apps/details', 'play.google.com'],
    ['/lookup', 'itunes.apple.com'],
    ['/us/app/id123', 'apps.apple.com'],
    ['/v1/catalog/us/apps/1', 'amp-api.apps.apple.com'],
    ['/_/PlayStoreUi/data/batchexecute', 'play.google.com'],
    ['/gb/rss/customerreviews/page=1/id=6400000101/sortby=mostrecent/json', 'itunes.apple.com'],
    ['/privacy', null],
  ])('a request for %s without a host header is for %s', (path, host) => {
    expect(hostForPath(path)).toBe(host);
  });

  it('indexes the fixtures as fixture material with their capture date, and lists their apps', () => {
    const index = indexMaterial([FIXTURE_REPLAY_DIR]);
    expect(index.apps.play.sort()).toEqual(PLAY_APPS.map((a) => a.id).sort());
    expect(index.apps.apple.map((a) => `${a.country}:${a.id}`).sort()).toEqual(['gb:6400000101', 'us:6400000202', 'us:6400000303']);
    expect([...index.routes.values()].every((m) => m.origin === 'fixture')).toBe(true);
    expect([...index.playReviews].map(([app, pages]) => [app, pages.length]).sort()).toEqual(PLAY_APPS.map((a) => [a.id, a.reviews.length]).sort());
  });

  it('a reviews request finds page 1 without a token, the next page by the token, nothing for an unknown one', () => {
    const index = indexMaterial([FIXTURE_REPLAY_DIR]);
    const id = 'org.example.moodharbour';
    const page1 = lookupPlayReviews(index, { appId: id, token: null })!;
    const token = parsePlayReviews(readFileSync(page1.file, 'utf8')).nextToken!;
    expect(lookupPlayReviews(index, { appId: id, token })!.file).toMatch(/reviews-org\.example\.moodharbour-page2\.txt$/);
    expect(lookupPlayReviews(index, { appId: id, token: 'CtgBsomething-else' })).toBeNull();
    expect(lookupPlayReviews(index, { appId: 'org.example.unrecorded', token: null })).toBeNull();
  });
});

describe.skipIf(!hasCorpus())('the corpus’s recorded review pages', () => {
  it('are served for the one recorded app their short name stands for, page 2 by page 1’s token', () => {
    const index = indexMaterial([FIXTURE_REPLAY_DIR, corpusStorePagesDir()!]);
    const id = 'com.google.android.apps.translate';
    expect(index.playReviews.get(id)?.map((m) => m.file.split('/').pop())).toEqual(['reviews-batchexecute-translate-page1.txt', 'reviews-batchexecute-translate-page2.txt']);
    const token = parsePlayReviews(readFileSync(lookupPlayReviews(index, { appId: id, token: null })!.file, 'utf8')).nextToken!;
    expect(lookupPlayReviews(index, { appId: id, token })!.file).toMatch(/page2\.txt$/);
    expect(index.playReviews.has('com.mojang.minecraftpe')).toBe(false);
  });
});
if (!hasCorpus()) console.warn(`replay: ${NO_CORPUS_MESSAGE}`);

describe('the reviews rpc form body', () => {
  it('reads back what playReviewsRequest asks for: app, count and token', () => {
    const options = { region: 'gb', language: 'en' };
    expect(readPlayReviewsRequest(playReviewsRequest('org.example.app', options).body)).toEqual({ appId: 'org.example.app', count: 100, token: null });
    expect(readPlayReviewsRequest(playReviewsRequest('org.example.app', options, { count: 40, token: 'Ctg+B/x=' }).body)).toEqual({ appId: 'org.example.app', count: 40, token: 'Ctg+B/x=' });
  });

  it.each([
    [''],
    ['f.req='],
    ['f.req=%5Bnot%20json'],
    [`f.req=${encodeURIComponent(JSON.stringify([[['xdSrCf', '[[null,["org.example.app",7]]]', null, 'generic']]]))}`],
    [`f.req=${encodeURIComponent(JSON.stringify([[['UsvDTd', '[null,null,[2,2,[100,null,null],null,[]],["not an id",7]]', null, 'generic']]]))}`],
  ])('%j is no reviews request', (body) => {
    expect(readPlayReviewsRequest(body)).toBeNull();
  });
});

describe('faults', () => {
  it.each([
    ['429:/store/apps/details*2,retry-after=1', { kind: '429', match: '/store/apps/details', times: 2, retryAfter: '1' }],
    ['timeout:datasafety*1', { kind: 'timeout', match: 'datasafety', times: 1 }],
    ['500', { kind: '500', match: '' }],
    ['layout:id=org.example.moodharbour', { kind: 'layout', match: 'id=org.example.moodharbour' }],
    ['truncate:apps.apple.com /gb/app', { kind: 'truncate', match: 'apps.apple.com /gb/app' }],
    ['drop:itunes.apple.com /lookup*1', { kind: 'drop', match: 'itunes.apple.com /lookup', times: 1 }],
    ['redirect:calmsteps.example /privacy,location=http://169.254.169.254/latest/meta-data/?a=b', { kind: 'redirect', match: 'calmsteps.example /privacy', location: 'http://169.254.169.254/latest/meta-data/?a=b' }],
  ])('%s parses', (spec, fault) => {
    expect(parseFault(spec)).toEqual(fault);
  });

  it.each([['418:x'], ['slow:x'], ['500:x,delay=3'], [''], ['redirect:calmsteps.example'], ['redirect:x,location=']])('%j is refused with the kinds it accepts', (spec) => {
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

  it('answers the reviews rpc by POST body and the Apple reviews feed for any storefront', async () => {
    server = await startReplayServer({ dirs: [FIXTURE_REPLAY_DIR] });
    const { url, ...request } = playReviewsRequest('org.example.sleepwellnights', { region: 'gb', language: 'en' });
    const answer = await fetch(`${server.origin}${new URL(url).pathname}${new URL(url).search}`, { method: 'POST', body: request.body, headers: request.headers });
    expect(answer.status).toBe(200);
    expect(parsePlayReviews(await answer.text()).reviews).toHaveLength(PLAY_APPS[1]!.reviews[0]!.length);
    const feed = await get('/us/rss/customerreviews/page=1/id=6400000202/sortby=mostrecent/json');
    expect(feed.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(parseAppleReviews(feed.body).reviews).toHaveLength(8);
    expect((await get('/gb/rss/customerreviews/id=6400000202/json')).status).toBe(200);
    expect((await get('/us/rss/customerreviews/page=2/id=6400000202/sortby=mostrecent/json')).status).toBe(404);
    expect((await get('/robots.txt', 'play.google.com')).body).toContain('Allow: /store/apps/');
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
