// privacy.label-conflict – The store label and the policy disagree. Mozilla (2023) found most
// store privacy labels false or misleading: a "no data shared" label next to a policy that shares
// with advertisers or partners is a flag. Service providers acting for the app do not count.
import { couldNotCheck, defineCriterion, flag, hitsIn, met, notMet, quotesOf } from '../kit/index.ts';
import { policySharing } from './policy-sharing.ts';
import { storeSharing } from './store-sections.ts';

const SAYS = {
  flag: 'The store says your data is not shared. But the privacy policy says it may go to other companies.',
  met: {
    neither: 'The store and the privacy policy both say your data is not shared.',
    both: 'The store and the privacy policy both say some data is shared.',
  },
  not_met: 'The store says the app shares some data. But the privacy policy says it does not.',
} as const;

const POLICY = 'privacy-policy' as const;

export default defineCriterion({
  meta: {
    id: 'privacy.label-conflict',
    domain: 'privacy',
    title: 'Label and policy disagree',
    question: 'Do the store label and the privacy policy say the same thing?',
    weight: 2,
    needs: ['dataSafety', 'privacyLabel', 'privacyPolicy'],
    anchors: ['Mozilla Privacy Not Included 2023'],
    sentences: SAYS,
    label: { order: 0, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    // Both sides are needed; the engine only knows that one of them is there.
    const hasLabel = ctx.has('dataSafety') || ctx.has('privacyLabel');
    if (!hasLabel || !ctx.has('privacyPolicy')) {
      return couldNotCheck(hasLabel ? 'The privacy policy was not read.' : 'The store label was not read.');
    }
    const store = storeSharing(ctx);
    if (store.claim === 'not-said') return couldNotCheck('The store label does not say whether data is shared.');
    const policy = policySharing(ctx);
    if (store.claim === 'none') {
      if (policy.shares.length > 0) {
        return flag(SAYS.flag, [...store.quotes, ...quotesOf(hitsIn(POLICY, policy.shares.map((s) => s.match)), 2)]);
      }
      return met(
        SAYS.met.neither,
        [...store.quotes, ...quotesOf(hitsIn(POLICY, policy.denials), 1)],
        policy.denials.length ? undefined : ['The policy does not describe sharing beyond companies that help run the app.'],
      );
    }
    // The label lists shared data: a policy that denies all sharing contradicts it the other way.
    if (policy.denials.length > 0 && policy.shares.length === 0 && policy.serviceOnly.length === 0) {
      return notMet(SAYS.not_met, [...store.quotes.slice(0, 1), ...quotesOf(hitsIn(POLICY, policy.denials), 1)]);
    }
    return met(SAYS.met.both, [...store.quotes.slice(0, 1), ...quotesOf(hitsIn(POLICY, policy.shares.map((s) => s.match)), 1)]);
  },
});
