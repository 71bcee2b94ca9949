import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { gatherApple } from '../../crawler/sources/app-store/gather.ts';
import { appleAppUrl, itunesLookupUrl } from '../../crawler/sources/app-store/urls.ts';
import { AppRemovedError, LayoutChangedError, NotAPolicyError, NotFoundError, RegionLockedError, UnexpectedStatusError, failureFor } from '../../crawler/errors.ts';
import { gatherPlay } from '../../crawler/sources/google-play/gather.ts';
import { playDataSafetyUrl, playDetailsUrl, playReviewsRequest } from '../../crawler/sources/google-play/urls.ts';
import { gatherPolicy } from '../../crawler/policy/gather.ts';
import type { FetchPage } from '../../crawler/sources/types.ts';
import { fixture } from '../parsers/fixtures.ts';

const corpus = hasCorpus();
if (!corpus) console.warn(`sources: ${NO_CORPUS_MESSAGE}`);
const AT = '2026-07-07T10:00:00.000Z';
const options = { region: 'us', language: 'en', origin: 'replay' as const };

/** A fetchPage answering from a table of url → [status, body]; records what was asked, and as what. */
function replay(table: Record<string, [number, string]>) {
  const asked: [string, string][] = [];
  const fetchPage: FetchPage = async (url, kind) => {
    asked.push([url, kind]);
    const [status, body] = table[url] ?? [404, '<html><body>Not Found</body></html>'];
    return { url, status, body, fetchedAt: AT };
  };
  return { fetchPage, asked };
}

describe('URL builders', () => {
  it.each([
    [playDetailsUrl('com.example.app', { region: 'gb', language: 'en-GB' }), 'https://play.google.com/store/apps/details?id=com.example.app&hl=en-GB&gl=GB'],
    [playDataSafetyUrl('com.example.app', { region: 'us', language: 'en' }), 'https://play.google.com/store/apps/datasafety?id=com.example.app&hl=en&gl=US'],
    [appleAppUrl('id1234567890', { region: 'GB' }), 'https://apps.apple.com/gb/app/id1234567890'],
    [itunesLookupUrl('1234567890', { region: 'de' }), 'https://itunes.apple.com/lookup?id=1234567890&country=de&entity=software'],
  ])('%s', (actual, expected) => expect(actual).toBe(expected));

  it.each([['not an id'], ['com'], ['../etc']])('rejects Play id %j', (id) => {
    expect(() => playDetailsUrl(id, options)).toThrow(/not a Google Play app id/);
  });
  it('rejects an App Store id that is not a number', () => {
    expect(() => appleAppUrl('netflix', options)).toThrow('not an App Store app id: "netflix"');
  });
});

describe('failureFor', () => {
  const page = (status: number, body = '<html></html>') => ({ url: 'https://x.example/', status, body });
  it.each([
    [page(404), NotFoundError],
    [page(410), AppRemovedError],
    [page(404, '<html>This item isn’t available in your country.</html>'), RegionLockedError],
    [page(200, '<html><body>This app is not available in your country.</body></html>'), RegionLockedError],
    [page(451), RegionLockedError],
    [page(403), UnexpectedStatusError],
    [page(503), UnexpectedStatusError],
  ])('%j', (response, kind) => expect(failureFor(response, 'page')).toBeInstanceOf(kind));

  it('a normal page is no failure, even when a review says "not available in your country"', () => {
    expect(failureFor(page(200, '<script>AF_initDataCallback({})</script> not available in your country'), 'page')).toBeUndefined();
  });
  it.each([
    [429, 'rate-limited'],
    [500, 'server-error'],
    [503, 'server-error'],
    [403, 'forbidden'],
    [401, 'forbidden'],
    [408, 'timeout'],
    [400, 'unexpected-status'],
    [405, 'unexpected-status'],
  ])('HTTP %i handed back is a %s failure', (status, kind) => {
    expect(failureFor(page(status), 'page')!.kind).toBe(kind);
  });

  it('5xx handed back is marked retryable, 404 is not', () => {
    expect(failureFor(page(503), 'page')!.retryable).toBe(true);
    expect(failureFor(page(404), 'page')!.retryable).toBe(false);
  });
});

/** A one-page reviews rpc answer (no next-page token), reviewer names included as Play sends them. */
function playReviewsAnswer(reviews: [name: string, rating: number, text: string, seconds: number][]): string {
  const entries = reviews.map(([name, rating, text, seconds], i) => [`id-${i}`, [name, [null, 2, null, [null, null, 'https://play-lh.googleusercontent.com/a/x=mo']]], rating, null, text, [seconds, 0], 0]);
  return `)]}'\n\n${JSON.stringify([['wrb.fr', 'UsvDTd', JSON.stringify([entries, null]), null, null, null, 'generic'], ['di', 90]])}`;
}

