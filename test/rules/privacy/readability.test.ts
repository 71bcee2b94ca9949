import { describe, expect, it } from 'vitest';
import readabilityCriterion from '../../../shared/rules/privacy/readability.ts';
import { createContext } from '../../../shared/text/context.ts';
import { bare, table, withPolicy } from './helpers.ts';

const shortPlain = 'We keep your notes safe. We do not sell them. You can delete them at any time.';
const longHard = Array.from(
  { length: 700 },
  (_, i) =>
    `Notwithstanding the foregoing provisions, the organisation may process personal information, including behavioural characteristics and technical identifiers, for legitimate operational purposes, clause ${i + 1}.`,
).join(' ');

describe('privacy.readability', () => {
  table(readabilityCriterion, [
    { name: 'a short plain policy', listing: withPolicy(shortPlain), status: 'met', quote: 'You can delete them at any time.' },
    { name: 'a long legal policy', listing: withPolicy(longHard), status: 'not_met', quote: 'Notwithstanding' },
    { name: 'policy not read', listing: bare, status: 'unknown' },
  ]);

  it('says how many minutes the policy takes to read', () => {
    const v = readabilityCriterion.assess(createContext(withPolicy(longHard)));
    expect(v.sentence).toMatch(/^The privacy policy takes about \d+ minutes to read\. It is hard to read\.$/u);
    expect(readabilityCriterion.meta.weight).toBe(0);
  });
});
