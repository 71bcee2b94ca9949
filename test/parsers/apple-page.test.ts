import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { APPLE_PAGE_EXPECTED, parseApplePage, parseRatingLine } from '../../shared/parsers/apple-page.ts';
import { fixture } from './fixtures.ts';

const corpus = hasCorpus();
if (!corpus) console.warn(`apple-page: ${NO_CORPUS_MESSAGE}`);
const apple = (name: string) => readFileSync(corpusFile(`store-pages/apple/${name}`), 'utf8');
const category = (name: string) => ({ category: name, dataTypes: [], purposes: [] });

describe.skipIf(!corpus)('parseApplePage on every recorded App Store page', () => {
  it('Netflix (us, 2023 markup): fields and the "Data Linked to You" label', () => {
    const url = 'https://apps.apple.com/us/app/netflix/id363590051';
    const { description, sources, ...fields } = parseApplePage(apple('app-us-netflix-id363590051-2023markup.html'), url);
    expect(fields).toEqual({
      store: 'apple',
      appId: '363590051',
      url,
      region: 'us',
      title: 'Netflix',
      developer: 'Netflix, Inc.',
      rating: 3.7,
      ratingCount: 342262,
      category: 'Entertainment',
      price: 'Free',
      free: true,
      privacyPolicyUrl: 'https://netflix.com/privacy',
      developerWebsite: 'http://www.netflix.com',
      updatedAt: '2023-04-03T16:00:20.000Z',
      privacyLabel: {
        notCollected: false,
        tracking: [],
        linked: ['Location', 'Contact Info', 'User Content', 'Search History', 'Identifiers', 'Usage Data', 'Diagnostics', 'Other Data'].map(category),
        notLinked: [],
      },
      missingFields: [],
      warnings: [],
    });
    expect(description!.length).toBe(1286);
    expect(description!.startsWith('Looking for the most talked about TV shows and movies from around the world? They’re all on Netflix.\n\n')).toBe(true);
    expect(description!.endsWith('Privacy policy: www.netflix.com/privacy\nTerms of use: www.netflix.com/terms')).toBe(true);
    expect(sources).toMatchObject({ title: 'structured-data', privacyLabel: 'embedded-json', privacyPolicyUrl: 'embedded-json' });
  });

  it('Netflix: the visible rating line says the same as the structured data, rounded', () => {
    // "3.7 • 342.3K Ratings" is what the page shows; the structured data has the exact count.
    const html = apple('app-us-netflix-id363590051-2023markup.html');
    const caption = /<figcaption[^>]*>([^<]+)<\/figcaption>/.exec(html)![1]!;
    expect(caption).toBe('3.7 • 342.3K Ratings');
    expect(parseRatingLine(caption)).toEqual({ rating: 3.7, count: 342300 });
  });

  it('Sony warranty app (vn storefront): "Data Not Collected", no developer website', () => {
    const { description, sources: _s, ...fields } = parseApplePage(apple('app-vn-id1193542964-2023markup.html'));
    expect(fields).toEqual({
      store: 'apple',
      appId: '1193542964',
      region: 'vn',
      title: 'Sony Bảo hành điện tử',
      developer: 'Sony Vietnam',
      rating: 5,
      ratingCount: 1,
      category: 'Utilities',
      price: 'Free',
      free: true,
      privacyPolicyUrl: 'https://baohanhdientu.sony.com.vn/terms.html',
      updatedAt: '2021-11-29T02:21:45.000Z',
      privacyLabel: { notCollected: true, tracking: [], linked: [], notLinked: [] },
      missingFields: ['developerWebsite'],
      warnings: [],
    });
    expect(description!.length).toBe(428);
    expect(description!.endsWith('hoặc 1900 561 561 (cước phí 2000VND/phút)')).toBe(true);
  });

  it('with the embedded store JSON removed, the visible page still gives the label and links', () => {
    const html = apple('app-us-netflix-id363590051-2023markup.html').replace(/<script type="fastboot\/shoebox" id="shoebox-media-api-cache-apps">[\s\S]*?<\/script>/, '');
    const result = parseApplePage(html);
    expect(result.privacyLabel!.linked.map((c) => c.category)).toEqual(['Location', 'Contact Info', 'User Content', 'Search History', 'Identifiers', 'Usage Data', 'Diagnostics', 'Other Data']);
    expect(result.sources.privacyLabel).toBe('visible-text');
    expect(result.privacyPolicyUrl).toBe('https://netflix.com/privacy');
    expect(result.developerWebsite).toBe('http://www.netflix.com');
    expect(result.updatedAt).toBe('2023-04-03T00:00:00.000Z');
    expect(result.missingFields).toEqual([]);
  });
});

