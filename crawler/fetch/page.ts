// Pure checks on a fetched page: did all of it arrive, does it need a browser to show its text.
import { playDataBlocks } from '../../shared/parsers/play-blocks.ts';

/** Hosts whose pages always end with </html>: a body without it was cut off in transit. */
export const STORE_HOSTS: readonly string[] = [
  'play.google.com',
  'apps.apple.com',
  'itunes.apple.com',
  'amp-api.apps.apple.com',
];

export function isStoreHost(host: string): boolean {
  return STORE_HOSTS.includes(host.toLowerCase());
}

/** What arrived: enough of the response to tell whether all of it did. */
export interface ArrivedBody {
  /** The kind of page asked for (`play-details`, `itunes-lookup`…). */
  kind: string;
  contentType: string | null;
  /** The Content-Length header as sent, when sent. */
  contentLength: string | null;
  /** The Content-Encoding header: a compressed body's length is not the declared one. */
  contentEncoding: string | null;
  body: string;
}

/** A check of one structured part a whole page of some kind carries: a reason when it is cut, else null. */
type PartCheck = (body: string) => string | null;

/** Play pages carry their data in AF_initDataCallback blocks; on a whole page every block parses. */
function playDataBlocksWhole(body: string): string | null {
  const started = body.split('AF_initDataCallback(').length - 1;
  const whole = playDataBlocks(body).length;
  return whole < started ? `${started - whole} of ${started} data blocks cut off` : null;
}

const LD_JSON = /<script\b[^>]*type=["']?application\/ld\+json["']?[^>]*>/gi;

/** App Store pages carry JSON-LD structured data; on a whole page each block closes and parses. */
function structuredDataWhole(body: string): string | null {
  for (const open of body.matchAll(LD_JSON)) {
    const start = open.index + open[0].length;
    const end = body.indexOf('</script>', start);
    if (end < 0 || !parses(body.slice(start, end))) return 'structured data (JSON-LD) cut off';
  }
  return null;
}

/** What a whole answer of each kind is: an HTML document or JSON, and the structured parts it carries. */
export const PAGE_SHAPES: Readonly<Record<string, { format: 'html' | 'json'; parts?: readonly PartCheck[] }>> = {
  'play-details': { format: 'html', parts: [playDataBlocksWhole] },
  'play-datasafety': { format: 'html', parts: [playDataBlocksWhole] },
  'apple-page': { format: 'html', parts: [structuredDataWhole] },
  'itunes-lookup': { format: 'json' },
  'apple-reviews': { format: 'json' },
  'play-reviews': { format: 'json' },
};

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Google's JSON answers start with `)]}'` (against JSON hijacking); the rest is JSON or length-prefixed chunks. */
const XSSI_PREFIX = /^\s*\)\]\}'\s*/;

/** Whether a JSON answer arrived whole: it parses, or (Google's rpc framing) every chunk line does. */
export function jsonWhole(body: string): boolean {
  const text = body.replace(/^\uFEFF/, '').replace(XSSI_PREFIX, '');
  if (parses(text)) return true;
  if (text === body.replace(/^\uFEFF/, '')) return false;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && lines.every((line) => /^\d+$/.test(line) || parses(line));
}

/** An HTML document that opened with <html…> and never closed it. */
export function unclosedDocument(body: string): boolean {
  const head = body.slice(0, 2_000).replace(/^\uFEFF/, '');
  if (!/^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<html[\s>]/i.test(head)) return false;
  return !/<\/html\s*>/i.test(body.slice(-4_096));
}

function isJson(contentType: string | null): boolean {
  return /\bjson\b/i.test(contentType ?? '');
}

/**
 * Why the body did not arrive whole, or null when it did: fewer bytes than Content-Length
 * declared, an HTML document that started and did not end, JSON that does not parse, or a page
 * whose structured parts (Play's data blocks, the App Store's JSON-LD) are cut off.
 */
export function incompleteReason(arrived: ArrivedBody): string | null {
  const declared = arrived.contentLength === null ? NaN : Number(arrived.contentLength);
  const bytes = Buffer.byteLength(arrived.body, 'utf8');
  if (!arrived.contentEncoding && Number.isInteger(declared) && bytes < declared) return `${bytes} of ${declared} bytes arrived`;
  const shape = PAGE_SHAPES[arrived.kind];
  const format = shape?.format ?? (isJson(arrived.contentType) ? 'json' : 'html');
  if (format === 'json') return jsonWhole(arrived.body) ? null : `JSON cut off after ${arrived.body.length} characters`;
  if (unclosedDocument(arrived.body)) return `page cut off after ${arrived.body.length} characters (no </html>)`;
  for (const check of shape?.parts ?? []) {
    const reason = check(arrived.body);
    if (reason) return reason;
  }
  return null;
}

/** The text a reader would see, roughly: scripts, styles and tags removed, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether an HTML page shows its content only after scripts run (a single-page app shell): little
 * visible text but scripts present. Such pages go to the headless browser; others never do.
 */
export function needsRendering(html: string, minVisibleChars = 200): boolean {
  if (!/<script\b/i.test(html)) return false;
  if (/<noscript\b[^>]*>[\s\S]*?enable javascript/i.test(html)) return true;
  return visibleText(html).length < minVisibleChars;
}
