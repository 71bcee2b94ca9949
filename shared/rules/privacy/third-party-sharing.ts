// privacy.third-party-sharing – Shares data with other companies. The store's declaration comes
// first; the policy can contradict a "no data shared" label, and health data shared is a flag.
import { couldNotCheck, defineCriterion, flag, hitsIn, met, notMet, quotesOf } from '../kit/index.ts';
import { policySharing } from './policy-sharing.ts';
import { storeSharing } from './store-sections.ts';

const SAYS = {
  flag: {
    store: 'The store says the app shares your health information. Other companies may get it.',
    policy: 'The privacy policy says the app may share your health data. Other companies may get it.',
  },
  not_met: {
    store: 'The store says the app shares some of your data with other companies.',
    conflict: 'The store says your data is not shared. But the privacy policy says it may go to other companies.',
    policy: 'The privacy policy says the app may share your data. It may go to other companies.',
    silent: 'We read the privacy policy. It does not say if your data goes to other companies.',
  },
  met: {
    store: 'The store says the app does not share your data with other companies.',
    policy: 'The privacy policy says the app does not share your data. It does not go to other companies.',
    helpers: 'The privacy policy says some firms help run the app. Only they get your data.',
  },
} as const;

const POLICY = 'privacy-policy' as const;

export default defineCriterion({
  meta: {
    id: 'privacy.third-party-sharing',
    domain: 'privacy',
    title: 'Shares data with other companies',
    question: 'Does the app share your data with other companies?',
    weight: 3,
    needs: ['dataSafety', 'privacyLabel', 'privacyPolicy'],
    anchors: ['Google Play "Data shared"', 'MIND "Is PHI Shared"'],
    sentences: SAYS,
    label: { order: 2, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const store = storeSharing(ctx);
    const hasPolicy = ctx.has('privacyPolicy');
    const policy = hasPolicy ? policySharing(ctx) : undefined;
    const policyHealth = policy ? quotesOf(hitsIn(POLICY, policy.health.map((s) => s.match)), 1) : [];
    const policyShares = policy ? quotesOf(hitsIn(POLICY, policy.shares.map((s) => s.match)), 2) : [];

    if (store.claim === 'some' && store.sensitive) return flag(SAYS.flag.store, [...store.quotes, ...policyHealth].slice(0, 3));
    if (policyHealth.length > 0) return flag(SAYS.flag.policy, [...policyHealth, ...store.quotes].slice(0, 3));
    if (store.claim === 'some') return notMet(SAYS.not_met.store, [...store.quotes, ...policyShares].slice(0, 3));
    if (store.claim === 'none') {
      if (policyShares.length > 0) return notMet(SAYS.not_met.conflict, [...store.quotes, ...policyShares].slice(0, 3));
      return met(SAYS.met.store, [...store.quotes, ...(policy ? quotesOf(hitsIn(POLICY, policy.denials), 1) : [])]);
    }
    if (!policy) return couldNotCheck('The store label does not say whether data is shared, and the policy was not read.');
    if (policyShares.length > 0) return notMet(SAYS.not_met.policy, policyShares);
    if (policy.denials.length > 0) {
      return met(
        SAYS.met.policy,
        quotesOf(hitsIn(POLICY, policy.denials), 2),
        policy.serviceOnly.length ? ['The policy names companies that help run the app (service providers).'] : undefined,
      );
    }
    if (policy.serviceOnly.length > 0) return met(SAYS.met.helpers, quotesOf(hitsIn(POLICY, policy.serviceOnly.map((s) => s.match)), 2));
    return notMet(SAYS.not_met.silent);
  },
});
