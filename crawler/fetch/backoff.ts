// Retry timing: exponential backoff with jitter, and the server's own Retry-After when it gives one.
// Pure functions: the random source and the clock are parameters so tests can pin them.

export interface BackoffPolicy {
  /** Delay before the first retry (ms). */
  baseMs: number;
  /** Multiplier per further retry. */
  factor: number;
  /** Ceiling for one computed delay (ms). */
  maxMs: number;
  /** Share of each delay that is random (0 = none, 1 = "full jitter"), so crawlers never retry in lockstep. */
  jitter: number;
  /** Attempts in total, the first included; after that the error is recorded, never retried forever. */
  maxAttempts: number;
  /** A Retry-After longer than this is not waited for: the page is recorded as rate-limited instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseMs: 1_000,
  factor: 2,
  maxMs: 30_000,
  jitter: 0.5,
  maxAttempts: 4,
  maxRetryAfterMs: 120_000,
};

/**
 * Delay before retry number `retry` (1 = first retry): base·factor^(retry−1), capped at maxMs, of
 * which the `jitter` share is scaled by `random()` ∈ [0, 1).
 */
export function backoffDelay(retry: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  if (retry < 1) return 0;
  const ceiling = Math.min(policy.maxMs, policy.baseMs * policy.factor ** (retry - 1));
  const fixed = ceiling * (1 - policy.jitter);
  return Math.round(fixed + ceiling * policy.jitter * random());
}

/**
 * Retry-After as milliseconds from `now`: either delta-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2026 07:28:00 GMT"). Null when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date = new Date()): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // A date must name a weekday or month (IMF-fixdate, RFC 850 or asctime): guards against "1.5" or "-3".
  if (!/[a-z]{3}/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}

/**
 * How long to wait before retry number `retry`, or null to give up: the server's Retry-After
 * (never less than our own backoff) when it gave one and it is not absurdly long.
 */
export function retryWait(
  retry: number,
  retryAfterMs: number | null,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number | null {
  if (retry >= policy.maxAttempts) return null;
  const own = backoffDelay(retry, policy, random);
  if (retryAfterMs === null) return own;
  if (retryAfterMs > policy.maxRetryAfterMs) return null;
  return Math.max(retryAfterMs, own);
}
