// Plain string helpers for reading store pages without a DOM: the same code runs in Node and in a
// content script. Regexes here are deliberately simple and bounded (no nested quantifiers).

/** Named entities seen in store pages and policies; anything else is left as written. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', times: '×', eacute: 'é', egrave: 'è',
  ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß',
  ccedil: 'ç', ntilde: 'ñ', iacute: 'í', oacute: 'ó', uacute: 'ú', thinsp: '\u2009', ensp: '\u2002',
  emsp: '\u2003', zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f',
};

function fromCodePoint(n: number, raw: string): string {
  return Number.isInteger(n) && n > 0 && n < 0x110000 && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : raw;
}

/** Decode HTML character references (`&amp;`, `&#39;`, `&#x2019;`, common named ones). */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,8});/g, (raw, code: string) => {
    if (code[0] === '#') {
      const hex = code[1] === 'x' || code[1] === 'X';
      return fromCodePoint(parseInt(code.slice(hex ? 2 : 1), hex ? 16 : 10), raw);
    }
    return NAMED_ENTITIES[code] ?? NAMED_ENTITIES[code.toLowerCase()] ?? raw;
  });
}

/** Tags that start a new line when turned into text. */
const BLOCK_TAGS =
  'address|article|aside|blockquote|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|ol|p|pre|section|summary|table|tr|ul';
const BLOCK_RE = new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi');

/**
 * Markup → text: `<br>` and block tags become line breaks, other tags vanish, entities are decoded,
 * spaces inside a line collapse, more than one empty line collapses to one.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK_RE, '\n')
    .replace(/<[^>]*>/g, '');
  return tidyLines(decodeEntities(text));
}

/** Trim each line, collapse runs of spaces, allow at most one empty line in a row. */
export function tidyLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Store description markup → plain text: `<br>` is a line break, every other tag is dropped. */
export function descriptionText(html: string): string {
  const text = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p\b[^>]*>/gi, '\n\n').replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .trim();
}

/**
 * Bodies of the `<script>` elements whose opening tag contains `needle` (e.g. `application/ld+json`,
 * `id="serialized-server-data"`). Found by plain string search: store pages are megabytes long.
 */
export function scriptBodies(html: string, needle: string, limit = Infinity): string[] {
  const out: string[] = [];
  for (let at = html.indexOf(needle); at >= 0 && out.length < limit; at = html.indexOf(needle, at + needle.length)) {
    const open = html.lastIndexOf('<script', at);
    const close = html.indexOf('>', at);
    // The needle must sit inside the opening tag itself.
    if (open < 0 || close < 0 || html.lastIndexOf('>', at) > open) continue;
    const end = html.indexOf('</script>', close);
    if (end < 0) break;
    out.push(html.slice(close + 1, end));
    at = end;
  }
  return out;
}

/** Body of the first `<script>` whose opening tag contains `needle`. */
export function scriptBody(html: string, needle: string): string | undefined {
  return scriptBodies(html, needle, 1)[0];
}

/** JSON.parse that answers undefined instead of throwing. */
export function tryJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON-LD object whose `@type` names an application (SoftwareApplication, MobileApplication…). */
export function jsonLdApplication(html: string): JsonObject | undefined {
  for (const body of scriptBodies(html, 'application/ld+json')) {
    const data = tryJson(body.trim());
    const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
    for (const item of items) {
      if (isObject(item) && /Application\b/.test([item['@type']].flat().join(' '))) return item;
    }
  }
  return undefined;
}

/** `content` of the first `<meta>` whose property/name/itemprop is `key`, entities decoded. */
export function metaContent(html: string, key: string): string | undefined {
  const keyRe = new RegExp(`\\b(?:property|name|itemprop)\\s*=\\s*["']${key.replace(/[.:]/g, '\\$&')}["']`, 'i');
  for (let at = html.indexOf(key); at >= 0; at = html.indexOf(key, at + key.length)) {
    const open = html.lastIndexOf('<', at);
    if (open < 0 || !html.startsWith('<meta', open)) continue;
    const tag = html.slice(open, html.indexOf('>', at) + 1);
    if (!keyRe.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const value = content ? decodeEntities(content[1] ?? content[2] ?? '').trim() : '';
    if (value) return value;
  }
  return undefined;
}

/** `href` of the first `<a>` whose visible text or aria-label matches `label` (and not `exclude`). */
export function linkByText(html: string, label: RegExp, from = 0, to = html.length, exclude?: RegExp): string | undefined {
  const re = /<a\b([^>]*)>([\s\S]*?)<\/a>/gi;
  re.lastIndex = from;
  for (let m = re.exec(html); m && m.index < to; m = re.exec(html)) {
    const attrs = m[1]!;
    const aria = /\baria-label\s*=\s*"([^"]*)"/i.exec(attrs)?.[1] ?? '';
    const text = htmlToText(m[2]!);
    if (!label.test(text) && !label.test(decodeEntities(aria))) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
    const url = href ? decodeEntities(href[1] ?? href[2] ?? '').trim() : '';
    if (/^https?:\/\//i.test(url) && !exclude?.test(url)) return url;
  }
  return undefined;
}

