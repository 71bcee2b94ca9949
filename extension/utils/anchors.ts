// Where the badge goes: beside the app's title. The title is found by stable signals – the
// schema.org `name` property, the page's main heading, the structured-data name – never only by
// the stores' generated class names. Selectors are data, tried in order, with fallbacks.
import type { Store } from '../../shared/schema/listing.ts';

export interface AnchorSelector {
  selector: string;
  /** Why this selector is expected to find the title (kept for whoever updates the table). */
  signal: string;
}

export const TITLE_SELECTORS: Readonly<Record<Store, readonly AnchorSelector[]>> = {
  play: [
    { selector: 'h1 [itemprop="name"]', signal: 'schema.org name inside the main heading' },
    { selector: 'h1[itemprop="name"]', signal: 'the main heading carries the schema.org name' },
    { selector: 'main h1', signal: 'main heading of the main landmark' },
    { selector: 'h1', signal: 'first level-one heading' },
  ],
  apple: [
    { selector: 'h1.product-header__title', signal: 'App Store product header (2023 markup)' },
    { selector: 'h1[itemprop="name"]', signal: 'schema.org name on the heading' },
    { selector: '[class*="app-header"] h1', signal: 'heading inside the app header (2025 markup)' },
    { selector: 'main h1', signal: 'main heading of the main landmark' },
    { selector: 'h1', signal: 'first level-one heading' },
  ],
};

/** Decides whether a candidate is on screen; injected so the DOM-less tests can choose. */
export type IsShown = (element: Element) => boolean;

export const isRendered: IsShown = (element) => {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
};

function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function simplify(text: string): string {
  // Apple prefixes titles with U+200E (left-to-right mark) in meta tags.
  return text.replace(/[\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The app's name from JSON-LD structured data, when the page has it. */
export function structuredDataName(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '') as unknown;
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        const record = item as Record<string, unknown> | null;
        const type = record?.['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && /Application$/.test(t)) && typeof record?.name === 'string') {
          return record.name;
        }
      }
    } catch {
      // Malformed structured data is the page's problem; other signals remain.
    }
  }
  return null;
}

export interface TitleAnchor {
  element: Element;
  /** The selector (or `structured data`) that found it. */
  via: string;
}

/**
 * The element showing the app's title. `expectedTitle` (from the dataset or structured data)
 * is preferred when several candidates are shown; without a match the first shown candidate wins.
 */
export function findTitleAnchor(
  doc: Document,
  store: Store,
  options: { expectedTitle?: string | null; isShown?: IsShown } = {},
): TitleAnchor | null {
  const isShown = options.isShown ?? isRendered;
  const expected = simplify(options.expectedTitle ?? structuredDataName(doc) ?? '');
  let first: TitleAnchor | null = null;
  for (const { selector } of TITLE_SELECTORS[store]) {
    for (const element of doc.querySelectorAll(selector)) {
      if (!textOf(element) || !isShown(element)) continue;
      if (expected && simplify(textOf(element)).includes(expected)) return { element, via: selector };
      first ??= { element, via: selector };
    }
  }
  if (first) return first;
  if (!expected) return null;
  // Last resort: any shown heading whose text is the structured-data name.
  for (const element of doc.querySelectorAll('h1, h2, [role="heading"]')) {
    if (isShown(element) && simplify(textOf(element)) === expected) return { element, via: 'structured data' };
  }
  return null;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  /** Page coordinates of the badge's top-left corner, or null for the fixed-corner fallback. */
  left: number;
  top: number;
  mode: 'beside' | 'above' | 'below' | 'corner';
}

export const BADGE_GAP = 12;
const EDGE = 8;

/** Whether a rectangle (viewport coordinates) is free of the page's content. */
export type IsFree = (box: Box) => boolean;

/**
 * Where the badge goes for a title whose last line of text is `line` (viewport coordinates):
 * to the right of the text when it fits and covers nothing, otherwise above the heading, otherwise
 * below it; when every place covers something, beside (or above) anyway. The badge is positioned
 * absolutely, so whichever is chosen, the store's content does not move.
 */
export function placeBadge(input: {
  line: Box | null;
  heading: Box | null;
  badge: { width: number; height: number };
  viewport: { width: number; height: number };
  scroll: { x: number; y: number };
  isFree?: IsFree;
}): Placement {
  const { line, heading, badge, viewport, scroll } = input;
  const isFree = input.isFree ?? (() => true);
  if (!line || !heading) return { left: 0, top: 0, mode: 'corner' };
  const lineMiddle = (line.top + line.bottom) / 2;
  const candidates: { left: number; top: number; mode: Placement['mode'] }[] = [];
  if (line.right + BADGE_GAP + badge.width <= viewport.width - EDGE) {
    candidates.push({ left: line.right + BADGE_GAP, top: lineMiddle - badge.height / 2, mode: 'beside' });
  }
  const left = Math.max(EDGE, Math.min(heading.left, viewport.width - EDGE - badge.width));
  if (heading.top + scroll.y - badge.height - 4 >= 0) candidates.push({ left, top: heading.top - badge.height - 4, mode: 'above' });
  candidates.push({ left, top: heading.bottom + 4, mode: 'below' });
  const box = (c: { left: number; top: number }) => ({ left: c.left, top: c.top, right: c.left + badge.width, bottom: c.top + badge.height });
  const chosen = candidates.find((c) => isFree(box(c))) ?? candidates[0]!;
  return { left: chosen.left + scroll.x, top: chosen.top + scroll.y, mode: chosen.mode };
}

/**
 * A rectangle is free when, at a few points across it, the page shows only the title's own
 * containers (backgrounds), the title itself, or the badge.
 */
export function freeAround(anchor: Element, ignore: Element): IsFree {
  const doc = anchor.ownerDocument;
  return (box) => {
    const xs = [box.left + 2, (box.left + box.right) / 2, box.right - 2];
    const ys = [box.top + 2, (box.top + box.bottom) / 2, box.bottom - 2];
    for (const x of xs) {
      for (const y of ys) {
        const hit = doc.elementFromPoint(x, y);
        if (!hit || hit === ignore || ignore.contains(hit) || hit.contains(anchor) || anchor.contains(hit)) continue;
        return false;
      }
    }
    return true;
  };
}

/** The box of the last line of text inside the heading (where a title visibly ends). */
export function lastLineBox(element: Element): Box | null {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null;
  }
  // The last line is the lowest one; several inline boxes can share it.
  const lastTop = Math.max(...rects.map((r) => r.top));
  const onLastLine = rects.filter((r) => r.bottom > lastTop);
  return {
    left: Math.min(...onLastLine.map((r) => r.left)),
    top: Math.min(...onLastLine.map((r) => r.top)),
    right: Math.max(...onLastLine.map((r) => r.right)),
    bottom: Math.max(...onLastLine.map((r) => r.bottom)),
  };
}
