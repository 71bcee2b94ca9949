// Reviews as a listing part: the requests (Play's batchexecute POST, Apple's RSS feed), paging,
// failures recorded as part failures (fetch failures included), and no reviewer names kept.
import { describe, expect, it } from 'vitest';
import { gatherApple } from '../../crawler/sources/app-store/gather.ts';
import { gatherAppleReviews } from '../../crawler/sources/app-store/reviews.ts';
import { appleAppUrl, appleReviewsUrl, itunesLookupUrl } from '../../crawler/sources/app-store/urls.ts';
import { FetchError, LayoutChangedError, NotFoundError, UnexpectedStatusError } from '../../crawler/errors.ts';
import { gatherPlay } from '../../crawler/sources/google-play/gather.ts';
import { gatherPlayReviews } from '../../crawler/sources/google-play/reviews.ts';
import { playDataSafetyUrl, playDetailsUrl, playReviewsRequest, readPlayReviewsRequest } from '../../crawler/sources/google-play/urls.ts';
import { archivablePage } from '../../crawler/sources/reviews.ts';
import type { FetchedPage, FetchPage, PageRequest } from '../../crawler/sources/types.ts';
import { fixture } from '../parsers/fixtures.ts';

const AT = '2026-01-15T09:00:00.000Z';
const options = { region: 'gb', language: 'en', origin: 'replay' as const };
const PLAY_ID = 'org.calmharbour.journal';
const APPLE_ID = '1234567890';

type Answer = [status: number, body: string] | FetchError;

/**
 * A fetchPage answering from a table: GETs by URL, the reviews rpc by the page its body asks for
 * (`rpc:<token or first>`). Records every request with its kind and method.
 */
function stub(table: Record<string, Answer>) {
  const asked: { url: string; kind: string; method: string; token?: string | null; count?: number | null }[] = [];
  const fetchPage: FetchPage = async (url, kind, request?: PageRequest) => {
    const rpc = request?.method === 'POST' ? readPlayReviewsRequest(request.body ?? '') : null;
    asked.push({ url, kind, method: request?.method ?? 'GET', ...(rpc ? { token: rpc.token, count: rpc.count } : {}) });
    const answer = table[rpc ? `rpc:${rpc.token ?? 'first'}` : url] ?? [404, '<html><body>Not Found</body></html>'];
    if (answer instanceof FetchError) throw answer;
    return { url, status: answer[0], body: answer[1], fetchedAt: AT };
  };
  return { fetchPage, asked };
}

/** A reviews rpc answer as Play sends it: names and avatars included, a next-page token or not. */
function rpcAnswer(reviews: [name: string, rating: number, text: string | null, seconds: number][], nextToken?: string): string {
  const entries = reviews.map(([name, rating, text, seconds], i) => [`r-${i}`, [name, [null, 2, null, [null, null, `https://play-lh.googleusercontent.com/a/${i}=mo`]]], rating, null, text, [seconds, 0], 0, null]);
  const payload = JSON.stringify([entries, nextToken ? [null, nextToken] : null]);
  return `)]}'\n\n${JSON.stringify([['wrb.fr', 'UsvDTd', payload, null, null, null, 'generic'], ['di', 80]])}`;
}

function appleFeed(reviews: [name: string, rating: number, title: string, content: string, updated: string][]): string {
  const entry = reviews.map(([name, rating, title, content, updated]) => ({
    author: { uri: { label: 'https://itunes.apple.com/gb/reviews/id42' }, name: { label: name }, label: '' },
    updated: { label: updated },
    'im:rating': { label: String(rating) },
    title: { label: title },
    content: { label: content, attributes: { type: 'text' } },
  }));
  return JSON.stringify({ feed: { author: { name: { label: 'iTunes Store' } }, ...(entry.length ? { entry } : {}) } });
}

