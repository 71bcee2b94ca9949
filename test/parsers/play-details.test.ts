import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import gplay from 'google-play-scraper';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { parsePlayDetails, PLAY_DETAILS_EXPECTED } from '../../shared/parsers/play-details.ts';
import { fixture } from './fixtures.ts';

const corpus = hasCorpus();
if (!corpus) console.warn(`play-details: ${NO_CORPUS_MESSAGE}`);

const detailsUrl = (id: string) => `https://play.google.com/store/apps/details?id=${id}&hl=en&gl=us`;
const page = (id: string) => readFileSync(corpusFile(`store-pages/play/details-${id}.html`), 'utf8');

/** Every recorded details page with the values a reader of the page sees. */
const RECORDED = [
  {
    id: 'com.google.android.apps.translate',
    title: 'Google Translate',
    developer: 'Google LLC',
    rating: 4.26508,
    ratingCount: 9039805,
    installs: '1,000,000,000+',
    category: 'Tools',
    privacyPolicyUrl: 'http://www.google.com/policies/privacy/',
    developerWebsite: 'http://support.google.com/translate',
    price: 'Free',
    free: true,
    updatedAt: '2026-07-06T16:26:30.000Z',
    description: { length: 2516, first: '• Text translation: Translate between 108 languages by typing', last: '*Note: The app may be used even if optional permissions are not granted.' },
    dataSafety: {
      sharedSummary: 'No data shared with third parties',
      collectedSummary: 'This app may collect these data types: Location, Personal info and 5 others',
      noDataShared: true,
      noDataCollected: false,
      shared: [],
      collected: [],
      encryptedInTransit: true,
      deletionRequest: true,
      independentReview: true,
      detailed: false,
    },
  },
  {
    id: 'com.mojang.minecraftpe',
    title: 'Minecraft: Dream it, Build it!',
    developer: 'Mojang',
    rating: 4.315863,
    ratingCount: 5715302,
    installs: '50,000,000+',
    category: 'Arcade',
    privacyPolicyUrl: 'http://go.microsoft.com/fwlink/?LinkId=521839',
    developerWebsite: 'http://help.mojang.com',
    price: '$6.99',
    free: false,
    updatedAt: '2026-06-24T22:04:44.000Z',
    description: { length: 3579, first: 'Dive into an open world of building, crafting, and survival in the ultimate sandbox adventure.', last: '*Realms & Realms Plus: Try a free 30-day trial in-app.' },
    dataSafety: {
      sharedSummary: 'This app may share these data types with third parties: Location, Personal info, and App activity',
      collectedSummary: 'This app may collect these data types: Location, Personal info and 5 others',
      noDataShared: false,
      noDataCollected: false,
      shared: [],
      collected: [],
      encryptedInTransit: true,
      deletionRequest: true,
      independentReview: null,
      detailed: false,
    },
  },
  {
    id: 'com.adex77.WhereAmI',
    title: 'Where Am I? - GeoGuess Game',
    developer: 'Adex77',
    rating: 4.16,
    ratingCount: 336,
    installs: '10,000+',
    category: 'Trivia',
    privacyPolicyUrl: 'https://whereamigame.app/privacy-policy.html',
    developerWebsite: 'https://whereamigame.app',
    price: 'Free',
    free: true,
    updatedAt: '2026-06-25T11:03:57.000Z',
    description: { length: 3624, first: 'Discover the World with Where Am I? – A Thrilling Free GeoGuessr Alternative!', last: '🗺️ Download now and start your adventure to become the King of the World!' },
    dataSafety: {
      sharedSummary: 'No data shared with third parties',
      collectedSummary: 'This app may collect these data types: Device or other IDs',
      noDataShared: true,
      noDataCollected: false,
      shared: [],
      collected: [],
      encryptedInTransit: true,
      deletionRequest: true,
      independentReview: null,
      detailed: false,
    },
  },
];

