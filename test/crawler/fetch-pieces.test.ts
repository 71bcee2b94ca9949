// The fetcher's pure pieces: retry timing, Retry-After, robots.txt rules, host spacing, page checks.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, backoffDelay, parseRetryAfter, retryWait, type BackoffPolicy } from '../../crawler/fetch/backoff.ts';
import { classifyStatus } from '../../crawler/errors.ts';
import { HostThrottle, nextSlot, type Clock } from '../../crawler/fetch/host-throttle.ts';
import { incompleteReason, needsRendering } from '../../crawler/fetch/page.ts';
import { isSpecialAddress, refusedAddress } from '../../crawler/fetch/address-guard.ts';
import { crawlDelay, isAllowed, parseRobots, robotsFromResponse } from '../../crawler/fetch/robots.ts';
import { USER_AGENT, productToken } from '../../crawler/fetch/user-agent.ts';

const policy: BackoffPolicy = { baseMs: 1000, factor: 2, maxMs: 8000, jitter: 0.5, maxAttempts: 4, maxRetryAfterMs: 60_000 };

describe('backoffDelay', () => {
  it.each([
    // retry, random, expected ms: half fixed, half scaled by random; capped at maxMs
    [1, 0, 500],
    [1, 0.999, 1000],
    [2, 0, 1000],
    [2, 0.5, 1500],
    [3, 0, 2000],
    [4, 1, 8000],
    [5, 0, 4000],
    [9, 1, 8000],
    [0, 0.5, 0],
  ])('retry %i with random %f → %i ms', (retry, random, expected) => {
    expect(backoffDelay(retry, policy, () => random)).toBe(Math.round(expected));
  });

  it('has no jitter when jitter is 0 and full jitter when 1', () => {
    expect(backoffDelay(3, { ...policy, jitter: 0 }, () => 0.9)).toBe(4000);
    expect(backoffDelay(3, { ...policy, jitter: 1 }, () => 0.25)).toBe(1000);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-03-12T10:00:00Z');
  it.each([
    ['120', 120_000],
    ['0', 0],
    [' 7 ', 7_000],
    ['Thu, 12 Mar 2026 10:00:30 GMT', 30_000],
    ['Thursday, 12-Mar-26 10:01:00 GMT', 60_000],
    ['Thu Mar 12 10:00:05 2026', 5_000 + new Date('2026-03-12T10:00:05').getTime() - new Date('2026-03-12T10:00:05Z').getTime()],
    ['Wed, 11 Mar 2026 09:00:00 GMT', 0], // a date in the past: retry now
  ])('%j → %i ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([[null], [undefined], [''], ['soon'], ['-5'], ['1.5'], ['12abc'], ['Thu, 99 Foo 2026']])('%j is not a Retry-After', (value) => {
    expect(parseRetryAfter(value, now)).toBeNull();
  });
});

describe('retryWait', () => {
  it('waits at least the Retry-After, never less than its own backoff', () => {
    expect(retryWait(1, 3000, policy, () => 0)).toBe(3000);
    expect(retryWait(3, 100, policy, () => 0)).toBe(2000);
  });
  it('gives up after maxAttempts attempts and on an absurd Retry-After', () => {
    expect(retryWait(3, null, policy, () => 0)).toBe(2000);
    expect(retryWait(4, null, policy, () => 0)).toBeNull();
    expect(retryWait(1, 3_600_000, policy, () => 0)).toBeNull();
  });
  it('the default policy retries a few times within a couple of minutes', () => {
    let total = 0;
    for (let retry = 1; retryWait(retry, null, DEFAULT_BACKOFF, () => 1) !== null; retry++) total += retryWait(retry, null, DEFAULT_BACKOFF, () => 1)!;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(120_000);
  });
});

describe('classifyStatus', () => {
  it.each([
    [200, 'ok'],
    [304, 'ok'],
    [404, 'not-found'],
    [410, 'gone'],
    [403, 'forbidden'],
    [451, 'forbidden'],
    [429, 'rate-limited'],
    [408, 'timeout'],
    [500, 'server-error'],
    [503, 'server-error'],
    [418, 'http-error'],
  ])('%i → %s', (status, kind) => expect(classifyStatus(status)).toBe(kind));
});

describe('robots.txt', () => {
  const robots = parseRobots(
    [
      '# comments are ignored',
      'User-agent: Googlebot',
      'Disallow: /',
      '',
      'User-agent: *',
      'Disallow: /store/account',
      'Disallow: /*.pdf$',
      'Allow: /store/apps/',
      'Disallow: /store/apps/details?id=com.blocked',
      'Disallow: /private/',
      'Allow: /private/open',
      'Crawl-delay: 2',
      '',
      'User-agent: BadBot',
      'User-agent: OtherBot',
      'Disallow: /',
    ].join('\r\n'),
  );
  const token = productToken(USER_AGENT);

  it('names MindLabel in the user agent, with a contact URL', () => {
    expect(token).toBe('MindLabel');
    expect(USER_AGENT).toMatch(/^MindLabel\/[\d.]+ \(\+https:\/\/\S+/);
  });

  it.each([
    ['/store/apps/details?id=org.example.app', true],
    ['/store/apps/details?id=com.blocked', false],
    ['/store/apps/details?id=com.blocked.too', false], // a prefix rule
    ['/store/account/orders', false],
    ['/store/accountant', false],
    ['/files/guide.pdf', false],
    ['/files/guide.pdf?download=1', true], // `$` anchors the end
    ['/private/notes', false],
    ['/private/open', true], // the longer Allow wins
    ['/', true],
    ['/robots.txt', true],
  ])('%s allowed: %s', (path, allowed) => {
    expect(isAllowed(robots, token, path)).toBe(allowed);
  });

  it('uses the group naming the crawler, else *', () => {
    expect(isAllowed(robots, 'Googlebot', '/store/apps/details?id=x')).toBe(false);
    expect(isAllowed(robots, 'OtherBot', '/anything')).toBe(false);
    expect(isAllowed(parseRobots('User-agent: mindlabel\nDisallow: /x\n\nUser-agent: *\nDisallow: /'), token, '/y')).toBe(true);
  });

  it('a tie between Allow and Disallow goes to Allow; an empty Disallow allows all', () => {
    expect(isAllowed(parseRobots('User-agent: *\nDisallow: /page\nAllow: /page'), token, '/page')).toBe(true);
    expect(isAllowed(parseRobots('User-agent: *\nDisallow:'), token, '/anything')).toBe(true);
  });

  it('keeps Crawl-delay', () => {
    expect(crawlDelay(robots, token)).toBe(2);
    expect(crawlDelay(parseRobots('User-agent: *\nDisallow: /x'), token)).toBeNull();
  });

  it.each([
    [200, 'User-agent: *\nDisallow: /', false],
    [404, '', true], // no robots.txt: everything allowed
    [403, '', true],
    [500, '', false], // server trouble: assume everything disallowed for now
    [null, '', false], // unreachable
  ])('a %s response with %j allows /page: %s', (status, body, allowed) => {
    expect(isAllowed(robotsFromResponse(status, body), token, '/page')).toBe(allowed);
  });
});

function fakeClock(): Clock & { slept: number[]; t: number } {
  const clock = {
    t: 0,
    slept: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.slept.push(ms);
      clock.t += ms;
    },
  };
  return clock;
}

describe('host spacing', () => {
  it.each([
    [undefined, 5000, 1000, 5000],
    [5000, 5200, 1000, 6000],
    [5000, 7000, 1000, 7000],
    [5000, 5000, 0, 5000],
  ])('previous %s, now %i, interval %i → %i', (previous, now, interval, slot) => {
    expect(nextSlot(previous, now, interval)).toBe(slot);
  });

  it('spaces requests to one host, not to different hosts', async () => {
    // All four ask at the same instant: the clock stands still while they wait.
    const slept: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => void slept.push(ms) };
    const throttle = new HostThrottle(1000, clock);
    const starts: string[] = [];
    // Claims happen synchronously, so concurrent callers queue in order.
    await Promise.all(
      ['play.google.com', 'play.google.com', 'apps.apple.com', 'play.google.com'].map(async (host) => {
        await throttle.wait(host);
        starts.push(host);
      }),
    );
    expect(slept).toEqual([1000, 2000]);
    expect(starts[0]).toBe('play.google.com');
    expect(starts).toContain('apps.apple.com');
  });

  it('a pause (429) and a Crawl-delay hold only that host; interval 0 is politeness off', async () => {
    const clock = fakeClock();
    const throttle = new HostThrottle(1000, clock);
    throttle.pause('play.google.com', 30_000);
    await throttle.wait('apps.apple.com');
    expect(clock.slept).toEqual([]);
    await throttle.wait('play.google.com');
    expect(clock.slept).toEqual([30_000]);
    throttle.setMinimumInterval('apps.apple.com', 5000);
    await throttle.wait('apps.apple.com');
    expect(clock.slept.at(-1)).toBeGreaterThanOrEqual(0);
    expect(throttle.intervalFor('apps.apple.com')).toBe(5000);
    const off = new HostThrottle(0, clock);
    off.setMinimumInterval('x', 9000);
    const before = clock.slept.length;
    await off.wait('x');
    await off.wait('x');
    expect(clock.slept.length).toBe(before);
  });
});

