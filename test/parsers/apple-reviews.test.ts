// Apple's customer-reviews RSS feed (JSON) → reviews without names. The fixture feed is written by
// crawler/replay/fixtures/make-fixtures.ts in the feed's real shape (reviewer names included).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_REPLAY_DIR } from '../../crawler/replay/dirs.ts';
import { parseAppleReviews } from '../../shared/parsers/apple-reviews.ts';
import { APPLE_APPS } from '../../crawler/replay/fixtures/apps.ts';

const CALM = APPLE_APPS.find((a) => a.id === '6400000202')!;
const feedFile = (id: string) => readFileSync(path.join(FIXTURE_REPLAY_DIR, `apple/reviews-id${id}.json`), 'utf8');

/** One entry as the feed writes it, every value wrapped in {"label": …}. */
function entry(fields: { name?: string; rating?: string; title?: string; content?: unknown; updated?: string }): Record<string, unknown> {
  return {
    author: { uri: { label: 'https://itunes.apple.com/us/reviews/id1' }, name: { label: fields.name ?? 'Reviewer Name' }, label: '' },
    ...(fields.updated !== undefined ? { updated: { label: fields.updated } } : {}),
    ...(fields.rating !== undefined ? { 'im:rating': { label: fields.rating } } : {}),
    'im:version': { label: '2.9' },
    id: { label: '10000000001' },
    ...(fields.title !== undefined ? { title: { label: fields.title } } : {}),
    ...(fields.content !== undefined ? { content: fields.content } : {}),
  };
}
const feed = (entries: unknown) => JSON.stringify({ feed: { author: { name: { label: 'iTunes Store' } }, ...(entries === undefined ? {} : { entry: entries }) } });

describe('the fixture feed', () => {
  it('every entry → title and content as one text, rating and date; newest first as the feed lists them', () => {
    const result = parseAppleReviews(feedFile(CALM.id));
    expect(result.missingFields).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.reviews).toHaveLength(CALM.reviews.length);
    expect(result.reviews[0]).toEqual({
      text: 'Calms me down\nThe 3 minute session calms me down when I feel a panic attack coming. It has helped me at work.',
      rating: 5,
      at: '2026-01-14T15:02:00.000Z',
    });
    expect(result.reviews.map((r) => r.rating)).toEqual(CALM.reviews.map((r) => r.rating));
  });

  it('never carries reviewer names or profile links', () => {
    const body = feedFile(CALM.id);
    expect(body).toContain('breathe_easy_jo');
    const out = JSON.stringify(parseAppleReviews(body));
    for (const review of CALM.reviews) expect(out).not.toContain(review.author);
    expect(out).not.toContain('/reviews/id');
  });

  it('a feed without entries: an app nobody has reviewed in that storefront', () => {
    expect(parseAppleReviews(feedFile('6400000303'))).toEqual({ reviews: [], missingFields: [], warnings: [] });
  });
});

describe('entries (made up)', () => {
  it.each<[string, unknown, { text: string; rating?: number; at?: string }[]]>([
    ['a single review is an object, not a list', entry({ rating: '4', title: 'Good', content: { label: 'Helps me sleep.', attributes: { type: 'text' } }, updated: '2026-01-01T10:00:00-07:00' }), [{ text: 'Good\nHelps me sleep.', rating: 4, at: '2026-01-01T17:00:00.000Z' }]],
    ['no title: the content alone', [entry({ rating: '2', content: { label: 'Crashes a lot.' } })], [{ text: 'Crashes a lot.', rating: 2 }]],
    ['a text/html content pair: the plain text one', [entry({ rating: '5', title: 'Kind', content: [{ label: '<p>Kind <b>words</b></p>', attributes: { type: 'html' } }, { label: 'Kind words', attributes: { type: 'text' } }] })], [{ text: 'Kind\nKind words', rating: 5 }]],
    ['a rating outside 1–5 or not whole is dropped, the words kept', [entry({ rating: '7', content: { label: 'Odd.' } }), entry({ rating: '3.5', content: { label: 'Half.' } })], [{ text: 'Odd.' }, { text: 'Half.' }]],
    ['an unreadable date is left out', [entry({ rating: '1', content: { label: 'Bad.' }, updated: 'yesterday' })], [{ text: 'Bad.', rating: 1 }]],
    ['a rating without words is kept (it counts for the average)', [entry({ rating: '3', content: { label: '  ' } })], [{ text: '', rating: 3 }]],
    ['the app entry older feeds put first is skipped', [{ 'im:name': { label: 'Calm Steps' }, title: { label: 'Calm Steps - Calm Steps Inc.' }, 'im:image': [] }, entry({ rating: '5', content: { label: 'Great.' } })], [{ text: 'Great.', rating: 5 }]],
  ])('%s', (_name, entries, expected) => {
    const result = parseAppleReviews(feed(entries));
    expect(result.reviews).toEqual(expected);
    expect(result.missingFields).toEqual([]);
    expect(JSON.stringify(result)).not.toContain('Reviewer Name');
  });

  it('entries with neither words nor rating, and entries that are not objects, are counted in a warning', () => {
    const result = parseAppleReviews(feed([entry({ title: 'Only a title' }), 'x', entry({ rating: '2', content: { label: 'Meh.' } })]));
    expect(result.reviews).toEqual([{ text: 'Meh.', rating: 2 }]);
    expect(result.warnings).toEqual(['2 feed entries had neither review text nor rating']);
  });
});

describe('malformed answers', () => {
  it.each([['<html><body>Service unavailable</body></html>'], [''], ['{"feed": ']])('%j is not JSON: throws, naming the feed', (body) => {
    expect(() => parseAppleReviews(body)).toThrow(/App Store reviews feed: not JSON/);
  });

  it.each([['{}'], ['[]'], ['{"feed": "gone"}'], ['null'], ['{"resultCount":0,"results":[]}']])('%s has no feed: reviews reported missing', (body) => {
    expect(parseAppleReviews(body)).toEqual({ reviews: [], missingFields: ['reviews'], warnings: [] });
  });

  it('already parsed JSON reads the same as text', () => {
    const text = feedFile(CALM.id);
    expect(parseAppleReviews(JSON.parse(text))).toEqual(parseAppleReviews(text));
  });
});
