// The built extension in real Chromium, on recorded store pages and on pages of our own.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Window } from 'happy-dom';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE, projectRoot } from '../../crawler/corpus.ts';
import { assess } from '../../shared/assess.ts';
import type { Assessment } from '../../shared/schema/assessment.ts';
import { Dataset } from '../../shared/schema/dataset.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { badgeName } from '../../shared/summary.ts';
import { listingFromPage } from '../../extension/utils/page-listing.ts';
import { resolveRegion } from '../../extension/utils/region.ts';
import { detectStorePage } from '../../extension/utils/store-page.ts';
import { BRIGHTPATH, CALMHARBOUR, QUIETMIND, STILLWATER, TRAINSPOTTER, type FixtureApp } from '../fixtures/extension/apps.ts';
import { pageFor } from '../fixtures/extension/pages.ts';
import { BADGE, badgeState, LABEL, launch, POLL, waitForBadge, type Harness } from './harness.ts';

const SCREENSHOTS = path.join(projectRoot, 'test-results/screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const bundled = parseWith(Dataset, JSON.parse(readFileSync(path.join(projectRoot, 'test/fixtures/extension/dataset.json'), 'utf8')), 'bundled dataset');

const key = (app: Pick<FixtureApp, 'store' | 'appId'>) => `${app.store}:${app.appId}`;

function marksOf(assessment: Assessment) {
  return Object.fromEntries(
    (['evidence', 'privacy', 'safety'] as const).map((d) => [d, { level: assessment.domains[d].level, flagged: assessment.domains[d].flagged }]),
  );
}

/** What the extension should conclude from a page: the same code, run in Node on the same HTML. */
function expectedLive(app: FixtureApp): Assessment {
  const window = new Window({ url: app.url });
  const doc = new window.DOMParser().parseFromString(pageFor(app), 'text/html') as unknown as Document;
  const page = detectStorePage(app.url)!;
  const listing = listingFromPage(doc, page, app.url)!;
  return assess(listing, { region: resolveRegion({ setting: 'auto', pageRegion: page.region, languages: ['en-US'] }) });
}

function datasetAssessment(app: FixtureApp): Assessment | null {
  return bundled.entries.find((e) => e.store === app.store && e.appId === app.appId)?.assessment ?? null;
}

async function runAxe(page: Page, selector: string) {
  await page.evaluate(axeSource);
  return page.evaluate(async (target) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(
      { include: { fromShadowDom: ['mindlabel-overlay', target] } },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return { violations: result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target) })), passes: result.passes.length };
  }, selector);
}

async function screenshot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), ...(clip ? { clip } : {}) });
}

