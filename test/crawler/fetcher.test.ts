// The fetcher on its real HTTP path, against the replay server with faults injected.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../crawler/fetch/errors.ts';
import { createFetcher, replayRewrite, type RetryEvent } from '../../crawler/fetch/fetcher.ts';
import { USER_AGENT } from '../../crawler/fetch/user-agent.ts';
import { FIXTURE_REPLAY_DIR } from '../../crawler/replay/dirs.ts';
import type { Fault } from '../../crawler/replay/faults.ts';
import { startReplayServer, type ReplayServer } from '../../crawler/replay/server.ts';
import { FIXTURE_CAPTURED_AT } from '../fixtures/replay/apps.ts';

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

  it('gives up after the last attempt and hands the final 500 to the source', async () => {
    const { fetcher, server } = await setup([{ kind: '500', match: 'details' }]);
    const page = await fetcher.fetchPage(DETAILS, 'play-details');
    expect(page.status).toBe(500);
    expect(page.attempts).toBe(FAST_BACKOFF.maxAttempts);
    expect(server.requests.filter((r) => r.path.startsWith('/store/apps/details'))).toHaveLength(FAST_BACKOFF.maxAttempts);
  });

  it('does not wait for a Retry-After longer than the policy allows', async () => {
    const { fetcher, retries } = await setup([{ kind: '429', match: 'details', retryAfter: '3600' }]);
    const page = await fetcher.fetchPage(DETAILS, 'play-details');
    expect(page.status).toBe(429);
    expect(retries).toHaveLength(0);
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
      const fetcher = createFetcher({ rewrite: replayRewrite(`http://127.0.0.1:${port}`), perHostIntervalMs: 0, respectRobots: false, renderer: null });
      const page = await fetcher.fetchPage('https://policy.example/old', 'privacy-policy');
      expect(page.url).toBe('https://moved.example/new');
      expect(page.body).toContain('moved here');
      expect(seen).toEqual(['policy.example /old', 'moved.example /new']);
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
      const fetcher = createFetcher({ rewrite: replayRewrite(`http://127.0.0.1:${port}`), perHostIntervalMs: 0, renderer: null });
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