describe.skipIf(!corpus)('parsePlayDetails on every recorded details page', () => {
  it.each(RECORDED)('$id', ({ id, description, ...expected }) => {
    const result = parsePlayDetails(page(id), detailsUrl(id));
    const { description: text, sources, warnings, missingFields, dataBlock, ...fields } = result;
    expect(fields).toEqual({ store: 'play', appId: id, url: detailsUrl(id), language: 'en', region: 'us', ...expected });
    expect(text!.length).toBe(description.length);
    expect(text!.startsWith(description.first)).toBe(true);
    expect(text!.split('\n').at(-1)).toBe(description.last);
    expect(text).not.toMatch(/<[a-z/]|&(amp|quot|#\d+);/i);
    expect(missingFields).toEqual([]);
    expect(warnings).toEqual([]);
    expect(dataBlock).toBe('ds:5');
    expect(Object.values(sources).every((s) => s === 'data-block' || s === 'url')).toBe(true);
  });

  it('reads the app id and language from the page itself when no URL is given', () => {
    const result = parsePlayDetails(page('com.adex77.WhereAmI'));
    expect(result.appId).toBe('com.adex77.WhereAmI');
    expect(result.language).toBe('en');
    expect(result.region).toBeUndefined();
  });
});

/** google-play-scraper's field → ours; values are normalised the way each library writes them. */
const ORACLE_FIELDS: readonly [string, string, (v: unknown) => unknown][] = [
  ['title', 'title', (v) => v],
  ['description', 'description', (v) => String(v).replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').trim()],
  ['developer', 'developer', (v) => v],
  ['score', 'rating', (v) => v],
  ['ratings', 'ratingCount', (v) => v],
  ['installs', 'installs', (v) => v],
  ['genre', 'category', (v) => v],
  ['privacyPolicy', 'privacyPolicyUrl', (v) => v],
  ['developerWebsite', 'developerWebsite', (v) => v],
  ['priceText', 'price', (v) => v],
  ['free', 'free', (v) => v],
  ['updated', 'updatedAt', (v) => (typeof v === 'number' ? new Date(v).toISOString() : v)],
  ['appId', 'appId', (v) => v],
  ['url', 'url', (v) => v],
];

describe.skipIf(!corpus)('agreement with google-play-scraper (oracle) over loopback HTTP', () => {
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id') ?? '';
      try {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(id));
      } catch {
        res.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(RECORDED.map((r) => r.id))('%s: every field both produce is equal', async (id) => {
    const theirs = (await gplay.app({ appId: id, requestOptions: { url: `${base}/?id=${id}` } } as never)) as unknown as Record<string, unknown>;
    const ours = parsePlayDetails(page(id), detailsUrl(id)) as unknown as Record<string, unknown>;
    const compared = ORACLE_FIELDS.filter(([t, o]) => theirs[t] !== undefined && ours[o] !== undefined);
    expect(compared.length).toBe(ORACLE_FIELDS.length);
    for (const [t, o, normalise] of compared) expect({ field: o, value: ours[o] }).toEqual({ field: o, value: normalise(theirs[t]) });
  });
});

describe('parsePlayDetails on made-up pages', () => {
  it('finds the app record by shape in another block, in packed form, past a decoy', () => {
    const result = parsePlayDetails(fixture('play-details-calm-harbour.html'));
    expect(result.dataBlock).toBe('ds:4');
    expect(result).toMatchObject({
      appId: 'org.calmharbour.journal',
      language: 'en_GB',
      title: 'Calm Harbour: Mood Journal',
      developer: 'Harbour Health Ltd',
      rating: 4.41,
      ratingCount: 2345,
      installs: '100,000+',
      category: 'Health & Fitness',
      privacyPolicyUrl: 'https://calmharbour.example/privacy',
      developerWebsite: 'https://calmharbour.example/',
      price: '£2.99',
      free: false,
      updatedAt: '2026-03-03T12:00:00.000Z',
      missingFields: [],
      warnings: [],
    });
  });

  it('turns description markup into text: <br> → newline, tags dropped, entities decoded', () => {
    expect(parsePlayDetails(fixture('play-details-calm-harbour.html')).description).toBe(
      "Track your mood & sleep in two taps.\nBuilt with clinicians at Example University.\n\nIt's not a crisis service: if you are in danger, call 999 – or text SHOUT to 85258.",
    );
  });

  it('reads a data-safety summary that shares data and is not encrypted', () => {
    expect(parsePlayDetails(fixture('play-details-calm-harbour.html')).dataSafety).toEqual({
      sharedSummary: 'This app may share these data types with third parties: Health and fitness, and App activity',
      collectedSummary: 'This app may collect these data types: Health and fitness, Personal info and 2 others',
      noDataShared: false,
      noDataCollected: false,
      shared: [],
      collected: [],
      encryptedInTransit: false,
      deletionRequest: true,
      independentReview: null,
      detailed: false,
    });
  });

  it('changed layout without data blocks: falls back to structured data and visible text, and says so', () => {
    const result = parsePlayDetails(fixture('play-details-changed-layout.html'));
    expect(result).toMatchObject({
      appId: 'app.tidewell.breathe',
      title: 'Tidewell Breathing',
      developer: 'Tidewell',
      description: 'Breathe in for four, out for six.\nMade with "care" & evidence.\n\nNot for emergencies.',
      rating: 3.9,
      ratingCount: 87,
      installs: '1K+',
      category: 'Medical',
      privacyPolicyUrl: 'https://tidewell.example/privacy',
      developerWebsite: 'https://tidewell.example',
      price: 'Free',
      free: true,
      updatedAt: '2026-02-14T00:00:00.000Z',
    });
    expect(result.dataSafety).toMatchObject({ sharedSummary: 'No data shared with third parties', noDataShared: true, noDataCollected: true, encryptedInTransit: true, deletionRequest: null });
    expect(result.sources).toMatchObject({ title: 'structured-data', installs: 'visible-text', dataSafety: 'visible-text' });
    expect(result.warnings).toEqual(['no data block holds the app: fields come from structured data and visible text only']);
    // The store's own "Privacy Policy" link in the header is not the developer's.
    expect(result.privacyPolicyUrl).not.toContain('policies.google.com');
  });

  it('a truncated data block yields missingFields for what only the block had', () => {
    const html = fixture('play-details-calm-harbour.html');
    const cut = html.replace(/"100":\[\[[\s\S]*?sideChannel/, '"100":[[null, sideChannel');
    const result = parsePlayDetails(cut);
    expect(result.dataBlock).toBeUndefined();
    expect(result.title).toBe('Calm Harbour: Mood Journal');
    expect(result.rating).toBeCloseTo(4.41, 2);
    expect(result.missingFields).toEqual(['installs', 'privacyPolicyUrl', 'updatedAt', 'dataSafety']);
  });

  it('a page with none of the signals reports every expected field missing', () => {
    const result = parsePlayDetails('<html><body><p>Something went wrong. Try again.</p></body></html>');
    expect(result.missingFields).toEqual([...PLAY_DETAILS_EXPECTED]);
    expect(result.title).toBeUndefined();
  });

  it('warns when the data block and the structured data disagree', () => {
    const html = fixture('play-details-calm-harbour.html').replace('"ratingCount":"2345"', '"ratingCount":"9999"');
    expect(parsePlayDetails(html).warnings).toEqual(['ratingCount: data block says 2345, the page says 9999']);
  });

  it.each([
    ['nothing', ''],
    ['whitespace', '   \n '],
    ['JSON instead of a page', '{"results":[]}'],
  ])('throws on input that is not a page: %s', (_label, input) => {
    expect(() => parsePlayDetails(input)).toThrow(/Google Play details page: /);
  });

  it('throws naming the type when given a non-string', () => {
    expect(() => parsePlayDetails(undefined as unknown as string)).toThrow('Google Play details page: expected the page\'s HTML as a string, got undefined');
  });
});
