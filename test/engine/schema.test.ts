import { describe, expect, it } from 'vitest';
import { Listing } from '../../shared/schema/listing.ts';
import { parseWith, ValidationError } from '../../shared/schema/validate.ts';

describe('Listing validation errors name the field and the app', () => {
  it.each([
    [{ store: 'play', appId: 'com.example.app', title: 'Calm', description: 'x' }, null],
    [{ store: 'apple', appId: '123', title: 'Calm', description: '', rating: null, provenance: { details: { origin: 'live', capturedAt: '2026-01-02T03:04:05.000Z' } } }, null],
    [{ store: 'web', appId: 'com.example.app', title: 'Calm', description: 'x' }, 'invalid listing for web:com.example.app: store: expected one of "play", "apple", got "web"'],
    [{ store: 'play', appId: 'com.example.app', description: 'x' }, 'invalid listing for play:com.example.app: title: expected string, got nothing'],
    [{ store: 'play', appId: '', title: 'Calm', description: 'x' }, 'invalid listing: appId: too small or empty (minimum 1), got ""'],
    [{ store: 'play', appId: 'a.b', title: 'T', description: 'x', rating: 'high' }, 'invalid listing for play:a.b: rating: expected number, got "high"'],
    [{ store: 'play', appId: 'a.b', title: 'T', description: 'x', reviews: { items: [{ text: 'ok', rating: 9 }] } }, 'invalid listing for play:a.b: reviews.items.0.rating: too big (maximum 5), got number 9'],
    [{ store: 'play', appId: 'a.b', title: 'T', description: 'x', provenance: { details: { origin: 'live', capturedAt: 'yesterday' } } }, 'invalid listing for play:a.b: provenance.details.capturedAt: expected datetime, got "yesterday"'],
    [[], 'invalid listing: (the whole value): expected object, got a list'],
  ] as const)('%j', (input, message) => {
    if (message === null) {
      expect(parseWith(Listing, input, 'listing')).toMatchObject({ appId: (input as { appId: string }).appId });
    } else {
      let error: unknown;
      try {
        parseWith(Listing, input, 'listing');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toBe(message);
    }
  });
});
