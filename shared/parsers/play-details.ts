// Google Play details page (`/store/apps/details?id=…`) → Listing fields. The app record in the
// page's data blocks is the primary source; JSON-LD, meta tags and the visible page are fallbacks
// and cross-checks. Field positions are data (PLAY_DETAILS_FIELDS), each with fallbacks.
import type { DataSafety } from '../schema/listing.ts';
import {
  assertHtmlPage,
  descriptionText,
  elementText,
  formatPrice,
  httpUrl,
  isObject,
  isoFromSeconds,
  jsonLdApplication,
  linkByText,
  metaContent,
  missing,
  num,
  parseCount,
  parseDisplayDate,
  text,
  type JsonObject,
} from './html.ts';
import { firstAt, valueAt, type Path } from './paths.ts';
import { findAppNode, playDataBlocks } from './play-blocks.ts';
import { playPageAppId, dataSafetyFromStatements, statementsFromEntries, statementsFromVisibleSection } from './play-datasafety.ts';
import type { FieldSource, ListingFields, ParseReport } from './types.ts';

/** Positions inside the app record (`[1][2]` of its block), first match wins. */
export const PLAY_DETAILS_FIELDS = {
  title: [[0, 0]],
  developer: [[68, 0]],
  /** The translated description (when Play shows one for `hl`) first, then the original. */
  descriptionHtml: [[12, 0, 0, 1], [72, 0, 1]],
  rating: [[51, 0, 1]],
  ratingCount: [[51, 2, 1]],
  installs: [[13, 0]],
  category: [[79, 0, 0, 0]],
  privacyPolicyUrl: [[99, 0, 5, 2]],
  developerWebsite: [[69, 0, 5, 2]],
  priceMicros: [[57, 0, 0, 0, 0, 1, 0, 0]],
  currency: [[57, 0, 0, 0, 0, 1, 0, 1]],
  priceText: [[57, 0, 0, 0, 0, 1, 0, 2]],
  updatedSeconds: [[145, 0, 1, 0], [146, 0, 1, 0]],
  dataSafetyStatements: [[136, 1], [137, 1]],
} as const satisfies Record<string, readonly Path[]>;

/** Fields the details page is expected to give; those not found are listed in `missingFields`. */
export const PLAY_DETAILS_EXPECTED = [
  'title',
  'developer',
  'description',
  'rating',
  'ratingCount',
  'installs',
  'category',
  'privacyPolicyUrl',
  'developerWebsite',
  'price',
  'free',
  'updatedAt',
  'dataSafety',
] as const;

export interface PlayDetailsResult extends ListingFields, ParseReport {
  store: 'play';
  /** Which source each field came from (data block, structured data, visible text, url). */
  sources: Partial<Record<string, FieldSource>>;
  /** Key of the data block that held the app (`ds:5` today), for diagnosing layout changes. */
  dataBlock?: string;
}

const nonNegative = (v: unknown) => {
  const n = num(v);
  return n !== undefined && n >= 0 ? n : undefined;
};
const rating = (v: unknown) => {
  const n = num(v);
  return n !== undefined && n >= 0 && n <= 5 ? n : undefined;
};

/** Probes telling the app record apart from other blocks that happen to start with a string. */
const APP_PROBES: readonly ((node: unknown[]) => boolean)[] = [
  (n) => text(valueAt(n, [68, 0])) !== undefined,
  (n) => firstAt(n, PLAY_DETAILS_FIELDS.descriptionHtml, text) !== undefined,
  (n) => Array.isArray(valueAt(n, [51])),
  (n) => Array.isArray(valueAt(n, [13])),
  (n) => Array.isArray(valueAt(n, [57])),
];

/** The page's own words when the data block fails: structured data first, then visible text. */
class PageSignals {
  private ld: JsonObject | undefined | null = null;
  /** Source of the value the last method returned. */
  source: FieldSource = 'structured-data';
  constructor(private readonly html: string) {}

  /** The first defined value, remembering whether it came from structured data or visible text. */
  private first<T>(structured: readonly (() => T | undefined)[], visible: readonly (() => T | undefined)[]): T | undefined {
    for (const [source, getters] of [['structured-data', structured], ['visible-text', visible]] as const) {
      for (const get of getters) {
        const value = get();
        if (value !== undefined) {
          this.source = source;
          return value;
        }
      }
    }
    return undefined;
  }

