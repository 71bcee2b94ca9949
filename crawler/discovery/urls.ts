// Store search URLs. Region is a two-letter country code, language a language tag.
export interface SearchOptions {
  /** Country / storefront, lower case ("gb", "us"). */
  region: string;
  /** Language ("en", "en-GB"). */
  language: string;
  /** iTunes Search API result limit (1–200). */
  limit: number;
}

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = { region: 'gb', language: 'en', limit: 50 };

function checkRegion(region: string): string {
  if (!/^[a-z]{2}$/i.test(region)) throw new Error(`region must be a two-letter country code, got "${region}"`);
  return region.toLowerCase();
}

/** Google Play search for apps: `/store/search?q=…&c=apps&hl=…&gl=…`. */
export function playSearchUrl(term: string, options: Partial<SearchOptions> = {}): string {
  const { region, language } = { ...DEFAULT_SEARCH_OPTIONS, ...options };
  const params = new URLSearchParams({ q: term, c: 'apps', hl: language, gl: checkRegion(region).toUpperCase() });
  return `https://play.google.com/store/search?${params}`;
}

/** Google Play details page of one app. */
export function playDetailsUrl(appId: string, options: Partial<SearchOptions> = {}): string {
  const { region, language } = { ...DEFAULT_SEARCH_OPTIONS, ...options };
  const params = new URLSearchParams({ id: appId, hl: language, gl: checkRegion(region).toUpperCase() });
  return `https://play.google.com/store/apps/details?${params}`;
}

/** iTunes Search API for iPhone/iPad apps in one storefront. */
export function itunesSearchUrl(term: string, options: Partial<SearchOptions> = {}): string {
  const { region, language, limit } = { ...DEFAULT_SEARCH_OPTIONS, ...options };
  const params = new URLSearchParams({
    term,
    entity: 'software',
    country: checkRegion(region),
    lang: language.replace('-', '_').toLowerCase(),
    limit: String(Math.min(200, Math.max(1, Math.floor(limit)))),
  });
  return `https://itunes.apple.com/search?${params}`;
}