describe('parseApplePage on made-up pages', () => {
  it('newer markup: JSON-LD, serialized-server-data privacy types, developer link over Apple’s own', () => {
    const { sources: _s, ...fields } = parseApplePage(fixture('apple-new-markup-stillwater.html'));
    expect(fields).toEqual({
      store: 'apple',
      appId: '1234567890',
      region: 'gb',
      title: 'Stillwater: CBT Sleep Coach',
      developer: 'Stillwater Labs Ltd',
      description: 'Sleep better with CBT-I, step by step.\n\nStillwater is not a substitute for care from your doctor.',
      rating: 4.6,
      ratingCount: 1287,
      category: 'Health & Fitness',
      price: '£4.99',
      free: false,
      privacyPolicyUrl: 'https://stillwater.example/privacy',
      developerWebsite: 'https://stillwater.example/',
      updatedAt: '2026-02-10T00:00:00.000Z',
      privacyLabel: { notCollected: false, tracking: [], linked: [category('Health & Fitness'), category('Contact Info')], notLinked: [category('Diagnostics')] },
      missingFields: [],
      warnings: [],
    });
  });

  it('2023 markup with no JSON at all: everything from visible text, rounded count included', () => {
    const result = parseApplePage(fixture('apple-dom-only-quietmind.html'), 'https://apps.apple.com/us/app/quietmind-anxiety-helper/id987654321');
    expect(result).toMatchObject({
      appId: '987654321',
      title: 'QuietMind Anxiety Helper',
      developer: 'QuietMind Co.',
      description: "Short CBT exercises for anxious days & nights.\n\nQuietMind doesn't replace therapy.",
      rating: 4.6,
      ratingCount: 12400,
      category: 'Health & Fitness',
      price: 'Free',
      free: true,
      privacyPolicyUrl: 'https://quietmind.example/privacy',
      developerWebsite: 'https://quietmind.example',
      updatedAt: '2025-11-20T00:00:00.000Z',
      privacyLabel: { notCollected: false, tracking: [category('Identifiers')], linked: [], notLinked: [category('Usage Data'), category('Diagnostics')] },
      missingFields: [],
    });
    expect(result.sources.rating).toBe('visible-text');
  });

  it('a page with no signals reports every field missing', () => {
    expect(parseApplePage('<!doctype html><html><body><h2>Connecting to the App Store…</h2></body></html>').missingFields).toEqual([...APPLE_PAGE_EXPECTED]);
  });

  it('throws on input that is not a page', () => {
    expect(() => parseApplePage('')).toThrow('App Store page: the page is empty');
  });
});

describe('parseRatingLine', () => {
  it.each([
    ['3.7 • 342.3K Ratings', { rating: 3.7, count: 342300 }],
    ['5.0 • 1 Rating', { rating: 5, count: 1 }],
    ['4.8 • 2.1M Ratings', { rating: 4.8, count: 2100000 }],
    ['4,5 • 1,2 k notes', { rating: 4.5, count: 1200 }],
    ['4.2 • 12,345 Ratings', { rating: 4.2, count: 12345 }],
  ])('%s', (line, expected) => expect(parseRatingLine(line)).toEqual(expected));

  it.each(['No Ratings', 'Free • Offers In-App Purchases', '#4 in Entertainment'])('does not match %s', (line) => {
    expect(parseRatingLine(line)).toEqual({});
  });
});