  get jsonLd(): JsonObject | undefined {
    if (this.ld === null) this.ld = jsonLdApplication(this.html);
    return this.ld;
  }
  ldPath(...keys: (string | number)[]): unknown {
    let node: unknown = this.jsonLd;
    for (const key of keys) {
      if (Array.isArray(node)) node = node[key as number];
      else if (isObject(node)) node = node[key as string];
      else return undefined;
    }
    return node;
  }
  title(): string | undefined {
    return this.first(
      [() => text(this.ldPath('name')), () => text(metaContent(this.html, 'og:title')?.replace(/\s+[-–]\s+Apps on Google Play$/i, ''))],
      [() => elementText(this.html, /<h1\b[^>]*>/i)],
    );
  }
  developer(): string | undefined {
    return this.first(
      [() => text(this.ldPath('author', 'name'))],
      [() => elementText(this.html, /<a\b[^>]*href="\/store\/apps\/dev(?:eloper)?\?id=[^"]*"[^>]*>/i)],
    );
  }
  /** The visible full description first: JSON-LD and og:description hold only the short summary. */
  descriptionHtml(): string | undefined {
    return this.first(
      [],
      [
        () => text(/<div\b[^>]*data-g-id="description"[^>]*>([\s\S]*?)<\/div>/i.exec(this.html)?.[1]),
        () => text(this.ldPath('description')),
        () => metaContent(this.html, 'og:description'),
      ],
    );
  }
  rating(): number | undefined {
    return this.first(
      [() => rating(this.ldPath('aggregateRating', 'ratingValue'))],
      [() => rating(/aria-label="Rated ([\d.]+) stars/i.exec(this.html)?.[1])],
    );
  }
  /** The visible count is rounded ("5.72M reviews"): structured data first. */
  ratingCount(): number | undefined {
    return this.first(
      [() => nonNegative(this.ldPath('aggregateRating', 'ratingCount'))],
      [() => {
        const m = /<div[^>]*>([\d.,]+[KMB]?) reviews<\/div>/i.exec(this.html);
        return m ? parseCount(m[1]!) : undefined;
      }],
    );
  }
  installs(): string | undefined {
    return this.first([], [() => text(/<div[^>]*>([^<]{1,20})<\/div>\s*<div[^>]*>Downloads<\/div>/i.exec(this.html)?.[1])]);
  }
  category(): string | undefined {
    const id = text(this.ldPath('applicationCategory'));
    if (!id) return undefined;
    const name = new RegExp(`href="/store/apps/category/${id.replace(/\W/g, '')}"[^>]*aria-label="([^"]+)"`).exec(this.html)?.[1];
    return this.first([() => text(name), () => humaniseCategory(id)], []);
  }
  /** Links after the title, so the store's own "Privacy Policy" in the header is not taken. */
  link(label: RegExp): string | undefined {
    const from = Math.max(0, this.html.search(/<h1\b/i));
    return this.first([], [() => linkByText(this.html, label, from)]);
  }
  developerWebsite(): string | undefined {
    return this.first([() => httpUrl(this.ldPath('author', 'url'))], [() => this.link(/^(public\s+)?website\b/i)]);
  }
  price(): { price: string; free: boolean } | undefined {
    const offers = this.ldPath('offers');
    const offer = Array.isArray(offers) ? offers[0] : offers;
    const amount = isObject(offer) ? num(offer.price) : undefined;
    return this.first(
      [() => (amount === undefined ? undefined : { price: formatPrice(amount, isObject(offer) ? text(offer.priceCurrency) : undefined), free: amount === 0 })],
      [],
    );
  }
  updatedAt(): string | undefined {
    const m = /<div[^>]*>Updated on<\/div>\s*<div[^>]*>([^<]+)<\/div>/i.exec(this.html);
    return this.first([], [() => (m ? parseDisplayDate(m[1]!) : undefined)]);
  }
  dataSafety(): DataSafety | undefined {
    return this.first([], [() => dataSafetyFromStatements(statementsFromVisibleSection(this.html), false)]);
  }
}

/** "GAME_TRIVIA" → "Trivia", "HEALTH_AND_FITNESS" → "Health & Fitness" (Play's English names). */
export function humaniseCategory(id: string): string {
  return id
    .replace(/^GAME_/, '')
    .split('_')
    .map((w) => (w === 'AND' ? '&' : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Parse a Google Play details page. Never throws on odd pages; throws only on a non-page. */
export function parsePlayDetails(html: string, url?: string): PlayDetailsResult {
  assertHtmlPage(html, 'Google Play details page');
  const app = findAppNode(playDataBlocks(html), APP_PROBES);
  const node = app?.node;
  const page = new PageSignals(html);
  const sources: PlayDetailsResult['sources'] = {};
  const warnings: string[] = [];
  const fields: ListingFields = { store: 'play' };

  /** Data block first, page second; records the source and cross-checks when both exist. */
  function pick<T>(name: string, fromBlock: T | undefined, fromPage: () => T | undefined, same?: (a: T, b: T) => boolean): T | undefined {
    if (fromBlock !== undefined) {
      sources[name] = 'data-block';
      if (same) {
        const other = fromPage();
        if (other !== undefined && !same(fromBlock, other)) {
          warnings.push(`${name}: data block says ${JSON.stringify(fromBlock)}, the page says ${JSON.stringify(other)}`);
        }
      }
      return fromBlock;
    }
    const value = fromPage();
    if (value !== undefined) sources[name] = page.source;
    return value;
  }
  const at = <T>(paths: readonly Path[], read: (v: unknown) => T | undefined) => (node ? firstAt(node, paths, read) : undefined);

  const appId = playPageAppId(html, url);
  if (appId) {
    fields.appId = appId;
    sources.appId = 'url';
  }
  if (url) fields.url = url;
  const lang = /[?&](?:amp;)?hl=([A-Za-z_-]+)/.exec(url ?? metaContent(html, 'og:url') ?? '')?.[1];
  const region = /[?&]gl=([A-Za-z]{2})\b/.exec(url ?? '')?.[1];
  if (lang) fields.language = lang;
  if (region) fields.region = region.toLowerCase();

  fields.title = pick('title', at(PLAY_DETAILS_FIELDS.title, text), () => page.title(), sameText);
  fields.developer = pick('developer', at(PLAY_DETAILS_FIELDS.developer, text), () => page.developer(), sameText);
  const descriptionHtml = pick('description', at(PLAY_DETAILS_FIELDS.descriptionHtml, text), () => page.descriptionHtml());
  if (descriptionHtml !== undefined) fields.description = descriptionText(descriptionHtml);
  fields.rating = pick('rating', at(PLAY_DETAILS_FIELDS.rating, rating), () => page.rating(), (a, b) => Math.abs(a - b) < 0.05);
  fields.ratingCount = pick('ratingCount', at(PLAY_DETAILS_FIELDS.ratingCount, nonNegative), () => page.ratingCount(), (a, b) => a === b);
  fields.installs = pick('installs', at(PLAY_DETAILS_FIELDS.installs, text), () => page.installs());
  fields.category = pick('category', at(PLAY_DETAILS_FIELDS.category, text), () => page.category());
  fields.privacyPolicyUrl = pick('privacyPolicyUrl', at(PLAY_DETAILS_FIELDS.privacyPolicyUrl, httpUrl), () => page.link(/privacy policy/i));
  fields.developerWebsite = pick('developerWebsite', at(PLAY_DETAILS_FIELDS.developerWebsite, httpUrl), () => page.developerWebsite());

  const micros = at(PLAY_DETAILS_FIELDS.priceMicros, nonNegative);
  const priced =
    micros !== undefined
      ? {
          // Play leaves the price text empty for free apps.
          price: at(PLAY_DETAILS_FIELDS.priceText, text) ?? formatPrice(micros / 1e6, at(PLAY_DETAILS_FIELDS.currency, text)),
          free: micros === 0,
        }
      : undefined;
  const price = pick('price', priced, () => page.price(), (a, b) => a.free === b.free);
  if (price) {
    fields.price = price.price;
    fields.free = price.free;
    sources.free = sources.price;
  }
  fields.updatedAt = pick('updatedAt', at(PLAY_DETAILS_FIELDS.updatedSeconds, isoFromSeconds), () => page.updatedAt());

  const blockSafety = dataSafetyFromStatements(statementsFromEntries(at(PLAY_DETAILS_FIELDS.dataSafetyStatements, (v) => (Array.isArray(v) ? v : undefined))), false);
  fields.dataSafety = pick<DataSafety>('dataSafety', blockSafety, () => page.dataSafety());

  if (!node) warnings.push('no data block holds the app: fields come from structured data and visible text only');
  for (const key of Object.keys(fields) as (keyof ListingFields)[]) if (fields[key] === undefined) delete fields[key];
  return {
    ...fields,
    store: 'play',
    sources,
    ...(app ? { dataBlock: app.key } : {}),
    missingFields: missing(fields, PLAY_DETAILS_EXPECTED),
    warnings,
  };
}
