// The fetcher on its real HTTP path, against the replay server with faults injected.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../crawler/errors.ts';
import { createFetcher, replayRewrite, type RetryEvent } from '../../crawler/fetch/fetcher.ts';
import { USER_AGENT } from '../../crawler/fetch/user-agent.ts';
import { FIXTURE_REPLAY_DIR } from '../../crawler/replay/dirs.ts';
import type { Fault } from '../../crawler/replay/faults.ts';
import { startReplayServer, type ReplayServer } from '../../crawler/replay/server.ts';
import { playReviewsRequest } from '../../crawler/sources/google-play/urls.ts';
import { parsePlayReviews } from '../../shared/parsers/play-reviews.ts';
import { FIXTURE_CAPTURED_AT, PLAY_APPS } from '../../crawler/replay/fixtures/apps.ts';

const DETAILS = 'https://play.google.com/store/apps/details?id=org.example.moodharbour&hl=en&gl=gb';
const FAST_BACKOFF = { baseMs: 5, factor: 2, maxMs: 20, jitter: 0.5, maxAttempts: 3, maxRetryAfterMs: 5_000 };

let server: ReplayServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function setup(faults: Fault[] = [], extra: { timeoutMs?: number } = {}) {
  server = await startReplayServer({ dirs: [FIXTURE_REPLAY_DIR], faults, hangMs: 2_000 });
  const retries: RetryEvent[] = [];
  const fetcher = createFetcher({
    rewrite: replayRewrite(server.origin),
    allowPrivateHosts: true,
    perHostIntervalMs: 0,
    backoff: FAST_BACKOFF,
    renderer: null,
    timeoutMs: extra.timeoutMs ?? 2_000,
    onRetry: (e) => retries.push(e),
  });
  return { fetcher, retries, server };
}

