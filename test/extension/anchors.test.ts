import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from './dom.ts';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { findTitleAnchor, placeBadge, structuredDataName, TITLE_SELECTORS } from '../../extension/utils/anchors.ts';
import { BRIGHTPATH, QUIETMIND, STILLWATER } from '../fixtures/extension/apps.ts';
import { pageFor } from '../fixtures/extension/pages.ts';

const shown = () => true;
const parse = parsePage;

describe('findTitleAnchor on composed pages', () => {
  it.each([STILLWATER, QUIETMIND, BRIGHTPATH])('finds the title of $title', (app) => {
    const anchor = findTitleAnchor(parse(pageFor(app)), app.store, { isShown: shown });
    expect(anchor?.element.tagName).toMatch(/^(H1|SPAN)$/);
    expect(anchor?.element.textContent).toContain(app.title);
  });

  it('prefers the heading that shows the expected title over an earlier one', () => {
    const doc = parse('<h1>Top charts</h1><main><h1>Calm Harbour</h1></main>');
    expect(findTitleAnchor(doc, 'apple', { expectedTitle: 'Calm Harbour', isShown: shown })?.element.textContent).toBe('Calm Harbour');
  });

  it('falls back to a heading that matches the structured-data name when no selector matches', () => {
    const doc = parse(
      '<script type="application/ld+json">{"@type":"SoftwareApplication","name":"Calm Harbour"}</script><div role="heading">Calm Harbour</div>',
    );
    expect(structuredDataName(doc)).toBe('Calm Harbour');
    expect(findTitleAnchor(doc, 'apple', { isShown: shown })?.via).toBe('structured data');
  });

  it('finds nothing on a page without a title (the badge then goes to the corner)', () => {
    expect(findTitleAnchor(parse('<p>Loading…</p>'), 'play', { isShown: shown })).toBeNull();
    expect(findTitleAnchor(parse('<h1>Hidden</h1>'), 'play', { isShown: () => false })).toBeNull();
  });

  it('keeps selectors as data, generic fallbacks last', () => {
    for (const list of Object.values(TITLE_SELECTORS)) expect(list.at(-1)?.selector).toBe('h1');
  });
});

describe.skipIf(!hasCorpus())('findTitleAnchor on recorded store pages', () => {
  if (!hasCorpus()) console.warn(NO_CORPUS_MESSAGE);
  it.each([
    ['store-pages/play/details-com.google.android.apps.translate.html', 'play', 'Google Translate', 'h1 [itemprop="name"]'],
    ['store-pages/play/details-com.mojang.minecraftpe.html', 'play', 'Minecraft', 'h1 [itemprop="name"]'],
    ['store-pages/apple/app-us-netflix-id363590051-2023markup.html', 'apple', 'Netflix', 'h1.product-header__title'],
    ['store-pages/apple/app-vn-id1193542964-2023markup.html', 'apple', null, 'h1.product-header__title'],
  ] as const)('%s', (file, store, title, via) => {
    const anchor = findTitleAnchor(parse(readFileSync(corpusFile(file), 'utf8')), store, { isShown: shown });
    if (title) expect(anchor?.element.textContent).toContain(title);
    expect(anchor?.via).toBe(via);
  });
});

describe('placeBadge', () => {
  const badge = { width: 300, height: 28 };
  const viewport = { width: 1280, height: 800 };
  const scroll = { x: 0, y: 100 };

  it('goes beside the end of the title when it fits, vertically centred on the last line', () => {
    const p = placeBadge({ line: { left: 100, top: 200, right: 400, bottom: 248 }, heading: { left: 100, top: 200, right: 900, bottom: 248 }, badge, viewport, scroll });
    expect(p).toEqual({ mode: 'beside', left: 412, top: 200 + 24 - 14 + 100 });
  });

  it('goes above the heading when the title runs to the edge', () => {
    const p = placeBadge({ line: { left: 100, top: 200, right: 1200, bottom: 248 }, heading: { left: 100, top: 200, right: 1200, bottom: 248 }, badge, viewport, scroll });
    expect(p.mode).toBe('above');
    expect(p.top).toBe(200 - 28 - 4 + 100);
  });

  it('skips a place that would cover the page’s content', () => {
    const line = { left: 100, top: 200, right: 400, bottom: 248 };
    const heading = { left: 100, top: 200, right: 900, bottom: 248 };
    expect(placeBadge({ line, heading, badge, viewport, scroll, isFree: () => true }).mode).toBe('beside');
    expect(placeBadge({ line, heading, badge, viewport, scroll, isFree: (b) => b.top < 200 }).mode).toBe('above');
    expect(placeBadge({ line, heading, badge, viewport, scroll, isFree: (b) => b.top > 240 }).mode).toBe('below');
    expect(placeBadge({ line, heading, badge, viewport, scroll, isFree: () => false }).mode).toBe('beside');
  });

  it('goes below when there is no room above, and to the corner without a title', () => {
    const p = placeBadge({ line: { left: 0, top: 10, right: 1270, bottom: 40 }, heading: { left: 0, top: 10, right: 1270, bottom: 40 }, badge, viewport, scroll: { x: 0, y: 0 } });
    expect(p.mode).toBe('below');
    expect(p.left).toBe(8);
    expect(placeBadge({ line: null, heading: null, badge, viewport, scroll }).mode).toBe('corner');
  });
});
