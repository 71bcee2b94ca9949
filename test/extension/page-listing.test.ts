import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from './dom.ts';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { classifyListing } from '../../shared/classify/mental-health.ts';
import { Listing } from '../../shared/schema/listing.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { readPageFields, textWithBreaks } from '../../extension/utils/page-fields.ts';
import { listingFromPage, pageDataHtml } from '../../extension/utils/page-listing.ts';
import { detectStorePage } from '../../extension/utils/store-page.ts';
import { BRIGHTPATH, CALMHARBOUR, QUIETMIND, STILLWATER, TRAINSPOTTER, type FixtureApp } from '../fixtures/extension/apps.ts';
import { pageFor } from '../fixtures/extension/pages.ts';

const parse = parsePage;
const now = new Date('2026-03-12T10:00:00Z');

function live(app: FixtureApp, html = pageFor(app), url = app.url) {
  const page = detectStorePage(url)!;
  return listingFromPage(parse(html), page, url, now);
}

describe('listingFromPage on composed pages', () => {
  it.each([STILLWATER, QUIETMIND, CALMHARBOUR, BRIGHTPATH, TRAINSPOTTER])('$title: a valid listing with the page’s words', (app) => {
    const listing = parseWith(Listing, live(app), 'live listing');
    expect(listing).toMatchObject({ store: app.store, appId: app.appId, title: app.title, developer: app.developer });
    expect(listing.description.replace(/\s+/g, ' ')).toBe(app.description.replace(/\s+/g, ' '));
    expect(listing.provenance?.details).toEqual({ origin: 'page', url: app.url, capturedAt: now.toISOString() });
  });

  it('decides mental health from the page: the timetable app is not one', () => {
    expect(classifyListing(live(QUIETMIND)!).mentalHealth).toBe(true);
    expect(classifyListing(live(CALMHARBOUR)!).mentalHealth).toBe(true);
    expect(classifyListing(live(TRAINSPOTTER)!).mentalHealth).toBe(false);
  });

  it('after in-page navigation ignores data blocks about the previous app and reads the visible page', () => {
    // Google Play swaps the visible content but leaves the first app's data blocks in place.
    const doc = parse(pageFor(TRAINSPOTTER));
    const shownApp = parse(pageFor(QUIETMIND));
    doc.querySelector('main')!.replaceWith(doc.importNode(shownApp.querySelector('main')!, true));
    const listing = listingFromPage(doc, detectStorePage(QUIETMIND.url)!, QUIETMIND.url, now)!;
    expect(listing.title).toBe(QUIETMIND.title);
    expect(listing.description).toContain('behavioural activation');
    expect(listing.description).not.toContain('timetables');
  });

  it('returns null when the page shows no title', () => {
    expect(listingFromPage(parse('<html><body><p>Loading</p></body></html>'), detectStorePage(QUIETMIND.url)!, QUIETMIND.url, now)).toBeNull();
  });

  it('keeps the data scripts and drops ordinary scripts when handing the page to the parser', () => {
    const html = pageDataHtml(parse(`${pageFor(STILLWATER)}<script>var tracker = 1;</script>`));
    expect(html).toContain('AF_initDataCallback(');
    expect(html).toContain('application/ld+json');
    expect(html).not.toContain('tracker');
  });

  it('keeps the line breaks the page shows', () => {
    expect(textWithBreaks(parse('<div>One<br>Two<p>Three</p><script>x()</script></div>').querySelector('div')!)).toBe('One\nTwo\nThree');
  });
});

describe.skipIf(!hasCorpus())('reading recorded store pages', () => {
  if (!hasCorpus()) console.warn(NO_CORPUS_MESSAGE);
  it.each([
    ['store-pages/play/details-com.google.android.apps.translate.html', 'https://play.google.com/store/apps/details?id=com.google.android.apps.translate&hl=en', 'Google Translate', 'Google LLC'],
    ['store-pages/play/details-com.adex77.WhereAmI.html', 'https://play.google.com/store/apps/details?id=com.adex77.WhereAmI&hl=en', null, null],
    ['store-pages/apple/app-us-netflix-id363590051-2023markup.html', 'https://apps.apple.com/us/app/netflix/id363590051', 'Netflix', 'Netflix, Inc.'],
  ] as const)('%s', (file, url, title, developer) => {
    const doc = parse(readFileSync(corpusFile(file), 'utf8'));
    const page = detectStorePage(url)!;
    const listing = parseWith(Listing, listingFromPage(doc, page, url, now), 'live listing');
    const fields = readPageFields(doc, page.store);
    if (title) expect(listing.title).toBe(title);
    if (developer) expect(listing.developer).toBe(developer);
    expect(listing.title).toBe(listing.title.trim());
    expect(fields.title).toBeTruthy();
    expect(listing.description.length).toBeGreaterThan(100);
    // None of these is a mental-health app: no badge unless the dataset holds them.
    expect(classifyListing(listing).mentalHealth).toBe(false);
  });
});
