// The privacy criteria over real privacy policies of health-tracking apps (2020): invariants only –
// no crash, every quote exact, every sentence easy to read, statuses plausible for real policies.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../../../crawler/corpus.ts';
import { privacyCriteria } from '../../../shared/rules/privacy/index.ts';
import type { Status } from '../../../shared/schema/finding.ts';
import { createContext } from '../../../shared/rules/kit/index.ts';
import { isEasyRead } from '../../../shared/text/readability.ts';
import { dataSafety, withPolicy } from './listings.ts';

const present = hasCorpus();
if (!present) console.warn(NO_CORPUS_MESSAGE);

describe.skipIf(!present)('privacy criteria on real health-app policies', () => {
  const dir = corpusFile('policies/health-app-policies-2020');
  const files = present ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
  const statuses = new Map<string, Status[]>();

  it('reads every policy', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    it(`${file}: quotes exact, sentences easy, no crash (with and without a store label)`, () => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const listing of [withPolicy(text), { ...withPolicy(text), dataSafety: dataSafety({ noDataShared: true }) }]) {
        const ctx = createContext(listing);
        for (const criterion of privacyCriteria) {
          const v = criterion.assess(ctx);
          for (const q of v.quotes) expect(ctx.text(q.source).slice(q.start, q.end), `${file} ${criterion.meta.id}`).toBe(q.text);
          expect(isEasyRead(v.sentence), `${criterion.meta.id}: "${v.sentence}"`).toBe(true);
          if (v.status === 'met' || v.status === 'flag') expect(v.quotes.length, `${file} ${criterion.meta.id}`).toBeGreaterThan(0);
          if (!listing.dataSafety) {
            const list = statuses.get(criterion.meta.id) ?? [];
            list.push(v.status);
            statuses.set(criterion.meta.id, list);
          }
        }
      }
    });
  }

  it('statuses are plausible for real policies', () => {
    const share = (id: string, ...wanted: Status[]) => {
      const list = statuses.get(id) ?? [];
      return list.filter((s) => wanted.includes(s)).length / Math.max(1, list.length);
    };
    // Every file is a privacy policy; without a store label there is nothing to compare.
    expect(share('privacy.policy', 'met')).toBe(1);
    expect(share('privacy.label-conflict', 'unknown')).toBe(1);
    // Real policies of free tracking apps nearly all describe some sharing; few admit selling.
    expect(share('privacy.third-party-sharing', 'not_met', 'flag')).toBeGreaterThan(0.6);
    expect(share('privacy.sale', 'flag')).toBeLessThan(0.25);
    // Not every policy says how long data is kept or how it is protected.
    expect(share('privacy.retention', 'met', 'partial')).toBeLessThan(0.9);
    expect(share('privacy.encryption', 'met')).toBeGreaterThan(0.2);
  });
});
