// The fetcher's pure pieces: retry timing, Retry-After, robots.txt rules, host spacing, page checks.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, backoffDelay, parseRetryAfter, retryWait, type BackoffPolicy } from '../../crawler/fetch/backoff.ts';
import { classifyStatus } from '../../crawler/errors.ts';
import { HostThrottle, nextSlot, type Clock } from '../../crawler/fetch/host-throttle.ts';
import { looksTruncated, needsRendering } from '../../crawler/fetch/page.ts';
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
  it.each([
    ['play.google.com', 'text/html; charset=utf-8', '<html><body>…</body></html>\n', false],
    ['play.google.com', 'text/html; charset=utf-8', '<html><body><script>AF_initData', true],
    ['apps.apple.com', 'text/html', '<html><body>cut', true],
    ['itunes.apple.com', 'application/json', '{"resultCount":1', false], // JSON is parsed, not checked here
    ['moodharbour.example', 'text/html', '<p>policies may omit the end tag', false],
  ])('%s %s %j truncated: %s', (host, type, body, truncated) => {
    expect(looksTruncated(host, type, body)).toBe(truncated);
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
