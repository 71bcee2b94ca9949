// App Store page (apps.apple.com/{country}/app/{slug}/id{n}) → Listing fields and the App Privacy
// label. Most stable signals first: JSON-LD, meta tags, the embedded store JSON (2023 pages: the
// `shoebox-media-api-cache-apps` script; newer pages: `serialized-server-data`), then visible text.
import type { PrivacyLabel } from '../schema/listing.ts';
import {
  assertHtmlPage,
  decodeEntities,
  elementText,
  formatPrice,
  htmlToText,
  httpUrl,
  isObject,
  isoFromDateString,
  jsonLdApplication,
  linkByText,
  metaContent,
  missing,
  num,
  parseCount,
  scriptBody,
  text,
  tryJson,
  type JsonObject,
} from './html.ts';
import { emptyLabel, labelSection, privacyLabelFromTypes } from './apple-privacy-api.ts';
import type { FieldSource, ListingFields, ParseReport } from './types.ts';

export const APPLE_PAGE_EXPECTED = [
  'title',
  'developer',
  'description',
  'rating',
  'ratingCount',
  'category',
  'price',
  'free',
  'privacyPolicyUrl',
  'developerWebsite',
  'updatedAt',
  'privacyLabel',
] as const;

export interface ApplePageResult extends ListingFields, ParseReport {
  store: 'apple';
  sources: Partial<Record<string, FieldSource>>;
}

/** Links to Apple's own pages (footer "Privacy Policy", legal) are never the developer's. */
const APPLE_OWN = /^https?:\/\/([a-z0-9-]+\.)*apple\.com\//i;

/** Dotted path into JSON, e.g. get(x, 'platformAttributes', 'ios', 'privacyPolicyUrl'). */
function get(root: unknown, ...keys: (string | number)[]): unknown {
  let node = root;
  for (const key of keys) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isObject(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return node;
}

/** Breadth-first search for the first object satisfying `test` (bounded, for changed layouts). */
function findObject(root: unknown, test: (o: JsonObject) => boolean, limit = 50_000): JsonObject | undefined {
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < limit; i++) {
    const node = queue[i];
    if (isObject(node) && test(node)) return node;
    if (Array.isArray(node)) queue.push(...node.filter((v) => typeof v === 'object' && v !== null));
    else if (isObject(node)) for (const v of Object.values(node)) if (typeof v === 'object' && v !== null) queue.push(v);
  }
  return undefined;
}

/** The app's catalogue record embedded in a 2023 page (`{d: [{type: 'apps', attributes}]}`). */
function shoeboxApp(html: string, appId: string | undefined): JsonObject | undefined {
  const cache = tryJson(scriptBody(html, 'id="shoebox-media-api-cache-apps"'));
  if (!isObject(cache)) return undefined;
  for (const value of Object.values(cache)) {
    const payload = typeof value === 'string' ? tryJson(value) : value;
    const list = get(payload, 'd') ?? get(payload, 'data');
    if (!Array.isArray(list)) continue;
    const app = list.find((d) => isObject(d) && d.type === 'apps' && (!appId || String(d.id) === appId) && isObject(d.attributes));
    if (isObject(app)) return app;
  }
  return undefined;
}

/** The product page record of the newer store (`{data: [{data: {lockup, shelfMapping}}]}`). */
function serverPage(html: string): JsonObject | undefined {
  const data = tryJson(scriptBody(html, 'id="serialized-server-data"'));
  if (data === undefined) return undefined;
  const direct = get(data, 'data', 0, 'data') ?? get(data, 0, 'data');
  if (isObject(direct) && isObject(direct.shelfMapping)) return direct;
  return findObject(data, (o) => isObject(o.shelfMapping));
}

/** One `<dt>` term → `<dd>` text from the page's "Information" list. */
function informationList(html: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<dt\b[^>]*>([\s\S]*?)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const term = htmlToText(m[1]!);
    if (term && !out.has(term)) out.set(term, htmlToText(m[2]!));
  }
  return out;
}

/** "3.7 • 342.3K Ratings" → {rating 3.7, count 342300}; decimal commas accepted ("4,5 • 1,2 k"). */
export function parseRatingLine(line: string): { rating?: number; count?: number } {
  const m = /(\d+(?:[.,]\d+)?)\s*[•·]\s*(\d[\d.,\s\u00a0]*\s*[KkMmBb]?)/.exec(line);
  if (!m) return {};
  const rating = Number(m[1]!.replace(',', '.'));
  const count = parseCount(m[2]!);
  return { ...(rating >= 0 && rating <= 5 ? { rating } : {}), ...(count !== undefined ? { count } : {}) };
}

