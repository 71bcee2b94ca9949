// The one way MindLabel fetches a page: robots.txt checked, per-host spacing, retries with backoff
// for what is worth retrying, a timeout on every request, an honest User-Agent, no connection to
// loopback or private addresses, and – only for pages that need it – the headless browser.
// A page is handed back only when all of it arrived; what could not be had is thrown, classified.
// Sources receive `fetchPage` and never see the rest.
import { refusedAddress, systemResolver, type ResolveHost } from './address-guard.ts';
import { DEFAULT_BACKOFF, parseRetryAfter, retryWait, type BackoffPolicy } from './backoff.ts';
import { FetchError, RETRYABLE_KINDS, classifyStatus, classifyThrown, type FetchFailureKind } from '../errors.ts';
import { HostThrottle, realClock, type Clock } from './host-throttle.ts';
import { incompleteReason, isStoreHost, needsRendering } from './page.ts';
import type { Renderer } from './render.ts';
import { crawlDelay, isAllowed, robotsFromResponse, type Robots } from './robots.ts';
import { USER_AGENT, productToken } from './user-agent.ts';

/** Where a page's content came from, as the Listing's provenance names it. */
export type PageOrigin = 'live' | 'replay' | 'recorded' | 'fixture';

export interface FetchedPage {
  /** The final URL after redirects: the store's own address, also when served by a replay. */
  url: string;
  status: number;
  body: string;
  fetchedAt: string;
  kind: string;
  contentType: string | null;
  origin: PageOrigin;
  /** When the content was captured: now for live pages, the recording date for recorded ones. */
  capturedAt: string;
  attempts: number;
  rendered: boolean;
}

/**
 * What to send instead of a plain GET: the few store endpoints that answer only a form POST (Play's
 * batchexecute reviews rpc). Politeness, robots.txt and retries apply as to any page.
 */
export interface PageRequest {
  method?: 'GET' | 'POST';
  /** Request body, sent as given (e.g. `f.req=…` form-encoded). */
  body?: string;
  /** Extra request headers (e.g. content-type); ours (user-agent, replay host) are kept. */
  headers?: Record<string, string>;
}

export type FetchPage = (url: string, kind: string, request?: PageRequest) => Promise<FetchedPage>;

/** Where a request really goes: the URL itself, or a replay origin plus the host it stands for. */
export interface Route {
  url: string;
  headers: Record<string, string>;
}
export type Rewrite = (url: URL) => Route;

/** Replay servers name the host a request stands for in this header. */
export const REPLAY_HOST_HEADER = 'x-mindlabel-host';
/** …and say what their material is (recorded | fixture) and when it was captured. */
export const REPLAY_ORIGIN_HEADER = 'x-mindlabel-origin';
export const REPLAY_CAPTURED_HEADER = 'x-mindlabel-captured-at';

/** Send every request to `origin` (e.g. http://127.0.0.1:8123), keeping path and query. */
export function replayRewrite(origin: string): Rewrite {
  const base = new URL(origin);
  return (url) => {
    const target = new URL(url.pathname + url.search, base);
    return { url: target.href, headers: { [REPLAY_HOST_HEADER]: url.host } };
  };
}

export interface RetryEvent {
  url: string;
  kind: FetchFailureKind;
  attempt: number;
  waitMs: number;
}

export interface FetcherOptions {
  userAgent?: string;
  timeoutMs?: number;
  /** Spacing between requests to one host (ms); 0 switches politeness off (benchmarks only). */
  perHostIntervalMs?: number;
  backoff?: BackoffPolicy;
  respectRobots?: boolean;
  rewrite?: Rewrite | null;
  /** The headless browser; null = never render. */
  renderer?: Renderer | null;
  /** Kinds of page always rendered in the browser (others only when needsRendering says so). */
  renderKinds?: readonly string[];
  fetchImpl?: typeof fetch;
  /**
   * Connect to loopback and private addresses too. Only for a replay on this machine (the replay
   * session sets it, explicitly); never the default, so a policy link or redirect cannot reach them.
   */
  allowPrivateHosts?: boolean;
  /** How host names are resolved for that check (default: the system resolver). */
  resolveHost?: ResolveHost;
  clock?: Clock;
  random?: () => number;
  onRetry?: (event: RetryEvent) => void;
}

export interface Fetcher {
  fetchPage: FetchPage;
  /** Requests sent (attempts, robots.txt included). */
  readonly requests: number;
  close(): Promise<void>;
}

const MAX_REDIRECTS = 5;

interface RawResponse {
  status: number;
  body: string;
  headers: Headers;
  finalUrl: URL;
}

/** The headers arrived but the connection closed before the body's end. */
class BodyCutError extends Error {
  override name = 'BodyCutError';
}

