import { describe, expect, it } from 'vitest';
import { listingFromItunes, parseItunesLookup } from '../../shared/parsers/itunes-lookup.ts';

/** A made-up Lookup API response, in the API's own field names. */
const LOOKUP = {
  resultCount: 2,
  results: [
    {
      wrapperType: 'software',
      kind: 'software',
      trackId: 1234567890,
      trackName: 'Stillwater: CBT Sleep Coach',
      artistName: 'Stillwater Labs Ltd',
      sellerName: 'Stillwater Labs Limited',
      description: 'Sleep better with CBT-I.\n\nNot a substitute for care.',
      averageUserRating: 4.61234,
      userRatingCount: 1287,
      primaryGenreName: 'Health & Fitness',
      genres: ['Health & Fitness', 'Medical'],
      price: 4.99,
      formattedPrice: '£4.99',
      currency: 'GBP',
      currentVersionReleaseDate: '2026-02-10T08:00:00Z',
      sellerUrl: 'https://stillwater.example/',
      trackViewUrl: 'https://apps.apple.com/gb/app/stillwater-cbt-sleep-coach/id1234567890?uo=4',
    },
    { wrapperType: 'artist', artistId: 1234567000, artistName: 'Stillwater Labs Ltd' },
  ],
};

describe('parseItunesLookup', () => {
  it('maps a software result to Listing fields and skips the artist entry', () => {
    expect(parseItunesLookup(JSON.stringify(LOOKUP))).toEqual([
      {
        store: 'apple',
        appId: '1234567890',
        title: 'Stillwater: CBT Sleep Coach',
        developer: 'Stillwater Labs Ltd',
        description: 'Sleep better with CBT-I.\n\nNot a substitute for care.',
        rating: 4.61234,
        ratingCount: 1287,
        category: 'Health & Fitness',
        price: '£4.99',
        free: false,
        updatedAt: '2026-02-10T08:00:00.000Z',
        developerWebsite: 'https://stillwater.example/',
        url: 'https://apps.apple.com/gb/app/stillwater-cbt-sleep-coach/id1234567890?uo=4',
        region: 'gb',
        missingFields: [],
        warnings: [],
      },
    ]);
  });

  it('reads simplified exports of the same API (name, developer, rating_count, genres)', () => {
    const [listing] = parseItunesLookup([{ id: 1562706384, name: 'How We Feel', developer: 'The How We Feel Project, Inc.', price: 0.0, currency: 'USD', rating: 4.86699, rating_count: 26336, genres: ['Health & Fitness', 'Education'], description: 'A free app.' }]);
    expect(listing).toMatchObject({ appId: '1562706384', title: 'How We Feel', developer: 'The How We Feel Project, Inc.', rating: 4.86699, ratingCount: 26336, category: 'Health & Fitness', price: 'Free', free: true });
    expect(listing!.missingFields).toEqual(['updatedAt']);
  });

  it('an empty lookup (unknown id or another storefront) gives no listings', () => {
    expect(parseItunesLookup('{"resultCount":0,"results":[]}')).toEqual([]);
  });

  it('reports what a sparse result lacks and throws on non-JSON', () => {
    expect(listingFromItunes({ trackId: 42, trackName: 'Tiny' }).missingFields).toEqual(['developer', 'description', 'rating', 'ratingCount', 'category', 'price', 'free', 'updatedAt']);
    expect(() => parseItunesLookup('<html>502 Bad Gateway</html>')).toThrow('iTunes lookup response: not JSON');
  });
});