describe('gatherPlay', () => {
  const id = 'org.calmharbour.journal';

  it('assembles a valid Listing from details, data-safety and reviews, with provenance per part', async () => {
    const reviewsUrl = playReviewsRequest(id, options).url;
    const { fetchPage, asked } = replay({
      [playDetailsUrl(id, options)]: [200, fixture('play-details-calm-harbour.html')],
      [playDataSafetyUrl(id, options)]: [200, fixture('play-datasafety-calm-harbour.html')],
      [reviewsUrl]: [200, playReviewsAnswer([
        ['Sam Example', 5, 'This journal has helped me so much with my low mood.', 1767225600],
        ['Jo Example', 1, 'It keeps crashing when I open the calendar.', 1767139200],
      ])],
    });
    const { listing, partFailures } = await gatherPlay(id, options, fetchPage);
    expect(asked.map(([, kind]) => kind)).toEqual(['play-details', 'play-datasafety', 'play-reviews']);
    expect(partFailures).toEqual([]);
    expect(listing.reviews!.items.map((r) => [r.rating, r.themes])).toEqual([[5, ['helped']], [1, ['technical']]]);
    expect(listing.reviews!.summary).toMatchObject({ count: 2, averageRating: 3 });
    expect(JSON.stringify(listing)).not.toMatch(/Sam Example|Jo Example|googleusercontent/);
    expect(listing).toMatchObject({ store: 'play', appId: id, title: 'Calm Harbour: Mood Journal', region: 'us', language: 'en', price: '£2.99', missingFields: [] });
    expect(listing.dataSafety!.detailed).toBe(true);
    expect(listing.dataSafety!.shared).toHaveLength(3);
    expect(listing.provenance).toEqual({
      details: { origin: 'replay', url: playDetailsUrl(id, options), capturedAt: AT },
      dataSafety: { origin: 'replay', url: playDataSafetyUrl(id, options), capturedAt: AT },
      reviews: { origin: 'replay', url: reviewsUrl, capturedAt: AT },
    });
  });

  it('keeps the details-page summary when the data-safety page fails, and reports the part', async () => {
    const { fetchPage } = replay({ [playDetailsUrl(id, options)]: [200, fixture('play-details-calm-harbour.html')], [playDataSafetyUrl(id, options)]: [500, 'oops'] });
    const { listing, partFailures } = await gatherPlay(id, options, fetchPage);
    expect(listing.dataSafety!.detailed).toBe(false);
    expect(listing.provenance!.dataSafety!.url).toBe(playDetailsUrl(id, options));
    // No reviews answer in this table either: a second optional part recorded, the listing kept.
    expect(partFailures.map((f) => [f.part, f.error.kind])).toEqual([['dataSafety', 'server-error'], ['reviews', 'not-found']]);
    expect(listing.reviews).toBeUndefined();
  });

  it('404 → NotFoundError; 410 → AppRemovedError; no title or description → layout changed', async () => {
    await expect(gatherPlay(id, options, replay({}).fetchPage)).rejects.toBeInstanceOf(NotFoundError);
    await expect(gatherPlay(id, options, replay({ [playDetailsUrl(id, options)]: [410, ''] }).fetchPage)).rejects.toBeInstanceOf(AppRemovedError);
    const broken = replay({ [playDetailsUrl(id, options)]: [200, '<html><body><div>Something went wrong</div></body></html>'] });
    const error = await gatherPlay(id, options, broken.fetchPage).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LayoutChangedError);
    expect((error as LayoutChangedError).message).toBe(`extraction failed: title, description (Play details page for ${id})`);
    expect((error as LayoutChangedError).fields).toEqual(['title', 'description']);
  });

  it.skipIf(!corpus)('a recorded page: Minecraft listing validates with the recorded data-safety summary', async () => {
    const mc = 'com.mojang.minecraftpe';
    const { fetchPage } = replay({ [playDetailsUrl(mc, options)]: [200, readFileSync(corpusFile(`store-pages/play/details-${mc}.html`), 'utf8')] });
    const { listing, partFailures } = await gatherPlay(mc, options, fetchPage);
    expect(listing).toMatchObject({ title: 'Minecraft: Dream it, Build it!', price: '$6.99', free: false, rating: 4.315863, missingFields: [] });
    expect(listing.dataSafety!.sharedSummary).toBe('This app may share these data types with third parties: Location, Personal info, and App activity');
    expect(partFailures.map((f) => [f.part, f.error.kind])).toEqual([['dataSafety', 'not-found'], ['reviews', 'not-found']]);
  });
});