describe('page checks', () => {
  const block = (key: string, data: string) => `<script>AF_initDataCallback({key: '${key}', hash: '1', data:${data}, sideChannel: {}});</script>`;
  const playPage = `<!doctype html><html lang="en"><head><title>Mood</title></head><body>${block('ds:5', '[[1,[null,null,["Mood"]]]]')}${block('ds:8', '[2]')}</body></html>`;
  const ld = '<script type="application/ld+json">{"@type":"SoftwareApplication","name":"Calm"}</script>';
  const applePage = `<!DOCTYPE html><html prefix="og: http://ogp.me/ns#"><head>${ld}</head><body><h1>Calm</h1></body></html>`;
  const arrived = (kind: string, body: string, extra: { contentType?: string; contentLength?: string; contentEncoding?: string } = {}) => ({
    kind,
    body,
    contentType: extra.contentType ?? 'text/html; charset=utf-8',
    contentLength: extra.contentLength ?? null,
    contentEncoding: extra.contentEncoding ?? null,
  });

  it.each<[string, ReturnType<typeof arrived>, RegExp | null]>([
    ['a whole Play details page', arrived('play-details', playPage), null],
    ['a Play page cut in the middle of a data block', arrived('play-details', playPage.slice(0, playPage.indexOf("data:[2") + 5)), /no <\/html>/],
    ['a Play page whose last data block does not parse, though the document closes', arrived('play-details', playPage.replace('data:[2]', 'data:[2,')), /1 of 2 data blocks cut off/],
    ['a Play page in a new layout (no data blocks at all) is not cut: the parser reports it', arrived('play-details', playPage.replaceAll('AF_initDataCallback', 'AF_dataInitV2')), null],
    ['a whole App Store page', arrived('apple-page', applePage), null],
    ['an App Store page whose JSON-LD does not parse', arrived('apple-page', applePage.replace('"Calm"}', '"Ca')), /JSON-LD/],
    ['an App Store page cut off', arrived('apple-page', applePage.slice(0, 120)), /no <\/html>/],
    ['a whole lookup answer (served as text/javascript)', arrived('itunes-lookup', '{"resultCount":1,"results":[{}]}\n', { contentType: 'text/javascript; charset=utf-8' }), null],
    ['a cut lookup answer', arrived('itunes-lookup', '{"resultCount":1,"results":[{"trackId":64', { contentType: 'text/javascript' }), /JSON cut off after 41 characters/],
    ['a whole reviews rpc answer', arrived('play-reviews', `)]}'\n\n[["wrb.fr","UsvDTd","[]",null,null,null,"generic"],["di",9]]`, { contentType: 'application/json' }), null],
    ['a reviews rpc answer in length-prefixed chunks', arrived('play-reviews', `)]}'\n\n52\n[["wrb.fr","UsvDTd","[]",null,null,null,"generic"]]\n12\n[["di",9]]\n`, { contentType: 'application/json' }), null],
    ['a cut reviews rpc answer', arrived('play-reviews', `)]}'\n\n[["wrb.fr","UsvDTd","[[[\\"id-1\\",`, { contentType: 'application/json' }), /JSON cut off/],
    ['a cut reviews feed', arrived('apple-reviews', '{"feed":{"entry":[{"title":', { contentType: 'application/json' }), /JSON cut off/],
    ['fewer bytes than Content-Length declared', arrived('privacy-policy', '<html><body>Privacy</body></html>', { contentLength: '9000' }), /33 of 9000 bytes arrived/],
    ['a compressed body is not measured against Content-Length', arrived('privacy-policy', '<html><body>Privacy</body></html>', { contentLength: '20', contentEncoding: 'gzip' }), null],
    ['a policy page that opened <html> and stops', arrived('privacy-policy', '<!doctype html><html><body><h1>Privacy policy</h1><p>We collect'), /no <\/html>/],
    ['a policy page with a comment after </html>', arrived('privacy-policy', '<html><body>Privacy</body></html>\n<!-- served in 12 ms -->\n'), null],
    ['a fragment that never opened <html> is not a cut document', arrived('privacy-policy', '<p>policies may omit the end tag'), null],
    ['JSON of an unknown kind, by its content type', arrived('search', '{"results": [', { contentType: 'application/json' }), /JSON cut off/],
    ['plain text is not checked', arrived('robots', 'User-agent: *\nDisallow: /priv', { contentType: 'text/plain' }), null],
  ])('%s', (_name, body, reason) => {
    const found = incompleteReason(body);
    if (reason === null) expect(found).toBeNull();
    else expect(found).toMatch(reason);
  });

  const words = 'We collect your email address to create your account and never sell it to anyone. '.repeat(4);
  it.each([
    ['<html><body><div id="root"></div><script src="/app.js"></script></body></html>', true],
    ['<html><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="app"></div><script>x()</script></body></html>', true],
    [`<html><body><main><p>${words}</p></main><script>analytics()</script></body></html>`, false],
    [`<html><body><p>short</p></body></html>`, false], // no scripts: nothing to render
  ])('needsRendering(%j) → %s', (html, expected) => {
    expect(needsRendering(html)).toBe(expected);
  });
});