const PAGE_1 = rpcAnswer(
  [
    ['Ann Reviewer', 5, 'This app helped me so much with my panic attacks.', 1768400000],
    ['Bo Reviewer', 1, 'It sells your data to advertisers, read the privacy policy.', 1768300000],
  ],
  'TOKEN-2',
);
const PAGE_2 = rpcAnswer([['Cy Reviewer', 2, 'Keeps crashing since the update.', 1768200000]], 'TOKEN-3');

describe('request builders', () => {
  it('the reviews rpc: google-play-scraper’s URL and form body, newest first, the token on later pages', () => {
    const first = playReviewsRequest(PLAY_ID, options);
    expect(first.url).toBe(
      'https://play.google.com/_/PlayStoreUi/data/batchexecute?rpcids=UsvDTd&f.sid=-697906427155521722&bl=boq_playuiserver_20190903.08_p0&hl=en&gl=gb&authuser&soc-app=121&soc-platform=1&soc-device=1&_reqid=1065213',
    );
    expect(first.method).toBe('POST');
    expect(first.headers).toEqual({ 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' });
    // Byte for byte the scraper's templates (lib/reviews.js) with sort 2 (newest), 100 reviews.
    expect(first.body).toBe(
      `f.req=%5B%5B%5B%22UsvDTd%22%2C%22%5Bnull%2Cnull%2C%5B2%2C2%2C%5B100%2Cnull%2Cnull%5D%2Cnull%2C%5B%5D%5D%2C%5B%5C%22${PLAY_ID}%5C%22%2C7%5D%5D%22%2Cnull%2C%22generic%22%5D%5D%5D`,
    );
    expect(playReviewsRequest(PLAY_ID, options, { token: 'TOKEN-2' }).body).toBe(
      `f.req=%5B%5B%5B%22UsvDTd%22%2C%22%5Bnull%2Cnull%2C%5B2%2C2%2C%5B100%2Cnull%2C%5C%22TOKEN-2%5C%22%5D%2Cnull%2C%5B%5D%5D%2C%5B%5C%22${PLAY_ID}%5C%22%2C7%5D%5D%22%2Cnull%2C%22generic%22%5D%5D%5D`,
    );
  });

  it('the App Store feed: storefront, id, page, newest first', () => {
    expect(appleReviewsUrl('id1234567890', { region: 'GB' })).toBe('https://itunes.apple.com/gb/rss/customerreviews/page=1/id=1234567890/sortby=mostrecent/json');
    expect(appleReviewsUrl(APPLE_ID, { region: 'us' }, 2)).toBe('https://itunes.apple.com/us/rss/customerreviews/page=2/id=1234567890/sortby=mostrecent/json');
    expect(() => appleReviewsUrl(APPLE_ID, options, 11)).toThrow(/page must be 1–10/);
    expect(() => appleReviewsUrl('calm', options)).toThrow(/not an App Store app id/);
    expect(() => playReviewsRequest('not an id', options)).toThrow(/not a Google Play app id/);
  });
});

describe('gatherPlayReviews', () => {
  it('reads page 1, then page 2 with its token, and stops at two pages', async () => {
    const { fetchPage, asked } = stub({ 'rpc:first': [200, PAGE_1], 'rpc:TOKEN-2': [200, PAGE_2], 'rpc:TOKEN-3': [200, PAGE_2] });
    const { reviews, page, warnings } = await gatherPlayReviews(PLAY_ID, options, fetchPage);
    expect(asked.map((a) => [a.kind, a.method, a.token, a.count])).toEqual([
      ['play-reviews', 'POST', null, 100],
      ['play-reviews', 'POST', 'TOKEN-2', 100],
    ]);
    expect(reviews.map((r) => [r.rating, r.at])).toEqual([
      [5, '2026-01-14T14:13:20.000Z'],
      [1, '2026-01-13T10:26:40.000Z'],
      [2, '2026-01-12T06:40:00.000Z'],
    ]);
    expect(page.body).toBe(PAGE_1);
    expect(warnings).toEqual([]);
    expect(JSON.stringify(reviews)).not.toMatch(/Reviewer|googleusercontent/);
  });

  it('one page when the first gives no token, or when asked for one page', async () => {
    const lastPage = rpcAnswer([['Di Reviewer', 4, 'Calming.', 1768400000]]);
    expect((await gatherPlayReviews(PLAY_ID, options, stub({ 'rpc:first': [200, lastPage] }).fetchPage)).reviews).toHaveLength(1);
    const { fetchPage, asked } = stub({ 'rpc:first': [200, PAGE_1] });
    expect((await gatherPlayReviews(PLAY_ID, options, fetchPage, { pages: 1, perPage: 40 })).reviews).toHaveLength(2);
    expect(asked.map((a) => a.count)).toEqual([40]);
  });

  it('a null payload is an app without reviews: an empty list, no failure', async () => {
    for (const body of [`)]}'\n\n[["wrb.fr","UsvDTd","null",null,null,null,"generic"]]`, `)]}'\n\n[["wrb.fr","UsvDTd",null,null,null,[3],"generic"],["di",20]]`]) {
      expect((await gatherPlayReviews(PLAY_ID, options, stub({ 'rpc:first': [200, body] }).fetchPage)).reviews).toEqual([]);
    }
  });

  it.each<[string, Answer, unknown, RegExp]>([
    ['a 404', [404, 'Not Found'], NotFoundError, /Play reviews page 1 for org\.calmharbour\.journal: not found \(404\)/],
    ['a 503 the fetcher gave up on', [503, 'busy'], UnexpectedStatusError, /HTTP 503/],
    ['an HTML error page', [200, '<html><body>Sorry…</body></html>'], LayoutChangedError, /extraction failed: reviews \(Play reviews page 1 .*not a batchexecute response/],
    ['another rpc’s answer', [200, `)]}'\n[["wrb.fr","xdSrCf","[]",null,null,null,"generic"]]`], LayoutChangedError, /extraction failed: reviews/],
    ['a fetch failure', new FetchError('timeout', 'https://play.google.com/_/x', 'no answer within 20000 ms'), FetchError, /no answer/],
  ])('page 1 refused or unreadable (%s): thrown for the caller to record', async (_name, answer, kind, message) => {
    const error = await gatherPlayReviews(PLAY_ID, options, stub({ 'rpc:first': answer }).fetchPage).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(kind);
    expect((error as Error).message).toMatch(message);
  });

  it('page 2 failing keeps page 1, with a warning', async () => {
    const timeout = new FetchError('timeout', 'https://play.google.com/_/x', 'no answer within 20000 ms after 4 attempts');
    const { reviews, warnings } = await gatherPlayReviews(PLAY_ID, options, stub({ 'rpc:first': [200, PAGE_1], 'rpc:TOKEN-2': timeout }).fetchPage);
    expect(reviews).toHaveLength(2);
    expect(warnings).toEqual([`Play reviews page 2 for ${PLAY_ID}: no answer within 20000 ms after 4 attempts; kept the first 2 reviews`]);
  });

  it('a review saying "not available in your country" is a review, not a region lock', async () => {
    const body = rpcAnswer([['Ed Reviewer', 1, 'The premium plan is not available in your country, useless.', 1768400000]]);
    expect((await gatherPlayReviews(PLAY_ID, options, stub({ 'rpc:first': [200, body] }).fetchPage)).reviews).toHaveLength(1);
  });
});

describe('gatherPlay: optional parts fail alone, fetch failures included', () => {
  const details = (): Record<string, Answer> => ({ [playDetailsUrl(PLAY_ID, options)]: [200, fixture('play-details-calm-harbour.html')] });

  it('reviews attached with themes, provenance from the first page; no names anywhere in the listing', async () => {
    const { fetchPage } = stub({ ...details(), [playDataSafetyUrl(PLAY_ID, options)]: [200, fixture('play-datasafety-calm-harbour.html')], 'rpc:first': [200, PAGE_1], 'rpc:TOKEN-2': [200, PAGE_2] });
    const { listing, partFailures } = await gatherPlay(PLAY_ID, options, fetchPage);
    expect(partFailures).toEqual([]);
    expect(listing.reviews!.items.map((r) => r.themes)).toEqual([['helped'], ['privacy'], ['technical']]);
    expect(listing.reviews!.summary).toMatchObject({ count: 3, averageRating: 2.67 });
    expect(listing.reviews!.summary!.themes.map((t) => t.theme)).toEqual(['helped', 'privacy', 'technical']);
    expect(listing.provenance!.reviews).toEqual({ origin: 'replay', url: playReviewsRequest(PLAY_ID, options).url, capturedAt: AT });
    expect(JSON.stringify(listing)).not.toMatch(/Reviewer|googleusercontent/);
  });

  it('a data-safety page off limits (robots) and a reviews timeout are part failures; the listing is kept', async () => {
    const robots = new FetchError('robots-disallowed', playDataSafetyUrl(PLAY_ID, options), 'robots.txt of play.google.com disallows /store/apps/datasafety');
    const timeout = new FetchError('timeout', playReviewsRequest(PLAY_ID, options).url, 'no answer within 20000 ms after 4 attempts', null, 4);
    const { listing, partFailures } = await gatherPlay(PLAY_ID, options, stub({ ...details(), [playDataSafetyUrl(PLAY_ID, options)]: robots, 'rpc:first': timeout }).fetchPage);
    expect(listing.title).toBe('Calm Harbour: Mood Journal');
    expect(listing.dataSafety!.detailed).toBe(false);
    expect(listing.reviews).toBeUndefined();
    expect(partFailures.map((f) => [f.part, f.error.kind])).toEqual([['dataSafety', 'robots-disallowed'], ['reviews', 'timeout']]);
  });

  it('no reviews yet: no reviews part and no failure, a warning says so', async () => {
    const { listing, partFailures, warnings } = await gatherPlay(
      PLAY_ID,
      options,
      stub({ ...details(), [playDataSafetyUrl(PLAY_ID, options)]: [200, fixture('play-datasafety-calm-harbour.html')], 'rpc:first': [200, rpcAnswer([])] }).fetchPage,
    );
    expect([listing.reviews, listing.provenance!.reviews, partFailures]).toEqual([undefined, undefined, []]);
    expect(warnings).toContain(`Play reviews for ${PLAY_ID}: none yet`);
  });

  it('a failure of the details page itself still fails the app', async () => {
    const timeout = new FetchError('timeout', playDetailsUrl(PLAY_ID, options), 'no answer');
    await expect(gatherPlay(PLAY_ID, options, stub({ [playDetailsUrl(PLAY_ID, options)]: timeout }).fetchPage)).rejects.toBe(timeout);
  });

  it('an error that is not a store or fetch failure (a bug) is not swallowed as a part failure', async () => {
    const fetchPage: FetchPage = async (url, kind, request) => {
      if (kind === 'play-reviews') throw new TypeError('boom');
      return stub(details()).fetchPage(url, kind, request);
    };
    await expect(gatherPlay(PLAY_ID, options, fetchPage)).rejects.toThrow('boom');
  });
});

describe('gatherApple: reviews feed, and fetch failures of the optional lookup', () => {
  const lookup = JSON.stringify({ resultCount: 1, results: [{ wrapperType: 'software', trackId: Number(APPLE_ID), trackName: 'Stillwater: CBT Sleep Coach', artistName: 'Stillwater Labs Ltd', description: 'Sleep better.', averageUserRating: 4.6, userRatingCount: 1290, primaryGenreName: 'Health & Fitness', price: 4.99, formattedPrice: '£4.99' }] });
  const page = (): Record<string, Answer> => ({ [appleAppUrl(APPLE_ID, options)]: [200, fixture('apple-new-markup-stillwater.html')] });
  const FEED = appleFeed([
    ['NightOwl_22', 5, 'Finally sleeping', 'I sleep so much better after two weeks of the programme.', '2026-01-10T22:00:00-08:00'],
    ['j.smith', 1, 'Subscription trap', 'Cancelled my trial and was still charged.', '2026-01-08T09:00:00-08:00'],
  ]);

  it('reviews from the feed: title and text, themes, provenance; no names', async () => {
    const { fetchPage, asked } = stub({ ...page(), [itunesLookupUrl(APPLE_ID, options)]: [200, lookup], [appleReviewsUrl(APPLE_ID, options)]: [200, FEED] });
    const { listing, partFailures } = await gatherApple(APPLE_ID, options, fetchPage);
    expect(asked.map((a) => a.kind)).toEqual(['apple-page', 'itunes-lookup', 'apple-reviews']);
    expect(partFailures).toEqual([]);
    expect(listing.reviews!.items).toEqual([
      { text: 'Finally sleeping\nI sleep so much better after two weeks of the programme.', rating: 5, at: '2026-01-11T06:00:00.000Z', themes: ['helped'] },
      { text: 'Subscription trap\nCancelled my trial and was still charged.', rating: 1, at: '2026-01-08T17:00:00.000Z', themes: ['cost'] },
    ]);
    expect(listing.provenance!.reviews).toEqual({ origin: 'replay', url: appleReviewsUrl(APPLE_ID, options), capturedAt: AT });
    expect(JSON.stringify(listing)).not.toMatch(/NightOwl_22|j\.smith|reviews\/id42/);
  });

  it.each<[string, Answer, string]>([
    ['refused', [500, 'oops'], 'server-error'],
    ['refused by a rate limit', [429, 'slow down'], 'rate-limited'],
    ['forbidden', [403, 'no'], 'forbidden'],
    ['not the feed', [200, '<html><body>Bad Request</body></html>'], 'layout-changed'],
    ['JSON without a feed', [200, '{"errors":[]}'], 'layout-changed'],
    ['timed out', new FetchError('timeout', 'https://itunes.apple.com/gb/rss/x', 'no answer'), 'timeout'],
  ])('a feed %s is a reviews part failure; the listing is kept', async (_name, answer, kind) => {
    const { listing, partFailures } = await gatherApple(APPLE_ID, options, stub({ ...page(), [itunesLookupUrl(APPLE_ID, options)]: [200, lookup], [appleReviewsUrl(APPLE_ID, options)]: answer }).fetchPage);
    expect(listing.title).toBe('Stillwater: CBT Sleep Coach');
    expect(partFailures.map((f) => [f.part, f.error.kind])).toEqual([['reviews', kind]]);
  });

  it('a feed without entries: no reviews part, no failure', async () => {
    const { listing, partFailures, warnings } = await gatherApple(APPLE_ID, options, stub({ ...page(), [appleReviewsUrl(APPLE_ID, options)]: [200, appleFeed([])] }).fetchPage);
    expect([listing.reviews, partFailures]).toEqual([undefined, []]);
    expect(warnings).toContain(`App Store reviews for ${APPLE_ID}: none yet in storefront gb`);
  });

  it.each<[string, Answer, string]>([
    ['timing out', new FetchError('timeout', 'https://itunes.apple.com/lookup', 'no answer within 20000 ms after 4 attempts', null, 4), 'timeout'],
    ['answering 503', [503, 'busy'], 'server-error'],
    ['answering with a web page instead of JSON', [200, '<html><body>We are down for maintenance</body></html>'], 'layout-changed'],
  ])('the lookup %s is recorded as the lookup’s failure, not the app’s', async (_name, answer, kind) => {
    const { listing, partFailures } = await gatherApple(APPLE_ID, options, stub({ ...page(), [itunesLookupUrl(APPLE_ID, options)]: answer, [appleReviewsUrl(APPLE_ID, options)]: [200, FEED] }).fetchPage);
    expect(listing).toMatchObject({ title: 'Stillwater: CBT Sleep Coach', missingFields: [] });
    expect(partFailures.map((f) => [f.part, f.error.kind])).toEqual([['itunesLookup', kind]]);
  });

  it('a lookup without a result for the app is no failure', async () => {
    const { partFailures, warnings } = await gatherApple(APPLE_ID, options, stub({ ...page(), [itunesLookupUrl(APPLE_ID, options)]: [200, '{"resultCount":0,"results":[]}'], [appleReviewsUrl(APPLE_ID, options)]: [200, FEED] }).fetchPage);
    expect(partFailures).toEqual([]);
    expect(warnings).toContain(`iTunes lookup: no result for ${APPLE_ID} in storefront gb`);
  });

  it('the page failing to fetch falls back to the lookup; both failing fails the app with the page’s error', async () => {
    const pageTimeout = new FetchError('timeout', appleAppUrl(APPLE_ID, options), 'no answer');
    const fromLookup = await gatherApple(APPLE_ID, options, stub({ [appleAppUrl(APPLE_ID, options)]: pageTimeout, [itunesLookupUrl(APPLE_ID, options)]: [200, lookup] }).fetchPage);
    expect(fromLookup.listing.title).toBe('Stillwater: CBT Sleep Coach');
    expect(fromLookup.partFailures.map((f) => [f.part, f.error.kind])).toEqual([['details', 'timeout'], ['privacyLabel', 'timeout'], ['reviews', 'not-found']]);
    const lookupTimeout = new FetchError('timeout', itunesLookupUrl(APPLE_ID, options), 'no answer');
    await expect(gatherApple(APPLE_ID, options, stub({ [appleAppUrl(APPLE_ID, options)]: pageTimeout, [itunesLookupUrl(APPLE_ID, options)]: lookupTimeout }).fetchPage)).rejects.toBe(pageTimeout);
  });
});

describe('gatherAppleReviews', () => {
  it('asks for page 1 of the storefront’s feed, newest first', async () => {
    const { fetchPage, asked } = stub({ [appleReviewsUrl(APPLE_ID, options)]: [200, appleFeed([['x', 3, 'Fine', 'Okay app.', '2026-01-01T00:00:00Z']])] });
    const { reviews } = await gatherAppleReviews(`id${APPLE_ID}`, options, fetchPage);
    expect(reviews).toEqual([{ text: 'Fine\nOkay app.', rating: 3, at: '2026-01-01T00:00:00.000Z' }]);
    expect(asked).toEqual([{ url: 'https://itunes.apple.com/gb/rss/customerreviews/page=1/id=1234567890/sortby=mostrecent/json', kind: 'apple-reviews', method: 'GET' }]);
  });
});

describe('archivablePage: what of a review response is archived', () => {
  const fetched = (kind: string, body: string): FetchedPage & { kind: string; contentType: string | null } => ({ url: 'https://x.example/', status: 200, body, fetchedAt: AT, kind, contentType: 'text/plain' });

  it.each([
    ['play-reviews', PAGE_1, ['Ann Reviewer', 'Bo Reviewer', 'googleusercontent'], 'This app helped me so much'],
    ['apple-reviews', appleFeed([['NightOwl_22', 5, 'Good', 'Sleeping better.', '2026-01-01T00:00:00Z']]), ['NightOwl_22', 'reviews/id42'], 'Sleeping better.'],
  ])('%s: the name-free reviews only, as JSON', (kind, body, names, kept) => {
    const page = archivablePage(fetched(kind, body));
    for (const name of names) expect(page.body).not.toContain(name);
    expect(page.body).toContain(kept);
    expect(page.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(page.body)).toMatchObject({ note: expect.stringMatching(/reviewer names removed/) });
  });

  it('keeps the next-page token of a Play page', () => {
    expect(JSON.parse(archivablePage(fetched('play-reviews', PAGE_1)).body).nextToken).toBe('TOKEN-2');
  });

  it('an unreadable review response keeps nothing of its body; other pages are kept as fetched', () => {
    expect(JSON.parse(archivablePage(fetched('play-reviews', '<html>Jo Bloggs said…</html>')).body)).toEqual({ note: expect.any(String), reviews: [], unreadable: true });
    const details = fetched('play-details', '<html>Jo Bloggs</html>');
    expect(archivablePage(details)).toBe(details);
  });
});
