// Every real description in the corpus: a valid Assessment, exact quotes, and easy-read answers that
// meet the reading-level rule (Flesch–Kincaid grade ≤ 6, Flesch Reading Ease ≥ 70).
import { describe, expect, it } from 'vitest';
import { hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { assess } from '../../shared/assess.ts';
import { Assessment } from '../../shared/schema/assessment.ts';
import type { Listing } from '../../shared/schema/listing.ts';
import { createContext } from '../../shared/rules/kit/index.ts';
import { EASY_READ_LIMITS, readability } from '../../shared/text/readability.ts';
import { itunesListings, mindListings } from '../helpers/corpus-listings.ts';

const present = hasCorpus();
if (!present) console.warn(NO_CORPUS_MESSAGE);

describe.skipIf(!present)('assessments of the 580 real descriptions', () => {
  const listings: Listing[] = present ? [...itunesListings(), ...mindListings()] : [];
  const now = new Date('2026-11-27T00:00:00Z');
  const assessments = listings.map((l) => ({ listing: l, assessment: assess(l, { now }) }));

  it('reads all 580', () => {
    expect(listings).toHaveLength(580);
  });

  it('gives a valid Assessment for every listing', () => {
    for (const { assessment } of assessments) Assessment.parse(assessment);
  });

  it('quotes the exact words every judged finding rests on', () => {
    const problems: string[] = [];
    for (const { listing, assessment } of assessments) {
      const ctx = createContext(listing);
      for (const f of assessment.findings) {
        if (f.notes?.some((n) => n.startsWith('criterion failed'))) problems.push(`${listing.appId} ${f.criterion}: ${f.notes.join(' ')}`);
        if ((f.status === 'met' || f.status === 'partial' || f.status === 'flag') && f.quotes.length === 0) {
          problems.push(`${listing.appId} ${f.criterion}: ${f.status} without a quote`);
        }
        for (const q of f.quotes) {
          if (ctx.text(q.source).slice(q.start, q.end) !== q.text) problems.push(`${listing.appId} ${f.criterion}: quote is not exact`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes every easy-read answer at grade ≤ 6 and reading ease ≥ 70', () => {
    const problems: string[] = [];
    for (const { listing, assessment } of assessments) {
      const e = assessment.easyRead;
      const answers = { evidence: e.evidence.sentences, privacy: e.privacy.sentences, safety: e.safety.sentences, help: [...e.help.intro, ...e.help.services.map((s) => s.offers), ...e.help.closing] };
      for (const [name, sentences] of Object.entries(answers)) {
        const text = sentences.map((s) => s.replace(/^⚠\s*/u, '')).join(' ');
        const r = readability(text);
        if (r.grade > EASY_READ_LIMITS.maxGrade || r.ease < EASY_READ_LIMITS.minEase) {
          problems.push(`${listing.appId} ${name}: grade ${r.grade}, ease ${r.ease}: ${text}`);
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