describe('addresses the crawler never connects to', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['0.1.2.3', true],
    ['224.0.0.1', true],
    ['::1', true],
    ['::', true],
    ['fc00::1', true],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:a9fe:a9fe', true],
    ['64:ff9b::a9fe:a9fe', true],
    // Must NOT be refused: public addresses next to the special ranges.
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['172.15.255.255', false],
    ['100.128.0.1', false],
    ['192.169.0.1', false],
    ['142.250.180.14', false],
    ['2606:4700:4700::1111', false],
    ['::ffff:8.8.8.8', false],
    ['64:ff9b::808:808', false],
    ['play.google.com', false], // a name, not an address: resolved first
  ])('%s special: %s', (address, special) => {
    expect(isSpecialAddress(address)).toBe(special);
  });

  const dns = async (host: string) => ({ 'intranet.example': ['93.184.215.14', '10.0.0.7'], 'policy.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'] })[host] ?? [];
  it.each([
    ['http://169.254.169.254/latest/meta-data/', /^169\.254\.169\.254 is a loopback, link-local or private address$/],
    ['http://[::1]:8080/', /^::1 is a loopback/],
    ['http://2130706433/', /^127\.0\.0\.1 is a loopback/], // the URL parser reads 2130706433 as 127.0.0.1
    ['https://intranet.example/admin', /^intranet\.example resolves to 10\.0\.0\.7, a loopback, link-local or private address$/],
    ['https://policy.example/privacy', null],
    ['https://93.184.215.14/privacy', null],
  ])('%s → %s', async (address, reason) => {
    const refused = await refusedAddress(new URL(address), dns);
    if (reason === null) expect(refused).toBeNull();
    else expect(refused).toMatch(reason);
  });
});
