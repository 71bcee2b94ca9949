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
  | 'robots-disallowed';

export const RETRYABLE_KINDS: ReadonlySet<FetchFailureKind> = new Set([
  'timeout',
  'network',
  'rate-limited',
  'server-error',
  'truncated',
]);

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
