// Every way the crawler and its command line can fail, in one place: fetch failures (what the
// network or the server did), source failures (what the store said about the app), and mistakes a
// person can fix (how a command was called, or its input).

// Fetch failures, classified so the crawl knows what to retry and the summary can count by kind.
export type FetchFailureKind =
  | 'timeout'
  | 'network'
  | 'rate-limited'
  | 'server-error'
  | 'truncated'
  | 'not-found'
  | 'gone'
  | 'forbidden'
  | 'http-error'
  | 'robots-disallowed'
  /** The address is loopback, link-local or private (RFC 1918…): never fetched. */
  | 'private-address';

export const RETRYABLE_KINDS: ReadonlySet<FetchFailureKind> = new Set([
  'timeout',
  'network',
  'rate-limited',
  'server-error',
  'truncated',
]);

/** A failure that may well not happen next time: worth retrying now, and no reason to forget what was read before. */
export function isPassing(kind: string): boolean {
  return RETRYABLE_KINDS.has(kind as FetchFailureKind);
}

/** A page that could not be fetched (after any retries). */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly kind: FetchFailureKind,
    readonly url: string,
    message: string,
    readonly status: number | null = null,
    readonly attempts = 1,
  ) {
    super(message);
  }

  get retryable(): boolean {
    return RETRYABLE_KINDS.has(this.kind);
  }
}

/**
 * What an HTTP status means for a crawler. Returned pages with 404/410 are handed back to the
 * source (it decides "app removed" or "region-locked"); retryable ones are retried first.
 */
export function classifyStatus(status: number): 'ok' | FetchFailureKind {
  if (status >= 200 && status < 400) return 'ok';
  if (status === 404) return 'not-found';
  if (status === 410) return 'gone';
  if (status === 401 || status === 403 || status === 451) return 'forbidden';
  if (status === 429) return 'rate-limited';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'server-error';
  return 'http-error';
}

/** Network-level failures (DNS, refused, reset) and timeouts, told apart from everything else. */
export function classifyThrown(error: unknown): 'timeout' | 'network' {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  if (cause?.code === 'UND_ERR_HEADERS_TIMEOUT' || cause?.code === 'UND_ERR_BODY_TIMEOUT') return 'timeout';
  return 'network';
}

// Why a source could not give a listing, classified so the crawl records it and never retries it
// forever. Fetch-level failures (timeouts, 429, 5xx) are the fetcher's; these are about the app.
export type SourceFailureKind =
  | 'not-found'
  | 'app-removed'
  | 'region-locked'
  | 'layout-changed'
  | 'not-a-policy'
  | 'rate-limited'
  | 'server-error'
  | 'forbidden'
  | 'timeout'
  | 'unexpected-status';

export abstract class SourceError extends Error {
  abstract readonly kind: SourceFailureKind;
  /** Retrying soon will not help: the crawl records the failure and moves on. */
  readonly retryable: boolean = false;
  constructor(
    message: string,
    readonly url: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

/** The store answers 404: no such app (or id) in this store. */
export class NotFoundError extends SourceError {
  override name = 'NotFoundError';
  readonly kind: SourceFailureKind = 'not-found';
}

/** The store answers 410, or says the app was taken down. */
export class AppRemovedError extends NotFoundError {
  override name = 'AppRemovedError';
  override readonly kind: SourceFailureKind = 'app-removed';
}

/** The app exists but is not offered in the requested region. */
export class RegionLockedError extends SourceError {
  override name = 'RegionLockedError';
  readonly kind: SourceFailureKind = 'region-locked';
}

/** The page came back but the fields a listing needs could not be read from it. */
export class LayoutChangedError extends SourceError {
  override name = 'LayoutChangedError';
  readonly kind: SourceFailureKind = 'layout-changed';
  constructor(
    readonly fields: readonly string[],
    url: string,
    what: string,
  ) {
    super(`extraction failed: ${fields.join(', ')} (${what})`, url, 200);
  }
}

/** What a status other than 404/410/451 says happened, in the words failures are counted by. */
export function statusKind(status: number): SourceFailureKind {
  const kind = classifyStatus(status);
  return kind === 'rate-limited' || kind === 'server-error' || kind === 'forbidden' || kind === 'timeout' ? kind : 'unexpected-status';
}

/** Any other status a page answered with (403, 400, a 5xx or 429 handed over by another fetcher…). */
export class UnexpectedStatusError extends SourceError {
  override name = 'UnexpectedStatusError';
  readonly kind: SourceFailureKind;
  override readonly retryable: boolean;
  constructor(message: string, url: string, status: number) {
    super(message, url, status);
    this.kind = statusKind(status);
    this.retryable = isPassing(this.kind);
  }
}

/** The privacy-policy link leads to something that is not a policy (home page, error page). */
export class NotAPolicyError extends SourceError {
  override name = 'NotAPolicyError';
  readonly kind: SourceFailureKind = 'not-a-policy';
}

/** Phrases stores show instead of an app that is not offered where the request came from. */
const REGION_LOCKED = /(not|isn['’]t) available (in|for) your (country|region)|not available in this (country|region)|nicht in deinem Land verfügbar/i;
const REMOVED = /(has been|was) removed from (the )?(Google Play|App Store)|no longer available on/i;

/**
 * Turn a response the fetcher handed back into a classified failure, or nothing when it is a page
 * to parse. `what` names the request for the message ("Play details page for com.x").
 */
export function failureFor(response: { url: string; status: number; body: string }, what: string): SourceError | undefined {
  const { url, status, body } = response;
  if (status === 410) return new AppRemovedError(`${what}: the store says it is gone (410)`, url, status);
  if (status === 404) {
    if (REGION_LOCKED.test(body.slice(0, 200_000))) return new RegionLockedError(`${what}: not available in this region (404)`, url, status);
    return new NotFoundError(`${what}: not found (404)`, url, status);
  }
  if (status === 451) return new RegionLockedError(`${what}: unavailable for legal reasons in this region (451)`, url, status);
  if (status < 200 || status >= 300) return new UnexpectedStatusError(`${what}: HTTP ${status}`, url, status);
  if (REGION_LOCKED.test(body.slice(0, 200_000)) && !/AF_initDataCallback|application\/ld\+json/.test(body)) {
    return new RegionLockedError(`${what}: the store says the app is not available in this region`, url, status);
  }
  if (REMOVED.test(body.slice(0, 200_000)) && !/AF_initDataCallback|application\/ld\+json/.test(body)) {
    return new AppRemovedError(`${what}: the store says the app was removed`, url, status);
  }
  return undefined;
}

/** A mistake in how the command was called: printed as one line with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem with the input or environment the user can fix: printed as one line, exit code 1. */
export class UserError extends Error {
  override name = 'UserError';
}