describe('fetchPage against the replay', () => {
  it('returns the store address, the recording origin and capture date, and sends our User-Agent', async () => {
    const { fetcher, server } = await setup();
    const page = await fetcher.fetchPage(DETAILS, 'play-details');
    expect(page.status).toBe(200);
    expect(page.url).toBe(DETAILS);
    expect(page.origin).toBe('fixture');
    expect(page.capturedAt).toBe(FIXTURE_CAPTURED_AT);
    expect(page.body).toContain("AF_initDataCallback({key: 'ds:5'");
    expect(page.attempts).toBe(1);
    expect(server.requests.map((r) => r.path)).toEqual(['/robots.txt', '/store/apps/details?id=org.example.moodharbour&hl=en&gl=gb']);
    expect(server.requests.every((r) => r.userAgent === USER_AGENT)).toBe(true);
  });

  it.each<[string, Fault, number]>([
    ['two 500s', { kind: '500', match: 'details', times: 2 }, 3],
    ['a 503', { kind: '503', match: 'details', times: 1 }, 2],
    ['a truncated page', { kind: 'truncate', match: 'details', times: 1 }, 2],
    ['a reset connection', { kind: 'reset', match: 'details', times: 1 }, 2],
  ])('retries %s and then succeeds', async (_name, fault, attempts) => {
    const { fetcher, retries } = await setup([fault]);
    const page = await fetcher.fetchPage(DETAILS, 'play-details');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<\/html>\s*$/);
    expect(page.attempts).toBe(attempts);
    expect(retries).toHaveLength(attempts - 1);
  });

  it('waits out a 429 Retry-After before asking again', async () => {
    const { fetcher, retries } = await setup([{ kind: '429', match: 'details', times: 1, retryAfter: '1' }]);
    const started = Date.now();
    const page = await fetcher.fetchPage(DETAILS, 'play-details');
    expect(page.status).toBe(200);
    expect(retries[0]).toMatchObject({ kind: 'rate-limited', attempt: 1 });
    expect(retries[0]!.waitMs).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it.each<[string, Fault, Record<string, unknown>]>([
    ['a 500', { kind: '500', match: 'details' }, { kind: 'server-error', status: 500, message: expect.stringMatching(/^HTTP 500 after 3 attempts: /) }],
    ['a 503', { kind: '503', match: 'details', retryAfter: '0' }, { kind: 'server-error', status: 503 }],
    ['a 429', { kind: '429', match: 'details', retryAfter: '0' }, { kind: 'rate-limited', status: 429 }],
    ['a truncated page', { kind: 'truncate', match: 'details' }, { kind: 'truncated', status: null, message: expect.stringMatching(/^page cut off after \d+ characters \(no <\/html>\) after 3 attempts/) }],
    ['a connection dropped mid-body', { kind: 'drop', match: 'details' }, { kind: 'truncated', message: expect.stringMatching(/connection closed before the end of the body/) }],
  ])('after the last attempt at %s it throws the failure by kind; nothing cut or failed reaches the source', async (_name, fault, expected) => {
    const { fetcher, server } = await setup([fault]);
    const error = await fetcher.fetchPage(DETAILS, 'play-details').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ ...expected, attempts: FAST_BACKOFF.maxAttempts, url: DETAILS });
    expect(server.requests.filter((r) => r.path.startsWith('/store/apps/details'))).toHaveLength(FAST_BACKOFF.maxAttempts);
  });

  it('a Retry-After within the policy holds every request to that host, not only the retry', async () => {
    server = await startReplayServer({ dirs: [FIXTURE_REPLAY_DIR], faults: [{ kind: '429', match: 'details', times: 1, retryAfter: '2' }] });
    // A clock that records each wait and lets it pass at once, time standing still: a pause shows as a wait.
    const slept: number[] = [];
    const clock = { now: () => Date.parse('2026-03-01T10:00:00Z'), sleep: async (ms: number) => void slept.push(ms) };
    const fetcher = createFetcher({ rewrite: replayRewrite(server.origin), allowPrivateHosts: true, perHostIntervalMs: 0, backoff: FAST_BACKOFF, renderer: null, clock, random: () => 0 });
    expect((await fetcher.fetchPage(DETAILS, 'play-details')).attempts).toBe(2);
    expect(slept).toEqual([2000, 2000]); // the retry's own wait, then the host's pause before it
    await fetcher.fetchPage('https://play.google.com/store/apps/datasafety?id=org.example.moodharbour&hl=en&gl=gb', 'play-datasafety');
    expect(slept).toEqual([2000, 2000, 2000]);
    await fetcher.fetchPage('https://apps.apple.com/gb/app/id6400000101', 'apple-page');
    expect(slept).toEqual([2000, 2000, 2000]); // another host is not held
  });

  it('gives a page up at once when its Retry-After is longer than the policy waits, without pausing the host', async () => {
    const { fetcher, retries, server } = await setup([{ kind: '429', match: 'details', retryAfter: '3600' }]);
    const error = await fetcher.fetchPage(DETAILS, 'play-details').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'rate-limited', attempts: 1, message: expect.stringMatching(/asked to wait 3600 s \(Retry-After\), more than the 5 s a crawl waits: given up without pausing play\.google\.com/) });
    expect(retries).toHaveLength(0);
    // The next page of the same host is asked for at once (a paused host would hold it for an hour).
    const other = await fetcher.fetchPage('https://play.google.com/store/apps/datasafety?id=org.example.moodharbour&hl=en&gl=gb', 'play-datasafety');
    expect(other.status).toBe(200);
    expect(server.requests.map((r) => r.status)).toEqual([200, 429, 200]);
  });

  it('retries a timeout, and throws a classified error when every attempt times out', async () => {
    const once = await setup([{ kind: 'timeout', match: 'details', times: 1 }], { timeoutMs: 300 });
    expect((await once.fetcher.fetchPage(DETAILS, 'play-details')).attempts).toBe(2);
    await server!.close();
    server = null;
    const always = await setup([{ kind: 'timeout', match: 'details' }], { timeoutMs: 200 });
    const error = await always.fetcher.fetchPage(DETAILS, 'play-details').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ kind: 'timeout', attempts: FAST_BACKOFF.maxAttempts, retryable: true });
  });

  it('hands back a 404 at once: not found is not retried', async () => {
    const { fetcher, retries } = await setup();
    const page = await fetcher.fetchPage('https://play.google.com/store/apps/details?id=org.example.nosuchapp', 'play-details');
    expect(page.status).toBe(404);
    expect(page.attempts).toBe(1);
    expect(retries).toHaveLength(0);
  });

  it('respects robots.txt per host, fetching each robots.txt once', async () => {
    const { fetcher, server } = await setup();
    const error = await fetcher.fetchPage('https://brightside.example/private/privacy-policy', 'privacy-policy').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'robots-disallowed' });
    await fetcher.fetchPage('https://moodharbour.example/privacy', 'privacy-policy');
    await fetcher.fetchPage('https://moodharbour.example/privacy', 'privacy-policy');
    const robots = server.requests.filter((r) => r.path === '/robots.txt').map((r) => r.host);
    expect(robots).toEqual(['brightside.example', 'moodharbour.example']);
    expect(server.requests.some((r) => r.path.startsWith('/private/'))).toBe(false);
  });
});

