import { describe, expect, it } from 'vitest';
import { countSyllables, isEasyRead, readability } from '../../shared/text/readability.ts';

describe('countSyllables', () => {
  it.each([
    ['app', 1], ['data', 2], ['table', 2], ['simple', 2], ['privacy', 3], ['therapy', 3],
    ['information', 4], ['media', 3], ['delete', 2], ['people', 2], ['shared', 1], ['study', 2],
  ])('%s has %i', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });
});

describe('readability', () => {
  it('scores easy-read text as easy (EASY_READ_EXAMPLES.md)', () => {
    const r = readability("The app's page says it was tested in a proper study with 400 adults. It names the study, so you or your GP can look it up.");
    expect(r.grade).toBeLessThanOrEqual(6);
    expect(r.ease).toBeGreaterThanOrEqual(70);
    expect(r.sentences).toBe(2);
  });

  it('scores policy prose as hard', () => {
    const r = readability(
      'We may disclose aggregated, de-identified information to affiliated organisations for analytical purposes, consistent with applicable legislation and contractual obligations.',
    );
    expect(r.grade).toBeGreaterThan(12);
    expect(r.ease).toBeLessThan(30);
    expect(isEasyRead('We may disclose aggregated, de-identified information to affiliated organisations.')).toBe(false);
  });

  it('gives minutes to read at about 238 words a minute', () => {
    expect(readability(Array.from({ length: 2380 }, () => 'word').join(' ')).minutes).toBe(10);
  });

  it('handles empty text', () => {
    expect(readability('')).toMatchObject({ words: 0, minutes: 0 });
  });
});