export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const userAgent = options.userAgent ?? USER_AGENT;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const clock = options.clock ?? realClock;
  const random = options.random ?? Math.random;
  const rewrite = options.rewrite ?? null;
  const fetchImpl = options.fetchImpl ?? fetch;
  const renderKinds = new Set(options.renderKinds ?? []);
  const resolveHost = options.resolveHost ?? systemResolver;
  const throttle = new HostThrottle(options.perHostIntervalMs ?? 1_000, clock);
  const robotsCache = new Map<string, Promise<Robots>>();
  let requests = 0;

  /** Refuse loopback, link-local and private addresses (unless this fetcher serves a local replay). */
  async function guard(url: URL): Promise<void> {
    if (options.allowPrivateHosts) return;
    const refused = await refusedAddress(url, resolveHost);
    if (refused) throw new FetchError('private-address', url.href, `${refused}: ${url.href} is not fetched`);
  }

  /** Whether a rendered page may load an address (its scripts, frames, fetches): web addresses obey the guard. */
  async function mayLoad(address: string): Promise<boolean> {
    if (!/^https?:/i.test(address)) return true;
    return (await refusedAddress(new URL(address), resolveHost)) === null;
  }

  function route(url: URL): Route {
    return rewrite ? rewrite(url) : { url: url.href, headers: {} };
  }

  /** One HTTP exchange, following redirects ourselves so a replay never leaks to the real host. */
  async function request(url: URL, page: PageRequest = {}): Promise<RawResponse> {
    let current = url;
    let method = page.method ?? 'GET';
    let body = method === 'GET' ? undefined : page.body;
    let extra = page.headers ?? {};
    for (let hop = 0; ; hop++) {
      // The page's own address is checked before anything is sent; each redirect is checked here.
      if (hop > 0) await guard(current);
      const target = route(current);
      requests++;
      const response = await fetchImpl(target.url, {
        method,
        headers: { accept: 'text/html,application/json;q=0.9,*/*;q=0.8', ...extra, 'user-agent': userAgent, ...target.headers },
        ...(body === undefined ? {} : { body }),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
        await response.body?.cancel();
        current = new URL(location, current);
        // 307/308 repeat the request as it was; every other redirect is followed with a GET (RFC 9110 §15.4).
        if (response.status !== 307 && response.status !== 308) {
          method = 'GET';
          body = undefined;
          extra = {};
        }
        continue;
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        if (classifyThrown(error) === 'timeout') throw error;
        throw new BodyCutError(`the connection closed before the end of the body (${(error as Error).message})`);
      }
      return { status: response.status, body: text, headers: response.headers, finalUrl: current };
    }
  }

  /**
   * The host's robots.txt rules, fetched once per origin. When robots.txt cannot be read (no
   * answer, or a 5xx) the host is off limits for now (RFC 9309): a classified FetchError is thrown
   * and nothing is cached, so a later request asks again.
   */
  function robotsFor(url: URL): Promise<Robots> {
    const key = url.origin;
    let cached = robotsCache.get(key);
    if (!cached) {
      cached = (async () => {
        await throttle.wait(url.host);
        const robotsUrl = new URL('/robots.txt', url);
        let response: RawResponse;
        try {
          response = await request(robotsUrl);
        } catch (error) {
          if (error instanceof FetchError) throw error;
          const kind = classifyThrown(error);
          throw new FetchError(kind, url.href, `robots.txt of ${url.host} could not be read (${kind === 'timeout' ? `no answer within ${timeoutMs} ms` : (error as Error).message}): the host is off limits for now`);
        }
        if (response.status >= 500) {
          throw new FetchError('server-error', url.href, `robots.txt of ${url.host} answered HTTP ${response.status}: the host is off limits for now`, response.status);
        }
        const robots = robotsFromResponse(response.status, response.body);
        const delay = crawlDelay(robots, productToken(userAgent));
        if (delay !== null) throttle.setMinimumInterval(url.host, delay * 1000);
        return robots;
      })();
      cached.catch(() => robotsCache.delete(key));
      robotsCache.set(key, cached);
    }
    return cached;
  }

  function pageFrom(kind: string, raw: RawResponse, attempts: number, rendered: boolean): FetchedPage {
    const fetchedAt = new Date(clock.now()).toISOString();
    const declared = raw.headers.get(REPLAY_ORIGIN_HEADER);
    const origin: PageOrigin =
      declared === 'recorded' || declared === 'fixture' ? declared : rewrite ? 'replay' : 'live';
    const captured = raw.headers.get(REPLAY_CAPTURED_HEADER);
    const capturedAt = captured && !Number.isNaN(Date.parse(captured)) ? new Date(captured).toISOString() : fetchedAt;
    return {
      url: raw.finalUrl.href,
      status: raw.status,
      body: raw.body,
      fetchedAt,
      kind,
      contentType: raw.headers.get('content-type'),
      origin,
      capturedAt,
      attempts,
      rendered,
    };
  }

  async function maybeRender(url: URL, kind: string, raw: RawResponse, method: string): Promise<RawResponse | null> {
    const renderer = options.renderer;
    // A browser can only load a page by GET: answers to a POST are never rendered.
    if (!renderer || raw.status >= 400 || method !== 'GET') return null;
    const html = /html/i.test(raw.headers.get('content-type') ?? '');
    const wanted = renderKinds.has(kind) || (html && !isStoreHost(url.host) && needsRendering(raw.body));
    if (!wanted) return null;
    const target = route(raw.finalUrl);
    await throttle.wait(url.host);
    requests++;
    const rendered = await renderer.render(target.url, {
      headers: target.headers,
      userAgent,
      timeoutMs,
      ...(options.allowPrivateHosts ? {} : { allowRequest: mayLoad }),
    });
    return { ...raw, status: rendered.status || raw.status, body: rendered.body };
  }

  async function fetchPage(address: string, kind: string, page: PageRequest = {}): Promise<FetchedPage> {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw new FetchError('http-error', address, `not a URL: ${address}`);
    }
    await guard(url);
    if (options.respectRobots !== false) {
      const robots = await robotsFor(url);
      if (!isAllowed(robots, productToken(userAgent), url.pathname + url.search)) {
        throw new FetchError('robots-disallowed', url.href, `robots.txt of ${url.host} disallows ${url.pathname}`);
      }
    }
    // A body that arrives cut the same way twice from a site other than a store is how that site
    // sends it (HTML may leave out </html>): taken as it is. Store pages always arrive whole.
    let cutBefore: string | null = null;
    for (let attempt = 1; ; attempt++) {
      await throttle.wait(url.host);
      let failure: FetchFailureKind;
      let retryAfterMs: number | null = null;
      let status: number | null = null;
      let detail: string;
      try {
        const raw = await request(url, page);
        const verdict = classifyStatus(raw.status);
        // Final answers (404 "no such app", 403, 410…) go back to the source, which reads them.
        if (verdict !== 'ok' && !RETRYABLE_KINDS.has(verdict)) return pageFrom(kind, raw, attempt, false);
        if (verdict === 'ok') {
          const cut = incompleteReason({
            kind,
            contentType: raw.headers.get('content-type'),
            contentLength: raw.headers.get('content-length'),
            contentEncoding: raw.headers.get('content-encoding'),
            body: raw.body,
          });
          if (!cut || (cutBefore === raw.body && !isStoreHost(raw.finalUrl.host))) {
            const rendered = await maybeRender(url, kind, raw, page.method ?? 'GET');
            return pageFrom(kind, rendered ?? raw, attempt, rendered !== null);
          }
          cutBefore = raw.body;
          failure = 'truncated';
          detail = cut;
        } else {
          failure = verdict;
          status = raw.status;
          retryAfterMs = parseRetryAfter(raw.headers.get('retry-after'), new Date(clock.now()));
          detail = `HTTP ${raw.status}`;
        }
      } catch (error) {
        if (error instanceof FetchError) throw error;
        failure = error instanceof BodyCutError ? 'truncated' : classifyThrown(error);
        detail = failure === 'timeout' ? `no answer within ${timeoutMs} ms` : (error as Error).message;
      }
      if (retryAfterMs !== null && retryAfterMs > policy.maxRetryAfterMs) {
        // Waiting that long would stall every page of the host: this page is given up, the host is not paused.
        throw new FetchError(
          failure,
          url.href,
          `${detail} asked to wait ${Math.round(retryAfterMs / 1000)} s (Retry-After), more than the ${Math.round(policy.maxRetryAfterMs / 1000)} s a crawl waits: ` +
            `given up without pausing ${url.host}: ${url.href}`,
          status,
          attempt,
        );
      }
      const wait = retryWait(attempt, retryAfterMs, policy, random);
      if (wait === null) throw new FetchError(failure, url.href, `${detail} after ${attempt} attempts: ${url.href}`, status, attempt);
      // The server asked for a pause: every request to the host waits, not only this page.
      if (retryAfterMs !== null) throttle.pause(url.host, retryAfterMs);
      options.onRetry?.({ url: url.href, kind: failure, attempt, waitMs: wait });
      await clock.sleep(wait);
    }
  }

  return {
    fetchPage,
    get requests() {
      return requests;
    },
    async close() {
      await options.renderer?.close();
    },
  };
}