describe('redirects', () => {
  it('follows them itself, keeping each hop on the replay', async () => {
    const seen: string[] = [];
    const origin = http.createServer((req, res) => {
      seen.push(`${req.headers['x-mindlabel-host']} ${req.url}`);
      if (req.url === '/old') {
        res.writeHead(301, { location: 'https://moved.example/new' });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><p>moved here</p></body></html>');
    });
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = origin.address() as AddressInfo;
      const fetcher = createFetcher({ rewrite: replayRewrite(`http://127.0.0.1:${port}`), allowPrivateHosts: true, perHostIntervalMs: 0, respectRobots: false, renderer: null });
      const page = await fetcher.fetchPage('https://policy.example/old', 'privacy-policy');
      expect(page.url).toBe('https://moved.example/new');
      expect(page.body).toContain('moved here');
      expect(seen).toEqual(['policy.example /old', 'moved.example /new']);
    } finally {
      origin.close();
    }
  });
});

describe('a page that leaves out its end', () => {
  it('from a developer’s site, the same body twice is how the site sends it; from a store, it is cut', async () => {
    const unclosed = '<!doctype html><html lang="en"><body><h1>Privacy policy</h1><p>We collect your email address to run your account.</p></body>';
    const asked: string[] = [];
    const origin = http.createServer((req, res) => {
      asked.push(`${req.headers['x-mindlabel-host']} ${req.url}`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(unclosed);
    });
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = origin.address() as AddressInfo;
      const fetcher = createFetcher({ rewrite: replayRewrite(`http://127.0.0.1:${port}`), allowPrivateHosts: true, respectRobots: false, perHostIntervalMs: 0, renderer: null, backoff: FAST_BACKOFF });
      const policy = await fetcher.fetchPage('https://steady.example/privacy', 'privacy-policy');
      expect([policy.status, policy.attempts, policy.body]).toEqual([200, 2, unclosed]);
      const store = await fetcher.fetchPage('https://play.google.com/store/apps/details?id=org.example.steady', 'play-details').catch((e: unknown) => e);
      expect(store).toMatchObject({ kind: 'truncated', attempts: FAST_BACKOFF.maxAttempts });
      expect(asked.filter((a) => a.startsWith('play.google.com'))).toHaveLength(FAST_BACKOFF.maxAttempts);
    } finally {
      origin.close();
    }
  });
});

describe('a robots.txt that cannot be read', () => {
  it('keeps the host off limits for now, and asks again on the next request', async () => {
    let robotsAsked = 0;
    const origin = http.createServer((req, res) => {
      if (req.url === '/robots.txt') {
        robotsAsked++;
        res.writeHead(robotsAsked === 1 ? 503 : 200, { 'content-type': 'text/plain' });
        return res.end(robotsAsked === 1 ? 'busy' : 'User-agent: *\nDisallow: /private/\n');
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>policy</body></html>');
    });
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = origin.address() as AddressInfo;
      const fetcher = createFetcher({ rewrite: replayRewrite(`http://127.0.0.1:${port}`), allowPrivateHosts: true, perHostIntervalMs: 0, renderer: null });
      const first = await fetcher.fetchPage('https://policy.example/privacy', 'privacy-policy').catch((e: unknown) => e);
      expect(first).toBeInstanceOf(FetchError);
      expect(first).toMatchObject({ kind: 'server-error', message: expect.stringMatching(/robots\.txt of policy\.example answered HTTP 503: the host is off limits for now/) });
      expect((await fetcher.fetchPage('https://policy.example/privacy', 'privacy-policy')).status).toBe(200);
      await expect(fetcher.fetchPage('https://policy.example/private/x', 'privacy-policy')).rejects.toMatchObject({ kind: 'robots-disallowed' });
      expect(robotsAsked).toBe(2);
    } finally {
      origin.close();
    }
  });
});

