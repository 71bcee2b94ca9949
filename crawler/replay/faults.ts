// Faults a replay can inject, so the crawler's handling of a bad day is tested on its real HTTP path.

export type FaultKind = 'timeout' | '429' | '500' | '503' | 'reset' | 'truncate' | 'drop' | 'layout' | '404' | 'redirect';

export interface Fault {
  kind: FaultKind;
  /** Substring of `host path?query` the fault applies to (empty = every request). */
  match: string;
  /** How many matching requests it hits; then it is spent (default: all of them). */
  times?: number;
  /** For 429/503: the Retry-After header value ("1" or an HTTP date). */
  retryAfter?: string;
  /** For redirect: where the 302 points. */
  location?: string;
}

/** Faults with their remaining count; shared by every request to one server. */
export class FaultPlan {
  private readonly remaining: number[];

  constructor(readonly faults: readonly Fault[]) {
    this.remaining = faults.map((f) => f.times ?? Number.POSITIVE_INFINITY);
  }

  /** The fault to apply to this request (spending one use), or null. */
  take(target: string): Fault | null {
    for (let i = 0; i < this.faults.length; i++) {
      const fault = this.faults[i]!;
      if (this.remaining[i]! > 0 && target.includes(fault.match)) {
        this.remaining[i]!--;
        return fault;
      }
    }
    return null;
  }
}

const KINDS: readonly FaultKind[] = ['timeout', '429', '500', '503', 'reset', 'truncate', 'drop', 'layout', '404', 'redirect'];

/**
 * A fault from the command line: `KIND[:MATCH][*TIMES][,retry-after=VALUE][,location=URL]`, e.g.
 * `429:/store/apps/details*2,retry-after=1`, `layout:id=com.example.app` or
 * `redirect:calmsteps.example /privacy,location=http://169.254.169.254/`. `truncate` sends the first
 * half of the page as if that were all of it; `drop` declares the whole length and closes the
 * connection half way.
 */
export function parseFault(spec: string): Fault {
  const [head, ...options] = spec.split(',');
  const m = /^([a-z0-9]+)(?::(.*?))?(?:\*(\d+))?$/.exec(head ?? '');
  if (!m || !KINDS.includes(m[1] as FaultKind)) {
    throw new Error(`fault "${spec}": expected KIND[:MATCH][*TIMES] with KIND one of ${KINDS.join(', ')}`);
  }
  const fault: Fault = { kind: m[1] as FaultKind, match: m[2] ?? '' };
  if (m[3]) fault.times = Number(m[3]);
  for (const option of options) {
    const at = option.indexOf('=');
    const [name, value] = at < 0 ? [option, ''] : [option.slice(0, at), option.slice(at + 1)];
    if (name === 'retry-after' && value) fault.retryAfter = value;
    else if (name === 'location' && value) fault.location = value;
    else throw new Error(`fault "${spec}": unknown option "${option}"`);
  }
  if (fault.kind === 'redirect' && !fault.location) throw new Error(`fault "${spec}": a redirect needs location=URL`);
  return fault;
}

/** Keep the first `share` of a page: what a dropped connection leaves. */
export function truncateBody(body: string, share = 0.5): string {
  return body.slice(0, Math.floor(body.length * share));
}

/**
 * A store redesign, as far as extraction can tell: data blocks renamed, structured data and meta
 * tags gone, privacy sections renamed. The page still loads; the fields are no longer where they were.
 */
export function changeLayout(body: string): string {
  return body
    .replace(/AF_initDataCallback/g, 'AF_dataInitV2')
    .replace(/<script[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<meta[^>]+(?:property|name)="(?:og:[^"]*|description|twitter:[^"]*|apple:[^"]*)"[^>]*>/gi, '')
    .replace(/itemprop="[^"]*"/g, '')
    .replace(/<h1\b[^>]*>[\s\S]*?<\/h1>/gi, '<div class="title-v2"></div>')
    .replace(/app-privacy/g, 'app-data-v2')
    .replace(/privacy-type/g, 'data-kind-v2')
    .replace(/"resultCount"/g, '"count_v2"')
    .replace(/"results"/g, '"items_v2"');
}
