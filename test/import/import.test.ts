import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Listing } from '../../shared/schema/listing.ts';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { detectFormat, importFile, parseStoreLink } from '../../crawler/import/index.ts';
import { cleanDescription } from '../../crawler/import/listing.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'mindlabel-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name: string, content: string, mtime = new Date('2026-01-10T09:30:00Z')): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  utimesSync(file, mtime, mtime);
  return file;
}

describe('parseStoreLink', () => {
  it.each([
    ['https://play.google.com/store/apps/details?id=com.example.mood&hl=en_GB&gl=GB', { store: 'play', appId: 'com.example.mood', region: 'gb', language: 'en-GB' }],
    ['https://play.google.com/store/apps/details?hl=en&id=org.example.app_2', { store: 'play', appId: 'org.example.app_2', language: 'en' }],
    ['https://apps.apple.com/gb/app/steady-cbt/id1234567890', { store: 'apple', appId: '1234567890', region: 'gb' }],
    ['https://apps.apple.com/es/app/x/id708666976?l=en', { store: 'apple', appId: '708666976', region: 'es', language: 'en' }],
    ['https://itunes.apple.com/us/app/id987654321?mt=8', { store: 'apple', appId: '987654321', region: 'us' }],
    ['apps.apple.com/app/id1111111111', { store: 'apple', appId: '1111111111' }],
    ['http://itunes.apple.com/us/app/id987654321?mt=8', { store: 'apple', appId: '987654321', url: 'https://itunes.apple.com/us/app/id987654321' }],
  ])('reads %s', (url, expected) => {
    expect(parseStoreLink(url)).toMatchObject(expected);
  });

  it.each(['', 'not a url', 'https://example.com/app?id=com.x.y', 'https://play.google.com/store/apps/details?id=', 'https://play.google.com/store/apps/details?id=nodots', 'https://apps.apple.com/us/app/name-only'])(
    'refuses %j',
    (url) => {
      expect(parseStoreLink(url)).toBeNull();
    },
  );
});

describe('importFile with an iTunes Search API response', () => {
  const response = {
    resultCount: 4,
    results: [
      {
        wrapperType: 'software',
        kind: 'software',
        trackId: 1234567890,
        trackName: 'Steady: CBT for Anxiety',
        artistName: 'Made-up Health Ltd',
        description: 'Learn CBT skills for anxiety.\nTrack your mood.',
        primaryGenreName: 'Health & Fitness',
        averageUserRating: 4.6,
        userRatingCount: 1520,
        price: 0,
        formattedPrice: 'Free',
        currency: 'GBP',
        currentVersionReleaseDate: '2025-12-01T08:00:00Z',
        sellerUrl: 'https://steady.example',
        trackViewUrl: 'https://apps.apple.com/gb/app/steady/id1234567890?uo=4',
      },
      { kind: 'software', trackId: 1234567891, trackName: 'No Description' },
      { kind: 'ebook', trackId: 99, trackName: 'A book' },
      { kind: 'software', trackName: 'No id', description: 'x' },
    ],
  };

  it('makes validated Listings with provenance "import" dated by the file', async () => {
    const { listings, skipped } = await importFile(fixture('lookup.json', JSON.stringify(response)), { region: 'gb' });
    expect(listings).toHaveLength(1);
    const listing = Listing.parse(listings[0]);
    expect(listing).toMatchObject({
      store: 'apple',
      appId: '1234567890',
      title: 'Steady: CBT for Anxiety',
      developer: 'Made-up Health Ltd',
      category: 'Health & Fitness',
      rating: 4.6,
      ratingCount: 1520,
      price: 'Free',
      free: true,
      updatedAt: '2025-12-01T08:00:00.000Z',
      developerWebsite: 'https://steady.example',
      region: 'gb',
      provenance: { details: { origin: 'import', capturedAt: '2026-01-10T09:30:00.000Z', url: 'https://apps.apple.com/gb/app/steady/id1234567890?uo=4' } },
    });
    expect(skipped).toEqual([
      { row: 2, reason: 'no description' },
      { row: 3, reason: 'not an app (kind "ebook")' },
      { row: 4, reason: 'no numeric App Store id (trackId/id)' },
    ]);
  });

  it('reads a flat list of apps and formats prices', async () => {
    const apps = [{ id: 1500000001, name: 'Paid Calm', developer: 'Dev', price: 4.99, currency: 'USD', rating: 4.1, rating_count: 12, genres: ['Medical'], description: 'Therapy tools.' }];
    const { listings } = await importFile(fixture('flat.json', JSON.stringify(apps)), { capturedAt: '2026-01-02' });
    expect(listings[0]).toMatchObject({ price: '$4.99', free: false, category: 'Medical', ratingCount: 12, provenance: { details: { capturedAt: '2026-01-02T00:00:00.000Z' } } });
  });

  it('skips the whole file with a reason when it is not an export', async () => {
    expect(await importFile(fixture('other.json', '{"hello": 1}'))).toEqual({ listings: [], skipped: [{ row: 0, reason: expect.stringMatching(/iTunes Search/) }], dropped: [] });
    expect((await importFile(fixture('broken.json', '{"results": [')))).toEqual({ listings: [], skipped: [{ row: 0, reason: expect.stringMatching(/not valid JSON/) }], dropped: [] });
  });

  it('refuses a capture date that is not a date', async () => {
    await expect(importFile(fixture('x.json', '[]'), { capturedAt: 'yesterday-ish' })).rejects.toThrow(/not a date/);
  });
});

