// Can the stores be reached from here? A quick DNS lookup and one small HTTPS request per store,
// each with a short timeout, so a machine without internet finds out in seconds, not minutes.
import { lookup } from 'node:dns/promises';
import { USER_AGENT } from '../fetch/user-agent.ts';

export const STORE_PROBES: readonly string[] = ['https://play.google.com/robots.txt', 'https://apps.apple.com/robots.txt'];

export interface ProbeResult {
  reachable: boolean;
  /** Why not, in a few words ("play.google.com: DNS lookup failed (ENOTFOUND)"). */
  reason: string | null;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_resolve, reject) => setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms).unref()),
  ]);
}

async function probeOne(url: string, timeoutMs: number, fetchImpl: typeof fetch): Promise<string | null> {
  const host = new URL(url).host;
  try {
    await withTimeout(lookup(host), timeoutMs, 'DNS lookup');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `${host}: DNS lookup failed${code ? ` (${code})` : ` (${(error as Error).message})`}`;
  }
  try {
    const response = await fetchImpl(url, { method: 'GET', headers: { 'user-agent': USER_AGENT }, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    await response.body?.cancel();
    if (response.status >= 500) return `${host}: HTTP ${response.status}`;
    return null;
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause;
    return `${host}: no answer (${cause?.code ?? (error as Error).name})`;
  }
}

/** Reachable when every store answers. MINDLABEL_OFFLINE=1 skips the probe (treated as unreachable). */
export async function probeStores(
  options: { urls?: readonly string[]; timeoutMs?: number; env?: NodeJS.ProcessEnv; fetchImpl?: typeof fetch } = {},
): Promise<ProbeResult> {
  const env = options.env ?? process.env;
  if (env.MINDLABEL_OFFLINE === '1' || env.MINDLABEL_OFFLINE === 'true') return { reachable: false, reason: 'MINDLABEL_OFFLINE is set' };
  const failures = await Promise.all((options.urls ?? STORE_PROBES).map((url) => probeOne(url, options.timeoutMs ?? 3_000, options.fetchImpl ?? fetch)));
  const first = failures.find((f) => f !== null);
  return first ? { reachable: false, reason: first } : { reachable: true, reason: null };
}