/** Text of the first element opened by a tag matching `openTag`, up to its closing `</name>`. */
export function elementText(html: string, openTag: RegExp): string | undefined {
  const m = openTag.exec(html);
  if (!m) return undefined;
  const name = /^<([a-zA-Z0-9]+)/.exec(m[0])?.[1];
  if (!name) return undefined;
  const start = m.index + m[0].length;
  const end = html.indexOf(`</${name}`, start);
  if (end < 0) return undefined;
  const text = htmlToText(html.slice(start, end));
  return text || undefined;
}

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** "342.3K" → 342300, "1,234" → 1234, "5.72M" → 5720000; undefined when it is not a count. */
export function parseCount(text: string): number | undefined {
  const m = /(\d[\d,.\u00a0\u202f ]*)\s*([kKmMbB])?\b/.exec(text);
  if (!m) return undefined;
  const suffix = m[2] ? SUFFIX[m[2].toLowerCase()]! : 1;
  const digits = m[1]!.replace(/[\s\u00a0\u202f]/g, '');
  // With a suffix the number is a decimal ("342.3K"); without, separators are thousands ("1,234").
  const value = suffix > 1 ? Number(digits.replace(',', '.')) : Number(digits.replace(/[,.]/g, ''));
  return Number.isFinite(value) ? Math.round(value * suffix) : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Jun 25, 2026" / "25 Jun 2026" / "2026-06-25" → ISO instant at UTC midnight; undefined otherwise. */
export function parseDisplayDate(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return utcIso(+iso[1]!, +iso[2]! - 1, +iso[3]!);
  const mdy = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  if (mdy && MONTHS.includes(mdy[1]!.toLowerCase())) return utcIso(+mdy[3]!, MONTHS.indexOf(mdy[1]!.toLowerCase()), +mdy[2]!);
  const dmy = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(text);
  if (dmy && MONTHS.includes(dmy[2]!.toLowerCase())) return utcIso(+dmy[3]!, MONTHS.indexOf(dmy[2]!.toLowerCase()), +dmy[1]!);
  return undefined;
}

function utcIso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCDate() === day ? date.toISOString() : undefined;
}

/** Seconds since the epoch → ISO instant, when it is a plausible date. */
export function isoFromSeconds(seconds: unknown): string | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return undefined;
  return new Date(seconds * 1000).toISOString();
}

/** Any date string `Date` understands unambiguously (ISO forms) → ISO instant. */
export function isoFromDateString(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** A non-empty trimmed string, or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** A finite number (numeric strings accepted, e.g. JSON-LD "4.26"), or undefined. */
export function num(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** An absolute http(s) URL, or undefined. */
export function httpUrl(value: unknown): string | undefined {
  const s = text(value);
  return s && /^https?:\/\/[^\s]+$/i.test(s) ? s : undefined;
}

/** Price text for a number in a currency ("$6.99"), or "Free" for 0. */
export function formatPrice(amount: number, currency: string | undefined): string {
  if (amount === 0) return 'Free';
  if (!currency) return String(amount);
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/**
 * Throws when the input cannot be a page at all (not a string, empty, no markup). Everything else
 * – truncated, changed or foreign pages – is read as far as possible and reported as missing fields.
 */
export function assertHtmlPage(html: unknown, what: string): asserts html is string {
  if (typeof html !== 'string') throw new TypeError(`${what}: expected the page's HTML as a string, got ${html === null ? 'null' : typeof html}`);
  if (html.trim() === '') throw new TypeError(`${what}: the page is empty`);
  if (!/<[a-zA-Z!]/.test(html.slice(0, 4096)) && !/<[a-zA-Z]/.test(html)) {
    throw new TypeError(`${what}: not an HTML page (no markup in ${html.length} characters, starts "${html.slice(0, 40)}")`);
  }
}

/** Names of fields whose value is undefined or null, in the order given. */
export function missing(fields: Record<string, unknown>, names: readonly string[]): string[] {
  return names.filter((name) => fields[name] === undefined || fields[name] === null);
}