describe('importFile with a CSV export', () => {
  const csv = [
    '\uFEFFappName,company,description,iosLink,androidLink,lastModified',
    'Steady,Made-up Health,"Learn CBT skills.\\n\\nTrack your mood, daily.",https://apps.apple.com/gb/app/steady/id1234567890,https://play.google.com/store/apps/details?id=com.example.steady&hl=en_GB&gl=GB,2025-11-09',
    'No Links,Dev,Some description,,,2025-11-09',
    ',Dev,No name here,https://apps.apple.com/us/app/x/id1234567899,,2025-11-09',
    'Empty Description,Dev,,https://apps.apple.com/us/app/x/id1234567898,,',
    'Short row,Dev',
    'Android only,Dev,"Multi-line\nreal description",,https://play.google.com/store/apps/details?id=org.example.android,not a date',
  ].join('\r\n');

  it('makes one Listing per store link, skipping bad rows with reasons', async () => {
    const { listings, skipped } = await importFile(fixture('apps.csv', csv));
    expect(listings.map((l) => `${l.store}:${l.appId}`)).toEqual(['apple:1234567890', 'play:com.example.steady', 'play:org.example.android']);
    expect(listings[0]).toMatchObject({ title: 'Steady', developer: 'Made-up Health', region: 'gb', description: 'Learn CBT skills.\n\nTrack your mood, daily.' });
    expect(listings[1]).toMatchObject({ region: 'gb', language: 'en-GB', url: 'https://play.google.com/store/apps/details?id=com.example.steady' });
    // The row's date wins over the file's; an unreadable one falls back to the file's.
    expect(listings[0]?.provenance?.details?.capturedAt).toBe('2025-11-09T00:00:00.000Z');
    expect(listings[2]?.provenance?.details?.capturedAt).toBe('2026-01-10T09:30:00.000Z');
    expect(listings[2]?.description).toBe('Multi-line\nreal description');
    expect(skipped).toEqual([
      { row: 3, reason: 'no Google Play or App Store link or id for "No Links"' },
      { row: 4, reason: 'no app name in "appName"' },
      { row: 5, reason: 'no description for "Empty Description"' },
      { row: 6, reason: 'has 2 fields, the header has 6' },
    ]);
  });

  it('reads id columns when there are no links, and other column names', async () => {
    const sheet = 'Name,Developer,Description,packageName,appleId\nMoodlog,Dev,"A mood diary.",com.example.moodlog,1234500000\n';
    const { listings, skipped } = await importFile(fixture('ids.csv', sheet));
    expect(skipped).toEqual([]);
    expect(listings.map((l) => `${l.store}:${l.appId}`)).toEqual(['play:com.example.moodlog', 'apple:1234500000']);
  });

  it('skips a CSV without a description column, saying which columns it has', async () => {
    const { listings, skipped } = await importFile(fixture('nodesc.csv', 'name,app_id\nX,com.x.y\n'));
    expect(listings).toEqual([]);
    expect(skipped[0]?.reason).toBe('CSV needs a description column; its columns are: name, app_id');
  });

  it('never throws on junk', async () => {
    const junk = '"\u0000,,\n\n"""",\n' + 'x'.repeat(1000);
    const result = await importFile(fixture('junk.csv', junk));
    expect(result.listings).toEqual([]);
    expect(result.skipped.length).toBeGreaterThan(0);
  });
});