describe('POST requests (the Play reviews rpc)', () => {
  const MOOD = PLAY_APPS[0]!;
  const ask = (token: string | null = null) => {
    const { url, ...request } = playReviewsRequest(MOOD.id, { region: 'gb', language: 'en' }, { count: 100, token });
    return { url, request };
  };

  it('sends the form body and its content type, with our User-Agent, after robots.txt; a token gets the next page', async () => {
    const { fetcher, server } = await setup();
    const first = ask();
    const page1 = await fetcher.fetchPage(first.url, 'play-reviews', first.request);
    expect([page1.status, page1.url, page1.origin, page1.contentType]).toEqual([200, first.url, 'fixture', 'application/json; charset=utf-8']);
    const read1 = parsePlayReviews(page1.body);
    expect(read1.reviews.map((r) => r.text)).toEqual(MOOD.reviews[0]!.map((r) => r.text));
    const second = ask(read1.nextToken!);
    const page2 = await fetcher.fetchPage(second.url, 'play-reviews', second.request);
    const read2 = parsePlayReviews(page2.body);
    expect(read2.reviews.map((r) => r.at)).toEqual(MOOD.reviews[1]!.map((r) => new Date(r.at).toISOString()));
    expect(read2.nextToken).toBeUndefined();
    expect(server.requests.map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`)).toEqual([
      'GET /robots.txt 200',
      'POST /_/PlayStoreUi/data/batchexecute 200',
      'POST /_/PlayStoreUi/data/batchexecute 200',
    ]);
    expect(server.requests.every((r) => r.userAgent === USER_AGENT)).toBe(true);
  });

  it('retries a 503 with the same body, and hands back a 404 for an app nobody recorded', async () => {
    const { fetcher, retries } = await setup([{ kind: '503', match: `app=${MOOD.id}`, times: 1 }]);
    const { url, request } = ask();
    const page = await fetcher.fetchPage(url, 'play-reviews', request);
    expect([page.status, page.attempts, retries.map((r) => r.kind)]).toEqual([200, 2, ['server-error']]);
    expect(parsePlayReviews(page.body).reviews).toHaveLength(MOOD.reviews[0]!.length);
    const { url: otherUrl, ...other } = playReviewsRequest('org.example.unrecorded', { region: 'gb', language: 'en' });
    expect((await fetcher.fetchPage(otherUrl, 'play-reviews', other)).status).toBe(404);
  });

  it('a GET to the rpc is refused (405), an unreadable form is a 400', async () => {
    const { fetcher } = await setup();
    const { url } = ask();
    expect((await fetcher.fetchPage(url, 'play-reviews')).status).toBe(405);
    expect((await fetcher.fetchPage(url, 'play-reviews', { method: 'POST', body: 'f.req=%5Bnot', headers: {} })).status).toBe(400);
  });

  it('robots.txt applies to a POST as to any page: nothing is sent when it is disallowed', async () => {
    const seen: string[] = [];
    const origin = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nDisallow: /_/\n');
    });
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = origin.address() as AddressInfo;
      const fetcher = createFetcher({ rewrite: replayRewrite(`http://127.0.0.1:${port}`), allowPrivateHosts: true, perHostIntervalMs: 0, renderer: null });
      const { url, request } = ask();
      await expect(fetcher.fetchPage(url, 'play-reviews', request)).rejects.toMatchObject({ kind: 'robots-disallowed' });
      expect(seen).toEqual(['GET /robots.txt']);
    } finally {
      origin.close();
    }
  });

  it.each([
    [303, ['POST /rpc f.req=x', 'GET /next ']],
    [307, ['POST /rpc f.req=x', 'POST /next f.req=x']],
  ])('a %i redirect is followed as HTTP says (303: GET without the body; 307: the same POST)', async (status, expected) => {
    const seen: string[] = [];
    const origin = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push(`${req.method} ${req.url} ${body}`);
        if (req.url === '/rpc') {
          res.writeHead(status, { location: '/next' });
          return res.end();
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = origin.address() as AddressInfo;
      const fetcher = createFetcher({ rewrite: replayRewrite(`http://127.0.0.1:${port}`), allowPrivateHosts: true, perHostIntervalMs: 0, respectRobots: false, renderer: null });
      const page = await fetcher.fetchPage('https://api.example/rpc', 'play-reviews', { method: 'POST', body: 'f.req=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect([page.status, page.url]).toEqual([200, 'https://api.example/next']);
      expect(seen).toEqual(expected);
    } finally {
      origin.close();
    }
  });
});

describe('loopback and private addresses', () => {
  it('a fetcher for the live stores sends nothing to this machine: not the page, not its robots.txt', async () => {
    let asked = 0;
    const origin = http.createServer((_req, res) => {
      asked++;
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>router admin</body></html>');
    });
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = origin.address() as AddressInfo;
      const fetcher = createFetcher({ perHostIntervalMs: 0, renderer: null, backoff: FAST_BACKOFF });
      for (const address of [`http://127.0.0.1:${port}/privacy`, `http://localhost:${port}/privacy`, `http://[::ffff:127.0.0.1]:${port}/privacy`]) {
        const error = await fetcher.fetchPage(address, 'privacy-policy').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(FetchError);
        expect(error).toMatchObject({ kind: 'private-address', retryable: false, message: expect.stringMatching(/a loopback, link-local or private address: .* is not fetched$/) });
      }
      expect(asked).toBe(0);
    } finally {
      origin.close();
    }
  });
});
