// Progress for long work: one self-rewriting line (count, rate, ETA) on a terminal; plain lines,
// a few per run, when output goes to a file or CI (CI=true), so logs stay readable.

export interface ProgressState {
  label: string;
  done: number;
  total: number;
  failed: number;
  elapsedMs: number;
  unit: string;
}

/** "45s", "3m 05s", "1h 02m". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** Items per second so far, or null before there is anything to measure. */
export function rateOf(done: number, elapsedMs: number): number | null {
  return done > 0 && elapsedMs > 0 ? (done * 1000) / elapsedMs : null;
}

/** Time left at the rate so far, or null when unknown. */
export function etaMs(done: number, total: number, elapsedMs: number): number | null {
  const rate = rateOf(done, elapsedMs);
  if (rate === null || total <= done) return total <= done ? 0 : null;
  return ((total - done) / rate) * 1000;
}

function formatRate(rate: number): string {
  return rate >= 10 ? rate.toFixed(0) : rate >= 1 ? rate.toFixed(1) : rate.toFixed(2);
}

/** `crawl 12/40 (30%) · 2.4 apps/s · ETA 12s · 1 failed` */
export function formatProgress(state: ProgressState): string {
  const percent = state.total > 0 ? Math.floor((state.done / state.total) * 100) : 100;
  const parts = [`${state.label} ${state.done}/${state.total} (${percent}%)`];
  const rate = rateOf(state.done, state.elapsedMs);
  if (rate !== null) parts.push(`${formatRate(rate)} ${state.unit}/s`);
  const eta = etaMs(state.done, state.total, state.elapsedMs);
  if (eta !== null && state.done < state.total) parts.push(`ETA ${formatDuration(eta)}`);
  if (state.failed > 0) parts.push(`${state.failed} failed`);
  return parts.join(' · ');
}

/** How many items between plain progress lines: about ten lines per run. */
export function plainStep(total: number): number {
  return Math.max(1, Math.ceil(total / 10));
}

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export function isInteractive(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env.CI;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started: number;
  private lastDraw = 0;
  private readonly interactive: boolean;
  private readonly step: number;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: ProgressStream,
    private readonly options: { unit?: string; now?: () => number; interactive?: boolean } = {},
  ) {
    this.started = this.now();
    this.interactive = options.interactive ?? isInteractive(stream);
    this.step = plainStep(total);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private state(): ProgressState {
    return { label: this.label, done: this.done, total: this.total, failed: this.failed, elapsedMs: this.now() - this.started, unit: this.options.unit ?? 'items' };
  }

  /** One item finished. */
  tick(failed = false): void {
    this.done++;
    if (failed) this.failed++;
    if (this.interactive) {
      const now = this.now();
      if (now - this.lastDraw >= 100 || this.done === this.total) {
        this.lastDraw = now;
        this.stream.write(`\r\x1b[K${formatProgress(this.state())}`);
      }
    } else if (this.done % this.step === 0 && this.done < this.total) {
      this.stream.write(`${formatProgress(this.state())}\n`);
    }
  }

  /** A message that must not be overwritten by the progress line (e.g. a failure). */
  note(line: string): void {
    this.stream.write(this.interactive ? `\r\x1b[K${line}\n` : `${line}\n`);
  }

  /** Final line; returns the elapsed time in ms. */
  finish(): number {
    const state = this.state();
    this.stream.write(`${this.interactive ? '\r\x1b[K' : ''}${formatProgress(state)} · done in ${formatDuration(state.elapsedMs)}\n`);
    return state.elapsedMs;
  }
}
