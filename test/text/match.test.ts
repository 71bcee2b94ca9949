import { describe, expect, it } from 'vitest';
import { affirmed, findMatches } from '../../shared/text/match.ts';
import { splitSentences } from '../../shared/text/sentences.ts';

const SHARE = /\b(?:sell|sold|share[sd]?|sharing)\b/iu;

const cases: { text: string; negated: boolean; hedged: boolean }[] = [
  { text: 'We never sell your personal data.', negated: true, hedged: false },
  { text: 'We do not sell your data.', negated: true, hedged: false },
  { text: "We don't share your information with advertisers.", negated: true, hedged: false },
  { text: 'Your data is shared with no one.', negated: true, hedged: false },
  { text: 'Neither we nor our partners sell data.', negated: true, hedged: false },
  { text: 'We may share your information with partners.', negated: false, hedged: true },
  { text: 'From time to time we share data with affiliates.', negated: false, hedged: true },
  { text: 'We share usage data with analytics providers.', negated: false, hedged: false },
  // The negation belongs to another clause.
  { text: "We don't track you, but we share data with partners.", negated: false, hedged: false },
  { text: 'No ads; we share data with our hosting provider.', negated: false, hedged: false },
];

describe('findMatches: negation and hedging within the clause', () => {
  it.each(cases)('$text', ({ text, negated, hedged }) => {
    const [m] = findMatches(text, splitSentences(text), SHARE);
    expect(m).toBeDefined();
    expect({ negated: m!.negated, hedged: m!.hedged }).toEqual({ negated, hedged });
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });

  it('drops a match that runs across two sentences', () => {
    const text = 'We care. Share the app.';
    expect(findMatches(text, splitSentences(text), /care\. Share/u)).toEqual([]);
  });

  it('keeps only affirmed matches, and with strict also drops hedged ones', () => {
    const text = 'We do not sell data. We may share data. We share data.';
    const all = findMatches(text, splitSentences(text), SHARE);
    expect(affirmed(all).map((m) => m.sentence.text)).toEqual(['We may share data.', 'We share data.']);
    expect(affirmed(all, true).map((m) => m.sentence.text)).toEqual(['We share data.']);
  });
});

describe('negation runs through a list, not into the next clause', () => {
  it.each([
    ['We do not sell, rent, or share your data.', /\bshare\b/iu, true],
    ['We will never use it for ads, or sell it to brokers.', /\bsell\b/iu, true],
    ['We do not sell your data, and we share it with partners.', /\bshare\b/iu, false],
    ['We do not track you, we share data with partners.', /\bshare\b/iu, false],
  ] as const)('%s', (text, pattern, negated) => {
    const [m] = findMatches(text, splitSentences(text), pattern);
    expect(m!.negated).toBe(negated);
  });
});

describe('a long first list item keeps its negation', () => {
  it('reads "not" at the start of a long clause continued by ", or sell it"', () => {
    const text =
      'We will not use the information gained through your use of the HealthKit and Google Fit framework for advertising or similar services, or sell it to advertising platforms, data brokers, or information resellers.';
    const [m] = findMatches(text, splitSentences(text), /\bsell\b/iu);
    expect(m!.negated).toBe(true);
  });

  it('still ends the clause at "but"', () => {
    const text = 'We will not use your information for advertising or similar services of any kind, but we sell it to brokers.';
    const [m] = findMatches(text, splitSentences(text), /\bsell\b/iu);
    expect(m!.negated).toBe(false);
  });
});