describe('gatherApple', () => {
  const id = '1234567890';
  const lookup = JSON.stringify({ resultCount: 1, results: [{ wrapperType: 'software', trackId: 1234567890, trackName: 'Stillwater: CBT Sleep Coach', artistName: 'Stillwater Labs Ltd', description: 'Sleep better.', averageUserRating: 4.6, userRatingCount: 1290, primaryGenreName: 'Health & Fitness', price: 4.99, formattedPrice: '£4.99', currentVersionReleaseDate: '2026-02-10T08:00:00Z' }] });

  it('page first, lookup for the rest; privacy label from the page', async () => {
    const { fetchPage, asked } = replay({ [appleAppUrl(id, options)]: [200, fixture('apple-new-markup-stillwater.html')], [itunesLookupUrl(id, options)]: [200, lookup] });
    const { listing } = await gatherApple(id, options, fetchPage);
    expect(asked.map(([, kind]) => kind)).toEqual(['apple-page', 'itunes-lookup', 'apple-reviews']);
    expect(listing).toMatchObject({ store: 'apple', appId: id, title: 'Stillwater: CBT Sleep Coach', ratingCount: 1287, region: 'us', missingFields: [] });
    expect(listing.privacyLabel!.linked.map((c) => c.category)).toEqual(['Health & Fitness', 'Contact Info']);
    expect(listing.provenance!.privacyLabel).toEqual({ origin: 'replay', url: appleAppUrl(id, options), capturedAt: AT });
  });

  it('page unreadable but the lookup knows the app: a listing from the lookup, the label reported missing', async () => {
    const { fetchPage } = replay({ [appleAppUrl(id, options)]: [404, 'Not Found'], [itunesLookupUrl(id, options)]: [200, lookup] });
    const { listing, partFailures } = await gatherApple(id, options, fetchPage);
    expect(listing).toMatchObject({ title: 'Stillwater: CBT Sleep Coach', ratingCount: 1290, updatedAt: '2026-02-10T08:00:00.000Z' });
    expect(listing.missingFields).toEqual(['privacyLabel', 'privacyPolicyUrl']);
    expect(listing.provenance!.details!.url).toBe(itunesLookupUrl(id, options));
    expect(partFailures.map((f) => f.part)).toEqual(['details', 'privacyLabel', 'reviews']);
  });

  it('neither page nor lookup: NotFoundError', async () => {
    const { fetchPage } = replay({ [itunesLookupUrl(id, options)]: [200, '{"resultCount":0,"results":[]}'] });
    await expect(gatherApple(id, options, fetchPage)).rejects.toBeInstanceOf(NotFoundError);
  });

  it.skipIf(!corpus)('a recorded page: Netflix validates as a Listing', async () => {
    const nf = '363590051';
    const { fetchPage } = replay({ [appleAppUrl(nf, options)]: [200, readFileSync(corpusFile('store-pages/apple/app-us-netflix-id363590051-2023markup.html'), 'utf8')] });
    const { listing, warnings } = await gatherApple(nf, options, fetchPage);
    expect(listing).toMatchObject({ title: 'Netflix', rating: 3.7, ratingCount: 342262, missingFields: [] });
    expect(warnings).toEqual([]);
  });
});

describe('gatherPolicy', () => {
  const url = 'https://calmharbour.example/privacy';
  it('reads a policy page into a PrivacyPolicy', async () => {
    const { policy, fetchedAt } = await gatherPolicy(url, replay({ [url]: [200, fixture('policy-calm-harbour.html')] }).fetchPage);
    expect(policy.title).toBe('Privacy Policy – Calm Harbour');
    expect(policy.url).toBe(url);
    expect(policy.text.startsWith('Privacy Policy\n\nLast updated')).toBe(true);
    expect(fetchedAt).toBe(AT);
  });
  it('a home page or a soft 404 is NotAPolicy; a real 404 is NotFound', async () => {
    await expect(gatherPolicy(url, replay({ [url]: [200, fixture('home-page.html')] }).fetchPage)).rejects.toBeInstanceOf(NotAPolicyError);
    await expect(gatherPolicy(url, replay({ [url]: [200, fixture('not-found.html')] }).fetchPage)).rejects.toThrow(/does not read as a privacy policy \(\d+ words, titled "Page not found"\)/);
    await expect(gatherPolicy(url, replay({}).fetchPage)).rejects.toBeInstanceOf(NotFoundError);
  });
  it('refuses a link that is not a web address', async () => {
    await expect(gatherPolicy('mailto:privacy@x.example', replay({}).fetchPage)).rejects.toThrow('privacy-policy link is not a web address');
  });
});
