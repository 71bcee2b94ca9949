import { describe, expect, it } from 'vitest';
import { hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { criteria } from '../../shared/rules/index.ts';
import { createContext } from '../../shared/rules/kit/index.ts';
import { mayMatch, patternRequirement, probeOf, simplify } from '../../shared/text/prefilter.ts';
import { itunesListings, mindListings } from '../helpers/corpus-listings.ts';

describe('patternRequirement: the literal words every match must contain', () => {
  it.each([
    [String.raw`\bPMC\d{5,9}\b`, { lit: 'pmc' }],
    [String.raw`\bside[-\s]effects?\b`, { all: [{ lit: 'side' }, { lit: 'effect' }] }],
    [String.raw`\b(?:team|panel)\s+of\s+experts`, { all: [{ any: [{ lit: 'team' }, { lit: 'panel' }] }, { lit: 'experts' }] }],
    // Optional parts, classes and lookarounds add no condition.
    [String.raw`(?<!Crisis\s)\bLifeline(?:\s+Australia)?\b`, { lit: 'lifeline' }],
    // What a positive lookahead asserts must be in the text as well.
    [String.raw`\d{4}-\d{6}(?=\s*EudraCT)`, { lit: 'eudract' }],
    [String.raw`\b(?:doi:\s*)?10\.\d{4,9}\/`, { lit: '10.' }],
    [String.raw`colou?r`, { lit: 'colo' }],
    [String.raw`a\.bc`, { lit: 'a.bc' }],
    // One alternative without a condition makes the whole pattern unconditional.
    [String.raw`\bcrisis\b|\d{3}`, { all: [] }],
  ])('%s', (source, requirement) => {
    expect(patternRequirement(source)).toEqual(requirement);
  });

  it.each([
    [/\bside[-\s]effects?\b/iu, 'Some side effects can happen.', true],
    [/\bside[-\s]effects?\b/iu, 'No warnings here.', false],
    [/\b(?:team|panel)\s+of\s+experts\b/iu, 'A panel of doctors.', false],
    [/\b(?:team|panel)\s+of\s+experts\b/iu, 'Built by a TEAM of EXPERTS.', true],
    [/\d{3}/u, 'anything', true],
  ])('mayMatch(%s, %j) = %s', (pattern, text, expected) => {
    expect(mayMatch(pattern, probeOf(text.toLowerCase()))).toBe(expected);
  });

  it('never makes a requirement stricter when simplifying', () => {
    const many = { any: Array.from({ length: 250 }, (_, i) => ({ lit: `word${i}` })) };
    expect(simplify(many)).toEqual({ all: [] });
    expect(simplify({ all: [{ lit: 'abc' }] })).toEqual({ lit: 'abc' });
  });
});

const present = hasCorpus();
if (!present) console.warn(NO_CORPUS_MESSAGE);

describe.skipIf(!present)('the pre-check changes no verdict on the 580 real descriptions', () => {
  it('gives the same verdict for every criterion with and without it', () => {
    const differences: string[] = [];
    for (const listing of [...itunesListings(), ...mindListings()]) {
      const fast = createContext(listing);
      const plain = createContext(listing, { prefilter: false });
      for (const c of criteria) {
        if (!c.meta.needs.some((p) => fast.has(p))) continue;
        if (JSON.stringify(fast.verdict(c)) !== JSON.stringify(plain.verdict(c))) differences.push(`${listing.appId} ${c.meta.id}`);
      }
    }
    expect(differences).toEqual([]);
  });
});