/** Watches layout shifts from before the page's first paint. */
async function watchLayoutShift(page: Page) {
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __shift: number; __shifted: string[] };
    w.__shift = 0;
    w.__shifted = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
        w.__shift += entry.value;
        for (const source of entry.sources ?? []) {
          const node = source.node as Element | undefined;
          const r = source as unknown as { previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
          w.__shifted.push(`${node ? `${node.nodeName}.${node.className ?? ''}` : '(in a shadow root)'} ${JSON.stringify(r.previousRect)} → ${JSON.stringify(r.currentRect)}`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Google Play's in-page navigation: the URL changes first, the content a moment later. */
async function navigateWithinPlay(page: Page, to: FixtureApp) {
  const html = pageFor(to);
  await page.evaluate(
    async (url, markup) => {
      history.pushState({}, '', url);
      await new Promise((r) => setTimeout(r, 150));
      const next = new DOMParser().parseFromString(markup, 'text/html');
      document.querySelector('main')!.replaceWith(document.importNode(next.querySelector('main')!, true));
      document.title = next.title;
    },
    to.url,
    html,
  );
}

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  for (const app of [STILLWATER, BRIGHTPATH, QUIETMIND, CALMHARBOUR, TRAINSPOTTER]) harness.routes.set(app.url, pageFor(app));
});

afterAll(async () => {
  await harness?.close();
});

/** Requests the extension made to anything but its own packaged files. */
function extensionRequests() {
  const own = `chrome-extension://${harness.extensionId}/`;
  return harness.requests.filter((r) => (r.context === 'extension' || r.initiatedByExtension) && !r.url.startsWith(own));
}

describe('badge and label on our own recorded pages', () => {
  it.each([
    ['play', STILLWATER],
    ['apple', BRIGHTPATH],
  ] as const)('%s: an app in the dataset shows its dataset levels; the label opens, passes axe, and closes', async (store, app) => {
    const expected = datasetAssessment(app)!;
    expect(expected).not.toBeNull();
    const page = await harness.newPage();
    try {
      await watchLayoutShift(page);
      await page.goto(app.url, { waitUntil: 'domcontentloaded' });
      const badge = await waitForBadge(page, key(app));
      expect(badge.marks).toEqual(marksOf(expected));
      expect(badge.name).toBe(badgeName(expected));
      // Beside the title when there is room to its right, else just above it.
      expect(['beside', 'above']).toContain(badge.placement);

      const boxes = await page.evaluate(() => {
        const host = document.querySelector('mindlabel-overlay')!;
        const b = host.shadowRoot!.querySelector('[data-testid="mindlabel-badge"]')!.getBoundingClientRect();
        const h = document.querySelector('h1')!.getBoundingClientRect();
        return { badge: { x: b.x, y: b.y, w: b.width, h: b.height }, title: { x: h.x, y: h.y, w: h.width, h: h.height } };
      });
      if (badge.placement === 'beside') {
        expect(boxes.badge.y).toBeGreaterThanOrEqual(boxes.title.y - 2);
        expect(boxes.badge.y + boxes.badge.h).toBeLessThanOrEqual(boxes.title.y + boxes.title.h + 2);
        expect(boxes.badge.x).toBeGreaterThan(boxes.title.x);
      } else {
        expect(boxes.badge.y + boxes.badge.h).toBeLessThanOrEqual(boxes.title.y);
        expect(boxes.title.y - (boxes.badge.y + boxes.badge.h)).toBeLessThan(10);
      }
      expect(await page.evaluate(() => ({ shift: (window as unknown as { __shift: number }).__shift, shifted: (window as unknown as { __shifted: string[] }).__shifted }))).toEqual({ shift: 0, shifted: [] });

      const badgeAxe = await runAxe(page, '[data-testid="mindlabel-badge"]');
      expect(badgeAxe.violations).toEqual([]);
      expect(badgeAxe.passes).toBeGreaterThan(3);
      const top = Math.max(0, Math.min(boxes.title.y, boxes.badge.y) - 16);
      const left = Math.max(0, Math.min(boxes.title.x, boxes.badge.x) - 16);
      await screenshot(page, `${store}-badge`, {
        x: left,
        y: top,
        width: Math.min(1280 - left, Math.max(boxes.title.x + boxes.title.w, boxes.badge.x + boxes.badge.w) - left + 16),
        height: Math.max(boxes.title.y + boxes.title.h, boxes.badge.y + boxes.badge.h) - top + 16,
      });

      await (await page.waitForSelector(BADGE))!.click();
      const label = (await page.waitForSelector(LABEL))!;
      const content = await label.evaluate((el) => ({
        role: el.getAttribute('role'),
        title: el.querySelector('h2')?.textContent,
        headings: [...el.querySelectorAll('h3')].map((h) => h.textContent),
        version: el.querySelector('[data-testid="mindlabel-version"]')?.textContent,
        checked: el.querySelector('[data-testid="mindlabel-checked"]')?.textContent,
        pageOnly: !!el.querySelector('[data-testid="mindlabel-page-only"]'),
        focused: (el.getRootNode() as ShadowRoot).activeElement === el,
      }));
      expect(content).toMatchObject({ role: 'dialog', title: expected.title, checked: expected.easyRead.checked, pageOnly: false, focused: true });
      expect(content.version).toContain(expected.rubricVersion);
      expect(content.headings.slice(0, 3)).toEqual(['Does it work?', 'Is my data safe?', 'Is it safe for me?']);
      expect(content.headings.at(-1)).toMatch(/^If you need help now/);
      if (expected.easyRead.reviews) expect(content.headings).toContain('What other users say');

      const labelAxe = await runAxe(page, '[data-testid="mindlabel-label"]');
      expect(labelAxe.violations).toEqual([]);
      expect(labelAxe.passes).toBeGreaterThan(5);
      await screenshot(page, `${store}-label`);

      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('mindlabel-overlay')?.shadowRoot?.querySelector('[data-testid="mindlabel-label"]'), POLL);
      const focus = await page.evaluate(() => document.querySelector('mindlabel-overlay')!.shadowRoot!.activeElement?.getAttribute('data-testid'));
      expect(focus).toBe('mindlabel-badge');
    } finally {
      await page.close();
    }
  });

  it.each([
    ['play', QUIETMIND],
    ['apple', CALMHARBOUR],
  ] as const)('%s: an app not in the dataset is assessed from its page and says so', async (_store, app) => {
    expect(datasetAssessment(app)).toBeNull();
    const expected = expectedLive(app);
    const page = await harness.newPage();
    try {
      await page.goto(app.url, { waitUntil: 'domcontentloaded' });
      const badge = await waitForBadge(page, key(app));
      expect(badge.marks).toEqual(marksOf(expected));
      await (await page.waitForSelector(BADGE))!.click();
      const label = (await page.waitForSelector(LABEL))!;
      const shown = await label.evaluate((el) => ({
        note: el.querySelector('[data-testid="mindlabel-page-only"]')?.textContent,
        region: el.querySelector('[data-testid="mindlabel-help"]')?.getAttribute('data-region'),
        title: el.querySelector('h2')?.textContent,
      }));
      expect(shown.note).toBe('Checked from this page only – the privacy policy and reviews were not read.');
      expect(shown.region).toBe(detectStorePage(app.url)!.region);
      expect(shown.title).toBe(app.title);
    } finally {
      await page.close();
    }
  });

  it('shows listing text with markup or script in it as text', async () => {
    const page = await harness.newPage();
    try {
      await page.goto(QUIETMIND.url, { waitUntil: 'domcontentloaded' });
      await waitForBadge(page, key(QUIETMIND));
      await (await page.waitForSelector(BADGE))!.click();
      await page.waitForSelector(LABEL);
      const result = await page.evaluate(() => {
        const root = document.querySelector('mindlabel-overlay')!.shadowRoot!;
        return {
          title: root.querySelector('[data-testid="mindlabel-label"] h2')!.textContent,
          injected: root.querySelectorAll('img, script, b').length,
          documentTitle: document.title,
        };
      });
      expect(result.title).toBe(QUIETMIND.title);
      expect(result.injected).toBe(0);
      expect(result.documentTitle).not.toBe('pwned');
    } finally {
      await page.close();
    }
  });

  it('shows no badge for an app that is not a mental-health app', async () => {
    const page = await harness.newPage();
    try {
      await page.goto(TRAINSPOTTER.url, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 1500));
      expect(await badgeState(page)).toBeNull();
    } finally {
      await page.close();
    }
  });

  it('puts the badge in a fixed corner when no title can be found, and the page still works', async () => {
    const url = 'https://play.google.com/store/apps/details?id=com.example.quietmind&hl=en&gl=IE';
    harness.routes.set(url, pageFor(QUIETMIND).replace(/<h1>[\s\S]*?<\/h1>/, '<div class="t">QuietMind</div>'));
    const page = await harness.newPage();
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const badge = await waitForBadge(page, key(QUIETMIND));
      expect(badge.placement).toBe('corner');
      const position = await page.evaluate(() => getComputedStyle(document.querySelector('mindlabel-overlay')!).position);
      expect(position).toBe('fixed');
      expect(await page.evaluate(() => document.querySelector('.t')?.textContent)).toBe('QuietMind');
    } finally {
      await page.close();
    }
  });
});

