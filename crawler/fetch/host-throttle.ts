// Per-host politeness: requests to one host are spaced by an interval (default 1 s); different
// hosts proceed in parallel. A 429 or Crawl-delay widens one host's spacing without slowing others.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** When the next request to a host may start, given when the previous slot was and the spacing. */
export function nextSlot(previousSlot: number | undefined, now: number, intervalMs: number): number {
  if (previousSlot === undefined) return now;
  return Math.max(now, previousSlot + intervalMs);
}

export class HostThrottle {
  private readonly lastSlot = new Map<string, number>();
  private readonly pausedUntil = new Map<string, number>();
  private readonly intervals = new Map<string, number>();

  /** `intervalMs` 0 switches politeness off (benchmarks and tests against the local replay only). */
  constructor(
    private readonly intervalMs: number,
    private readonly clock: Clock = realClock,
  ) {}

  intervalFor(host: string): number {
    return Math.max(this.intervalMs, this.intervals.get(host) ?? 0);
  }

  /** Honour a host's robots.txt Crawl-delay (only ever widens the spacing). */
  setMinimumInterval(host: string, ms: number): void {
    if (this.intervalMs === 0) return;
    this.intervals.set(host, Math.max(this.intervals.get(host) ?? 0, ms));
  }

  /** Hold every request to `host` for `ms` (after a 429 or 503 with Retry-After). */
  pause(host: string, ms: number): void {
    const until = this.clock.now() + ms;
    this.pausedUntil.set(host, Math.max(this.pausedUntil.get(host) ?? 0, until));
  }

  /** Resolves when a request to `host` may start; claims that slot synchronously so callers queue fairly. */
  async wait(host: string): Promise<void> {
    const now = this.clock.now();
    const paused = this.pausedUntil.get(host) ?? 0;
    const slot = Math.max(nextSlot(this.lastSlot.get(host), now, this.intervalFor(host)), paused);
    this.lastSlot.set(host, slot);
    if (slot > now) await this.clock.sleep(slot - now);
  }
}
