import { describe, expect, it } from 'vitest';
import { ReviewSummary, type Review } from '../../shared/schema/listing.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { MAX_QUOTES, reviewTime, summariseReviews, tagReviews } from '../../crawler/reviews/summarise.ts';
import { shortQuote, splitSentences } from '../../crawler/reviews/text.ts';

function dated(text: string, day: number, rating = 4): Review {
  return { text, rating, at: new Date(Date.UTC(2025, 0, 1 + day)).toISOString() };
}

describe('summariseReviews', () => {
  it('counts reviews, averages ratings and validates against the schema', () => {
    const reviews: Review[] = [
      { text: 'This app helped me so much with panic.', rating: 5 },
      { text: 'Crashes every time.', rating: 1 },
      { text: 'Nice colours.' },
    ];
    const summary = parseWith(ReviewSummary, summariseReviews(reviews), 'review summary');
    expect(summary.count).toBe(3);
    expect(summary.averageRating).toBe(3);
    expect(summary.themes.map((t) => [t.theme, t.count, t.share])).toEqual([
      ['helped', 1, 0.333],
      ['technical', 1, 0.333],
    ]);
    expect(summary.themes.every((t) => t.trend === null)).toBe(true);
  });

  it('has no average rating and no themes for no reviews', () => {
    expect(summariseReviews([])).toEqual({ count: 0, averageRating: null, themes: [] });
  });

  it('calls a theme rising when the newer half mentions it more', () => {
    const older = Array.from({ length: 10 }, (_, i) => dated('Lovely voice and music.', i));
    const newer = Array.from({ length: 10 }, (_, i) => dated(i < 5 ? 'Keeps crashing since the update.' : 'Lovely voice.', 20 + i));
    const technical = summariseReviews([...newer, ...older]).themes.find((t) => t.theme === 'technical');
    expect(technical?.trend).toBe('rising');
  });

  it('calls a theme falling or steady by the same halves', () => {
    const cost = (i: number) => dated('Way too expensive.', i);
    const plain = (i: number) => dated('Nice app.', i);
    const falling = summariseReviews([...Array.from({ length: 10 }, (_, i) => cost(i)), ...Array.from({ length: 10 }, (_, i) => plain(20 + i))]);
    expect(falling.themes.find((t) => t.theme === 'cost')?.trend).toBe('falling');
    const steady = summariseReviews(Array.from({ length: 20 }, (_, i) => (i % 2 ? cost(i) : plain(i))));
    expect(steady.themes.find((t) => t.theme === 'cost')?.trend).toBe('steady');
  });

  it('gives no trend when too few reviews are dated', () => {
    const reviews = [dated('Way too expensive.', 1), dated('Way too expensive.', 2), { text: 'Way too expensive.' }];
    expect(summariseReviews(reviews).themes[0]?.trend).toBeNull();
  });

  it('quotes at most three distinct, short sentences, newest first', () => {
    const reviews = [
      dated('It helped me through a hard winter.', 1),
      dated('This really helped my sleep.', 5),
      dated('This really helped my sleep.', 6),
      dated('Helped.', 9),
      dated(`${'I started using this app during exams and '.repeat(5)}it really helped me calm down before every paper.`, 8),
      dated('It has helped me more than I can say.', 7),
    ];
    const quotes = summariseReviews(reviews).themes.find((t) => t.theme === 'helped')!.quotes;
    expect(quotes).toHaveLength(MAX_QUOTES);
    expect(quotes[0]).toBe('It has helped me more than I can say.');
    expect(quotes[1]).toBe('This really helped my sleep.');
    expect(new Set(quotes).size).toBe(quotes.length);
    for (const q of quotes) expect(q.length).toBeLessThanOrEqual(160);
  });

  it('quotes the sentence that says it, not the whole review', () => {
    const summary = summariseReviews([{ text: 'Bought it for my commute. The voices are fine. It made my anxiety worse. Deleted.' }]);
    expect(summary.themes.find((t) => t.theme === 'felt-worse')?.quotes).toEqual(['It made my anxiety worse.']);
  });

  it('sets themes on each review with tagReviews', () => {
    expect(tagReviews([{ text: 'Overpriced and buggy.' }])[0]?.themes?.sort()).toEqual(['cost', 'technical']);
  });
});

describe('shortQuote', () => {
  it('keeps short sentences as they are', () => {
    expect(shortQuote('Helped me sleep.')).toBe('Helped me sleep.');
  });

  it('cuts long sentences at word boundaries around the cue, within 160 characters', () => {
    const sentence = `${'word '.repeat(60)}the app made my anxiety worse ${'again '.repeat(40)}`.trim();
    const quote = shortQuote(sentence, sentence.indexOf('made my anxiety'));
    expect(quote.length).toBeLessThanOrEqual(160);
    expect(quote).toContain('made my anxiety worse');
    expect(quote.startsWith('…')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote).not.toMatch(/…\S*wor…|\bwor…/);
  });

  it('leaves out links, e-mail addresses and handles', () => {
    expect(shortQuote('Email jo.smith@example.com or @jsmith, see https://example.com/x for more')).toBe('Email … or …, see … for more');
  });
});

describe('splitSentences and reviewTime', () => {
  it('splits on sentence ends, line breaks and dashes', () => {
    expect(splitSentences('Great app! helps a lot.\nFive stars - would recommend')).toEqual(['Great app!', 'helps a lot.', 'Five stars', 'would recommend']);
  });

  it.each([
    ['2019-06-28', Date.UTC(2019, 5, 28)],
    ['February 03, 2019', Date.parse('February 03, 2019')],
    ['7/10/2020 6:58', Date.UTC(2020, 6, 10, 6, 58)],
    ['not a date', null],
    [undefined, null],
  ])('reads %s', (at, expected) => {
    expect(reviewTime(at)).toBe(expected);
  });
});