/** The App Privacy cards as shown on the page (headings and the categories listed under them). */
function privacyLabelFromCards(html: string): PrivacyLabel | undefined {
  const at = html.search(/class="[^"]*\bapp-privacy\b|>\s*App Privacy\s*</);
  if (at < 0) return undefined;
  const end = html.indexOf('</section>', at);
  const section = html.slice(at, end < 0 ? html.length : end);
  const label = emptyLabel();
  let found = false;
  const parts = section.split(/<h3\b/i).slice(1);
  for (const part of parts) {
    const heading = htmlToText(part.slice(part.indexOf('>') + 1, part.search(/<\/h3>/i)));
    const kind = labelSection(undefined, heading);
    if (!kind) continue;
    found = true;
    if (kind === 'notCollected') {
      label.notCollected = true;
      continue;
    }
    const items = part.match(/<li\b[\s\S]*?<\/li>/gi) ?? [];
    for (const item of items) {
      const name = htmlToText(item);
      if (name && !label[kind].some((c) => c.category === name)) label[kind].push({ category: name, dataTypes: [], purposes: [] });
    }
  }
  return found ? label : undefined;
}

/** Parse an App Store app page. Never throws on odd pages; throws only on a non-page. */
export function parseApplePage(html: string, url?: string): ApplePageResult {
  assertHtmlPage(html, 'App Store page');
  const sources: ApplePageResult['sources'] = {};
  const warnings: string[] = [];
  const fields: ListingFields = { store: 'apple' };
  const pageUrl = url ?? metaContent(html, 'og:url');

  const appId = /\/id(\d+)/.exec(pageUrl ?? '')?.[1] ?? text(metaContent(html, 'apple:content_id'));
  if (appId) {
    fields.appId = appId;
    sources.appId = 'url';
  }
  if (url) fields.url = url;
  const region = /apps\.apple\.com\/([a-z]{2})\//i.exec(pageUrl ?? '')?.[1];
  if (region) fields.region = region.toLowerCase();

  const ld = jsonLdApplication(html);
  const app = shoeboxApp(html, appId);
  const attrs = get(app, 'attributes');
  const platform = (key: string): unknown => {
    const platforms = get(attrs, 'platformAttributes');
    if (!isObject(platforms)) return undefined;
    for (const name of ['ios', ...Object.keys(platforms).filter((p) => p !== 'ios')]) {
      const value = get(platforms, name, key);
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  };
  const server = serverPage(html);
  const shelf = get(server, 'shelfMapping');
  const info = (() => {
    let cached: Map<string, string> | undefined;
    return () => (cached ??= informationList(html));
  })();

  /** First value over ordered sources; cross-checks the first two when `same` is given. */
  function pick<T>(name: string, candidates: readonly [FieldSource, () => T | undefined][], same?: (a: T, b: T) => boolean): T | undefined {
    let first: T | undefined;
    for (const [source, read] of candidates) {
      const value = read();
      if (value === undefined) continue;
      if (first === undefined) {
        first = value;
        sources[name] = source;
        if (!same) break;
      } else {
        if (!same!(first, value)) warnings.push(`${name}: ${sources[name]} says ${JSON.stringify(first)}, ${source} says ${JSON.stringify(value)}`);
        break;
      }
    }
    return first;
  }

  const ogTitle = () => text(metaContent(html, 'og:title')?.replace(/^[\u200e\u200f]+/, '').replace(/\s+on the App\s*Store$|(\s+App)?\s+[-–]\s+App\s*Store$/i, ''));
  fields.title = pick('title', [
    ['structured-data', () => text(get(ld, 'name'))],
    ['structured-data', ogTitle],
    ['embedded-json', () => text(get(attrs, 'name')) ?? text(get(server, 'lockup', 'title')) ?? text(get(server, 'title'))],
    ['visible-text', () => elementText(html.replace(/<span\b[^>]*class="[^"]*badge[^"]*"[^>]*>[\s\S]*?<\/span>/gi, ''), /<h1\b[^>]*>/i)],
  ], (a, b) => a.trim() === b.trim());
  fields.developer = pick('developer', [
    ['structured-data', () => text(get(ld, 'author', 'name'))],
    ['embedded-json', () => text(get(attrs, 'artistName')) ?? text(get(server, 'lockup', 'developerName'))],
    ['visible-text', () => elementText(html, /<a\b[^>]*href="https:\/\/apps\.apple\.com\/[a-z]{2}\/developer\/[^"]*"[^>]*>/i)],
  ]);
  fields.description = pick('description', [
    ['structured-data', () => text(get(ld, 'description'))],
    ['embedded-json', () => {
      const standard = text(get(platform('description'), 'standard'));
      if (standard) return standard;
      const items = get(shelf, 'description', 'items');
      const paragraphs = Array.isArray(items) ? items.map((i) => text(get(i, 'paragraph', 'text'))).filter(Boolean) : [];
      return paragraphs.length ? paragraphs.join('\n\n') : undefined;
    }],
    ['visible-text', () => {
      const m = /<div\b[^>]*class="[^"]*section__description[^"]*"[^>]*>([\s\S]*?)<\/section>/i.exec(html);
      return m ? text(htmlToText(m[1]!).replace(/\n(more|Description)$/i, '').replace(/^Description\n/i, '')) : undefined;
    }],
  ]);
  if (fields.description) fields.description = decodeEntities(fields.description);

  const ratingLine = () => {
    const caption = elementText(html, /<figcaption\b[^>]*>/i);
    return caption ? parseRatingLine(caption) : {};
  };
  const stars = (v: unknown) => {
    const n = num(v);
    return n !== undefined && n >= 0 && n <= 5 ? n : undefined;
  };
  const count = (v: unknown) => {
    const n = num(v);
    return n !== undefined && n >= 0 ? Math.round(n) : undefined;
  };
  fields.rating = pick('rating', [
    ['structured-data', () => stars(get(ld, 'aggregateRating', 'ratingValue'))],
    ['embedded-json', () => stars(get(attrs, 'userRating', 'value'))],
    ['visible-text', () => ratingLine().rating],
  ], (a, b) => Math.abs(a - b) < 0.05);
  fields.ratingCount = pick('ratingCount', [
    ['structured-data', () => count(get(ld, 'aggregateRating', 'reviewCount') ?? get(ld, 'aggregateRating', 'ratingCount'))],
    ['embedded-json', () => count(get(attrs, 'userRating', 'ratingCount'))],
    ['visible-text', () => ratingLine().count],
  ], (a, b) => a === b);
  fields.category = pick('category', [
    ['structured-data', () => text([get(ld, 'applicationCategory')].flat()[0])],
    ['embedded-json', () => text(get(attrs, 'genreDisplayName'))],
    ['visible-text', () => text(info().get('Category'))],
  ]);

  const offer = (() => {
    const offers = get(ld, 'offers');
    return Array.isArray(offers) ? offers[0] : offers;
  })();
  const embeddedOffer = (() => {
    const offers = platform('offers');
    return Array.isArray(offers) ? offers.find((o) => get(o, 'type') === 'get') ?? offers[0] : undefined;
  })();
  const visiblePrice = () =>
    text(info().get('Price')) ?? elementText(html, /<li\b[^>]*class="[^"]*app-header__list__item--price[^"]*"[^>]*>/i);
  const priced = pick<{ price: string; free: boolean }>('price', [
    ['structured-data', () => {
      const amount = num(get(offer, 'price'));
      if (amount === undefined) return undefined;
      if (amount === 0) return { price: 'Free', free: true };
      const currency = text(get(offer, 'priceCurrency')) ?? text(get(embeddedOffer, 'currencyCode'));
      return { price: text(get(embeddedOffer, 'priceFormatted')) ?? visiblePrice() ?? formatPrice(amount, currency), free: false };
    }],
    ['embedded-json', () => {
      const amount = num(get(embeddedOffer, 'price'));
      if (amount === undefined) return undefined;
      return { price: amount === 0 ? 'Free' : text(get(embeddedOffer, 'priceFormatted')) ?? formatPrice(amount, text(get(embeddedOffer, 'currencyCode'))), free: amount === 0 };
    }],
    ['visible-text', () => {
      const shown = visiblePrice();
      return shown ? { price: shown, free: /^(free|gratis|gratuit|kostenlos|miễn phí)$/i.test(shown) } : undefined;
    }],
  ]);
  if (priced) {
    fields.price = priced.price;
    fields.free = priced.free;
    sources.free = sources.price;
  }

  const serverKey = (key: string) => httpUrl(get(findObject(server, (o) => typeof o[key] === 'string'), key));
  fields.privacyPolicyUrl = pick('privacyPolicyUrl', [
    ['embedded-json', () => httpUrl(platform('privacyPolicyUrl')) ?? serverKey('privacyPolicyUrl')],
    ['visible-text', () => linkByText(html, /privacy policy/i, 0, html.length, APPLE_OWN)],
  ]);
  fields.developerWebsite = pick('developerWebsite', [
    ['embedded-json', () => httpUrl(platform('websiteUrl')) ?? serverKey('websiteUrl')],
    ['visible-text', () => linkByText(html, /developer website/i, 0, html.length, APPLE_OWN)],
  ]);
  fields.updatedAt = pick('updatedAt', [
    ['embedded-json', () => {
      const history = platform('versionHistory');
      return Array.isArray(history) ? isoFromDateString(get(history, 0, 'releaseTimestamp') ?? get(history, 0, 'releaseDate')) : undefined;
    }],
    ['visible-text', () => isoFromDateString(/<time\b[^>]*datetime="([^"]+)"/i.exec(html)?.[1])],
  ]);

  fields.privacyLabel = pick<PrivacyLabel>('privacyLabel', [
    ['embedded-json', () => privacyLabelFromTypes(get(attrs, 'privacy', 'privacyTypes'))],
    ['embedded-json', () => {
      const items = get(shelf, 'privacyTypes', 'items');
      // The detail view (with purposes) sits behind the summary's click action when present.
      const detail = findObject(items, (o) => o.contentType === 'privacyType' && Array.isArray(o.items));
      return privacyLabelFromTypes(get(detail, 'items')) ?? privacyLabelFromTypes(items);
    }],
    ['visible-text', () => privacyLabelFromCards(html)],
  ]);

  for (const key of Object.keys(fields) as (keyof ListingFields)[]) if (fields[key] === undefined) delete fields[key];
  return { ...fields, store: 'apple', sources, missingFields: missing(fields, APPLE_PAGE_EXPECTED), warnings };
}