describe('Google Play in-page navigation', () => {
  it('follows the app shown: none → page-assessed → dataset → none', async () => {
    const page = await harness.newPage();
    try {
      await page.goto(TRAINSPOTTER.url, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 800));
      expect(await badgeState(page)).toBeNull();

      await navigateWithinPlay(page, QUIETMIND);
      const live = await waitForBadge(page, key(QUIETMIND));
      expect(live.marks).toEqual(marksOf(expectedLive(QUIETMIND)));

      await navigateWithinPlay(page, STILLWATER);
      const fromDataset = await waitForBadge(page, key(STILLWATER));
      expect(fromDataset.marks).toEqual(marksOf(datasetAssessment(STILLWATER)!));
      await (await page.waitForSelector(BADGE))!.click();
      const title = await (await page.waitForSelector(LABEL))!.evaluate((el) => el.querySelector('h2')?.textContent);
      expect(title).toBe(STILLWATER.title);
      await page.keyboard.press('Escape');

      await navigateWithinPlay(page, TRAINSPOTTER);
      await page.waitForFunction(() => {
        const host = document.querySelector('mindlabel-overlay') as HTMLElement | null;
        return !host || host.hidden;
      }, POLL);
    } finally {
      await page.close();
    }
  });
});

describe('settings in the popup', () => {
  it('shows the dataset date, and the region and show/hide settings reach the page', async () => {
    const popup = await harness.newPage();
    const page = await harness.newPage();
    try {
      await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`, { waitUntil: 'load' });
      await popup.waitForFunction(() => !document.querySelector('[data-testid="dataset-date"]')?.textContent?.startsWith('Reading'), POLL);
      const date = await popup.$eval('[data-testid="dataset-date"]', (el) => el.textContent);
      expect(date).toContain(`${bundled.entries.length} apps`);
      expect(date).toContain('12 March 2026');

      await page.goto(STILLWATER.url, { waitUntil: 'domcontentloaded' });
      await waitForBadge(page, key(STILLWATER));

      await popup.select('select', 'nz');
      await (await page.waitForSelector(BADGE))!.click();
      await page.waitForFunction(
        () => document.querySelector('mindlabel-overlay')?.shadowRoot?.querySelector('[data-testid="mindlabel-help"]')?.getAttribute('data-region') === 'nz',
        POLL,
      );
      await page.keyboard.press('Escape');

      // A DOM click: mouse input to a tab in the background would wait for it to come forward.
      const toggle = () => popup.$eval('input[type="checkbox"]', (box) => (box as HTMLInputElement).click());
      await toggle();
      await page.waitForFunction(() => (document.querySelector('mindlabel-overlay') as HTMLElement | null)?.hidden === true, POLL);
      await toggle();
      await waitForBadge(page, key(STILLWATER));
      await popup.select('select', 'auto');
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

describe.skipIf(!hasCorpus())('recorded pages from the real stores', () => {
  if (!hasCorpus()) console.warn(NO_CORPUS_MESSAGE);
  it.each([
    ['https://play.google.com/store/apps/details?id=com.google.android.apps.translate&hl=en&gl=US', 'store-pages/play/details-com.google.android.apps.translate.html'],
    ['https://play.google.com/store/apps/details?id=com.mojang.minecraftpe&hl=en&gl=GB', 'store-pages/play/details-com.mojang.minecraftpe.html'],
    ['https://apps.apple.com/us/app/netflix/id363590051', 'store-pages/apple/app-us-netflix-id363590051-2023markup.html'],
  ])('%s: not a mental-health app, so no badge, and the page is left as it was', async (url, file) => {
    harness.routes.set(url, readFileSync(corpusFile(file), 'utf8'));
    const page = await harness.newPage();
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await new Promise((r) => setTimeout(r, 1500));
      expect(await badgeState(page)).toBeNull();
      expect(await page.evaluate(() => document.querySelector('h1')?.textContent?.trim().length ?? 0)).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

describe('privacy by construction', () => {
  it('nothing was requested by the extension in any of the tests above', () => {
    // Runs last in this file: every page, the popup and the service worker were watched throughout.
    expect(harness.requests.length).toBeGreaterThan(5);
    expect(extensionRequests()).toEqual([]);
    const pageRequests = harness.requests.filter((r) => r.context === 'page' && !r.url.startsWith('chrome-extension://'));
    const ownPages = new Set([STILLWATER, BRIGHTPATH, QUIETMIND, CALMHARBOUR, TRAINSPOTTER].map((a) => a.url));
    // Our own pages load nothing but themselves: any other request there would be the extension's.
    const fromOwnPages = pageRequests.filter((r) => ownPages.has(r.url));
    expect(fromOwnPages.length).toBeGreaterThan(0);
  });
});
