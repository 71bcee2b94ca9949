// The region whose crisis services the label shows: the person's own choice first, then the
// store page's storefront (Play's `gl`, Apple's `/gb/`), then the browser's languages.
import { normaliseLanguage } from './store-page.ts';

export const AUTO_REGION = 'auto';

/** UK English speakers say "uk"; ISO says "gb". */
const REGION_ALIASES: Readonly<Record<string, string>> = { uk: 'gb' };

function canonicalRegion(code: string): string {
  const lower = code.toLowerCase();
  return REGION_ALIASES[lower] ?? lower;
}

/** `en-GB` → `gb`; a language without a country (`en`, `fr`) says nothing about the region. */
export function regionFromLanguage(tag: string): string | null {
  const normal = normaliseLanguage(tag);
  const sub = normal?.split('-')[1];
  return sub && /^[A-Z]{2}$/.test(sub) ? canonicalRegion(sub) : null;
}

export interface RegionInputs {
  /** The setting: `auto` or a region code. */
  setting: string | null | undefined;
  /** The storefront in the page's URL. */
  pageRegion: string | null | undefined;
  /** `navigator.languages`, most preferred first. */
  languages: readonly string[];
}

export function resolveRegion({ setting, pageRegion, languages }: RegionInputs): string | null {
  if (setting && setting !== AUTO_REGION) return canonicalRegion(setting);
  if (pageRegion) return canonicalRegion(pageRegion);
  for (const language of languages) {
    const region = regionFromLanguage(language);
    if (region) return region;
  }
  return null;
}