describe('values an export gets wrong', () => {
  const app = (extra: Record<string, unknown>) => ({ kind: 'software', trackId: 1234567890, trackName: 'Steady', description: 'CBT skills for anxiety.', ...extra });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, RegExp | null]>([
    ['a javascript: store link', { trackViewUrl: 'javascript:alert(6)' }, { url: 'https://apps.apple.com/gb/app/id1234567890' }, /^url: expected an https: address: left out$/],
    ['a data: store link', { trackViewUrl: 'data:text/html,<script>alert(1)</script>' }, { url: 'https://apps.apple.com/gb/app/id1234567890' }, /^url: expected an https: address/],
    ['a plain-http store link', { trackViewUrl: 'http://apps.apple.com/gb/app/id1234567890' }, { url: 'https://apps.apple.com/gb/app/id1234567890' }, /^url: expected an https: address/],
    ['a javascript: developer site', { sellerUrl: 'javascript:alert(6)' }, { developerWebsite: undefined }, /^developerWebsite: expected an https: or http: address: left out$/],
    ['a rating of 1e308', { averageUserRating: 1e308 }, { rating: undefined }, /^rating: too big \(maximum 5\)/],
    ['a negative rating count', { userRatingCount: -1 }, { ratingCount: undefined }, /^ratingCount: too small or empty \(minimum 0\)/],
    ['a fractional rating count', { userRatingCount: 12.5 }, { ratingCount: undefined }, /^ratingCount: /],
    // Must NOT be left out:
    ['an http developer site', { sellerUrl: 'http://steady.example' }, { developerWebsite: 'http://steady.example' }, null],
    ['a rating of 0 and a count of 0', { averageUserRating: 0, userRatingCount: 0 }, { rating: 0, ratingCount: 0 }, null],
    ['a store link with a campaign query', { trackViewUrl: 'https://apps.apple.com/gb/app/steady/id1234567890?uo=4' }, { url: 'https://apps.apple.com/gb/app/steady/id1234567890?uo=4' }, null],
  ])('%s', async (_name, extra, expected, reason) => {
    const { listings, skipped, dropped } = await importFile(fixture('values.json', JSON.stringify({ results: [app(extra)] })), { region: 'gb' });
    expect(skipped).toEqual([]);
    expect(listings).toHaveLength(1);
    for (const [field, value] of Object.entries(expected)) expect((listings[0] as Record<string, unknown>)[field]).toEqual(value);
    if (reason) expect(dropped).toEqual([{ row: 1, reason: expect.stringMatching(reason) }]);
    else expect(dropped).toEqual([]);
    expect(JSON.stringify(listings)).not.toMatch(/javascript:|data:text/);
  });

  it('a CSV rating out of range is left out with a reason, the row kept', async () => {
    const { listings, dropped } = await importFile(fixture('ratings.csv', 'appName,description,androidLink,rating,ratingCount\nMoodlog,A mood diary.,https://play.google.com/store/apps/details?id=com.example.moodlog,7.5,-3\n'));
    expect(listings.map((l) => [l.appId, l.rating, l.ratingCount])).toEqual([['com.example.moodlog', undefined, undefined]]);
    expect(dropped.map((d) => d.reason)).toEqual([expect.stringMatching(/^rating: too big/), expect.stringMatching(/^ratingCount: too small/)]);
  });
});

describe('helpers', () => {
  it.each([
    ['apps.json', '', 'itunes-json'],
    ['apps.csv', '{', 'csv'],
    ['export', ' [{"id":1}]', 'itunes-json'],
    ['export.txt', 'a,b', 'csv'],
  ] as const)('detects %s as %s', (file, text, format) => {
    expect(detectFormat(file, text)).toBe(format);
  });

  it('turns escaped newlines into real ones only when there are no real ones', () => {
    expect(cleanDescription('One.\\nTwo.')).toBe('One.\nTwo.');
    expect(cleanDescription('Path C:\\new\nLine')).toBe('Path C:\\new\nLine');
  });
});

if (!hasCorpus()) console.log(NO_CORPUS_MESSAGE);

describe.skipIf(!hasCorpus())('importing the corpus app lists', () => {
  it('imports every MIND-rated app with a store link', async () => {
    const { listings, skipped } = await importFile(corpusFile('apps/mind-rated-apps-dev.csv'));
    expect(skipped).toEqual([]);
    expect(listings.length).toBeGreaterThan(300);
    expect(new Set(listings.map((l) => `${l.store}:${l.appId}`)).size).toBeGreaterThan(290);
    expect(listings.every((l) => !l.description.includes('\\n'))).toBe(true);
  });

  it('imports every app of the iTunes search export', async () => {
    const { listings, skipped } = await importFile(corpusFile('apps/itunes-search-mental-health-apps-2026.json'));
    expect(skipped).toEqual([]);
    expect(listings.every((l) => l.store === 'apple' && /^\d+$/.test(l.appId) && l.provenance?.details?.origin === 'import')).toBe(true);
  });
});
