import { describe, expect, it } from 'vitest';
import readabilityCriterion from '../../../shared/rules/privacy/readability.ts';
import { judgeCase } from '../tester.ts';
import { LEGAL_POLICY, withPolicy } from './listings.ts';

describe('privacy.readability', () => {
  it('says how many minutes the policy takes to read, and is never scored', () => {
    const f = judgeCase(readabilityCriterion, { why: 'a long legal policy', listing: withPolicy(LEGAL_POLICY), status: 'not_met' });
    expect(f.sentence).toMatch(/^The privacy policy takes about \d+ minutes to read\. It is hard to read\.$/u);
    expect(readabilityCriterion.meta.weight).toBe(0);
  });
});
