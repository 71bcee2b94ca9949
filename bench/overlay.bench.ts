// The overlay in real Chromium with the built extension: time from DOMContentLoaded to the badge
// being visible on recorded pages, live assessment of a 4,000-character description inside the
// page, the content script's gzipped size, and the layout shift the overlay causes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'puppeteer';
import { projectRoot } from '../crawler/corpus.ts';
import setupBuild, { BUILT_EXTENSION } from '../test/e2e/global-setup.ts';
import { launch } from '../test/e2e/harness.ts';
import { BRIGHTPATH, CALMHARBOUR, QUIETMIND, STILLWATER, type FixtureApp } from '../test/fixtures/extension/apps.ts';
import { pageFor } from '../test/fixtures/extension/pages.ts';

const LOADS_PER_PAGE = 25;
const ASSESS_RUNS = 30;

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/** Records, in the page, DOMContentLoaded, the moment the badge host becomes visible, and layout shifts. */
async function instrument(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __ml: { dcl: number | null; visible: number | null; shift: number } };
    w.__ml = { dcl: null, visible: null, shift: 0 };
    document.addEventListener('DOMContentLoaded', () => (w.__ml.dcl = performance.now()), { once: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__ml.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const observer = new MutationObserver(() => {
      const host = document.querySelector('mindlabel-overlay') as HTMLElement | null;
      if (host && host.style.visibility === 'visible' && host.shadowRoot?.querySelector('[data-testid="mindlabel-badge"]')) {
        w.__ml.visible = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
  });
}

async function loadTimes(page: Page, app: FixtureApp): Promise<{ ms: number[]; shift: number }> {
  const ms: number[] = [];
  let shift = 0;
  for (let i = 0; i < LOADS_PER_PAGE; i++) {
    await page.goto(app.url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => (window as unknown as { __ml: { visible: number | null } }).__ml.visible !== null, { polling: 20, timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 100)); // let a frame or two pass, so shifts are recorded
    const m = await page.evaluate(() => (window as unknown as { __ml: { dcl: number; visible: number; shift: number } }).__ml);
    ms.push(m.visible - m.dcl);
    shift = Math.max(shift, m.shift);
  }
  return { ms, shift };
}

/** A 4,000-character mental-health description made of our fixtures' sentences. */
function longDescription(): string {
  const sentences = [STILLWATER, QUIETMIND, CALMHARBOUR, BRIGHTPATH].flatMap((a) => a.description.split('\n')).filter((s) => !s.includes('<'));
  let text = '';
  for (let i = 0; text.length < 4000; i++) text += `${sentences[i % sentences.length]} ${i % 3 === 0 ? '\n' : ''}`;
  return text.slice(0, 4000);
}

async function assessInPage(page: Page): Promise<{ first: number; median: number; p95: number }> {
  const bundle = await build({
    stdin: {
      contents: `import { assess } from './shared/assess.ts';
        import { classifyListing } from './shared/classify/mental-health.ts';
        globalThis.__mlAssess = (listing) => { classifyListing(listing); return assess(listing); };`,
      resolveDir: projectRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  await page.evaluate(bundle.outputFiles[0]!.text);
  return page.evaluate(
    (description, runs) => {
      const run = (globalThis as unknown as { __mlAssess: (l: unknown) => unknown }).__mlAssess;
      const listing = { store: 'play', appId: 'com.example.long', title: 'Stillwater: CBT for Anxiety', description, provenance: { details: { origin: 'page', capturedAt: new Date().toISOString() } } };
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        run(listing);
        times.push(performance.now() - t);
      }
      const first = times[0]!;
      times.sort((a, b) => a - b);
      return { first, median: times[Math.floor(times.length / 2)]!, p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]! };
    },
    longDescription(),
    ASSESS_RUNS,
  );
}

export default async function run(): Promise<void> {
  setupBuild();
  const script = readFileSync(path.join(BUILT_EXTENSION, 'content-scripts/store.js'));
  console.log(`content script: ${(script.length / 1024).toFixed(1)} KB, ${(gzipSync(script, { level: 9 }).length / 1024).toFixed(1)} KB gzipped (target ≤ 60 KB)`);

  const harness = await launch();
  try {
    const pages = [STILLWATER, BRIGHTPATH, QUIETMIND, CALMHARBOUR];
    for (const app of pages) harness.routes.set(app.url, pageFor(app));
    const page = await harness.newPage();
    await instrument(page);
    const all: number[] = [];
    let worstShift = 0;
    for (const app of pages) {
      const { ms, shift } = await loadTimes(page, app);
      all.push(...ms);
      worstShift = Math.max(worstShift, shift);
      const sorted = [...ms].sort((a, b) => a - b);
      const source = app === STILLWATER || app === BRIGHTPATH ? 'dataset' : 'live page';
      console.log(`badge visible after DOMContentLoaded, ${app.store} ${source} (${ms.length} loads): median ${fmt(quantile(sorted, 0.5))}, p95 ${fmt(quantile(sorted, 0.95))}`);
    }
    const sorted = all.sort((a, b) => a - b);
    console.log(`badge visible after DOMContentLoaded, all ${sorted.length} loads: median ${fmt(quantile(sorted, 0.5))} (target ≤ 60), p95 ${fmt(quantile(sorted, 0.95))} (target ≤ 120)`);
    console.log(`layout shift caused by the overlay: ${worstShift} (worst load; target 0)`);
    const assessed = await assessInPage(page);
    console.log(`live assessment of a 4,000-character description in the page: median ${fmt(assessed.median)}, p95 ${fmt(assessed.p95)}, first (cold) ${fmt(assessed.first)} (target ≤ 30)`);
    const fromExtension = harness.requests.filter((r) => (r.context === 'extension' || r.initiatedByExtension) && !r.url.startsWith(`chrome-extension://${harness.extensionId}/`));
    console.log(`requests made by the extension during the benchmark: ${fromExtension.length}`);
  } finally {
    await harness.close();
  }
}
