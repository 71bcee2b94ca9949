// Listing fields read from the live page's DOM: structured data, meta tags, schema.org
// properties and headings, as data with fallbacks. Used when the page's embedded data blocks are
// missing or belong to another app (after Google Play's in-page navigation).
import type { Store } from '../../shared/schema/listing.ts';

export interface FieldSource {
  selector: string;
  /** Read this attribute instead of the text. */
  attribute?: string;
  /** Text to strip from the value (store suffixes in meta titles). */
  strip?: RegExp;
}

export type PageField = 'title' | 'description' | 'developer' | 'category';

export const PAGE_FIELDS: Readonly<Record<Store, Readonly<Record<PageField, readonly FieldSource[]>>>> = {
  play: {
    title: [
      { selector: 'h1 [itemprop="name"]' },
      { selector: 'h1' },
      { selector: 'meta[property="og:title"]', attribute: 'content', strip: / - Apps on Google Play$/ },
    ],
    description: [
      { selector: '[data-g-id="description"]' },
      { selector: '[itemprop="description"]:not(meta)' },
      { selector: 'meta[itemprop="description"]', attribute: 'content' },
      { selector: 'meta[name="description"]', attribute: 'content' },
    ],
    developer: [
      { selector: 'a[href*="/store/apps/dev"] span' },
      { selector: 'a[href*="/store/apps/dev"]' },
    ],
    category: [
      { selector: '[itemprop="genre"]' },
      { selector: 'a[href*="/store/apps/category/"]' },
    ],
  },
  apple: {
    title: [
      { selector: 'h1.product-header__title' },
      { selector: 'h1' },
      { selector: 'meta[property="og:title"]', attribute: 'content' },
    ],
    description: [
      { selector: '.section__description [data-test-bidi]' },
      { selector: '.section__description' },
      { selector: '[data-testid="product-description"]' },
    ],
    developer: [
      { selector: '.product-header__identity a' },
      { selector: 'a[href*="/developer/"]' },
    ],
    category: [{ selector: 'a[href*="/genre/"]' }],
  },
};

/** Text of an element with line breaks kept where the page shows them (`<br>`, blocks). */
export function textWithBreaks(element: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') out += '\n';
        else if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        else {
          const block = /^(P|DIV|LI|UL|OL|H[1-6]|SECTION)$/.test(tag);
          if (block && out && !out.endsWith('\n')) out += '\n';
          walk(child);
          if (block && !out.endsWith('\n')) out += '\n';
        }
      }
    }
  };
  walk(element);
  return out
    .replace(/[\u200e\u200f]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function firstHeadingText(element: Element): string {
  // Apple's heading holds the title and an age-rating badge: take the text before the badge.
  const own = [...element.childNodes]
    .filter((n) => n.nodeType === 3)
    .map((n) => n.nodeValue ?? '')
    .join(' ')
    .trim();
  return own || textWithBreaks(element);
}

export function readField(doc: Document, sources: readonly FieldSource[], heading = false): string | null {
  for (const source of sources) {
    const element = doc.querySelector(source.selector);
    if (!element) continue;
    let value = source.attribute
      ? (element.getAttribute(source.attribute) ?? '')
      : heading
        ? firstHeadingText(element)
        : textWithBreaks(element);
    value = value.replace(/[\u200e\u200f]/g, '').trim();
    if (source.strip) value = value.replace(source.strip, '').trim();
    if (value) return value;
  }
  return null;
}

/** The first JSON-LD object describing an application (schema.org `…Application`). */
export function structuredApplication(doc: Document): Record<string, unknown> | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '') as unknown;
      for (const item of Array.isArray(data) ? data : [data]) {
        const type = (item as Record<string, unknown> | null)?.['@type'];
        if ((Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && /Application$/.test(t))) {
          return item as Record<string, unknown>;
        }
      }
    } catch {
      // Malformed structured data: the other signals remain.
    }
  }
  return null;
}

function stringAt(record: Record<string, unknown> | null, ...path: string[]): string | null {
  let node: unknown = record;
  for (const key of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === 'string' && node.trim() ? node.trim() : null;
}

export interface PageFields {
  title: string | null;
  description: string | null;
  developer: string | null;
  category: string | null;
  /** Fields no source gave. */
  missing: PageField[];
}

/**
 * The listing fields the page shows. Structured data comes first where the store keeps it in
 * step with the visible page (Apple); Play's JSON-LD is not updated by in-page navigation, so
 * there the visible page comes first.
 */
export function readPageFields(doc: Document, store: Store): PageFields {
  const table = PAGE_FIELDS[store];
  const ld = store === 'apple' ? structuredApplication(doc) : null;
  const title = stringAt(ld, 'name') ?? readField(doc, table.title, true);
  const description = stringAt(ld, 'description') ?? readField(doc, table.description);
  const developer = stringAt(ld, 'author', 'name') ?? readField(doc, table.developer);
  const category = stringAt(ld, 'applicationCategory') ?? readField(doc, table.category);
  const fields = { title, description, developer, category };
  const missing = (Object.keys(fields) as PageField[]).filter((k) => !fields[k]);
  return { ...fields, missing };
}
