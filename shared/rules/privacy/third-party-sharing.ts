// privacy.third-party-sharing – Shares data with other companies. The store's declaration comes
// first; the policy can contradict a "no data shared" label, and health data shared is a flag.
import { defineCriterion } from '../types.ts';
import { couldNotCheck, quotes } from './policy-phrases.ts';
import { policySharing } from './policy-sharing.ts';
import { storeSharing } from './store-sections.ts';

export default defineCriterion({
  meta: {
    id: 'privacy.third-party-sharing',
    domain: 'privacy',
    title: 'Shares data with other companies',
    question: 'Does the app share your data with other companies?',
    weight: 3,
    needs: ['dataSafety', 'privacyLabel', 'privacyPolicy'],
    anchors: ['Google Play "Data shared"', 'MIND "Is PHI Shared"'],
  },
  assess(ctx) {
    const store = storeSharing(ctx);
    const hasPolicy = ctx.has('privacyPolicy');
    const policy = hasPolicy ? policySharing(ctx) : undefined;
    const policyHealth = policy ? quotes('privacy-policy', policy.health.map((s) => s.match), 1) : [];
    const policyShares = policy ? quotes('privacy-policy', policy.shares.map((s) => s.match), 2) : [];

    if (store.claim === 'some' && store.sensitive) {
      return {
        status: 'flag',
        sentence: 'The store says the app shares your health information. Other companies may get it.',
        quotes: [...store.quotes, ...policyHealth].slice(0, 3),
      };
    }
    if (policyHealth.length > 0) {
      return {
        status: 'flag',
        sentence: 'The privacy policy says the app may share your health data. Other companies may get it.',
        quotes: [...policyHealth, ...store.quotes].slice(0, 3),
      };
    }
    if (store.claim === 'some') {
      return {
        status: 'not_met',
        sentence: 'The store says the app shares some of your data with other companies.',
        quotes: [...store.quotes, ...policyShares].slice(0, 3),
      };
    }
    if (store.claim === 'none') {
      if (policyShares.length > 0) {
        return {
          status: 'not_met',
          sentence: 'The store says your data is not shared. But the privacy policy says it may go to other companies.',
          quotes: [...store.quotes, ...policyShares].slice(0, 3),
        };
      }
      return {
        status: 'met',
        sentence: 'The store says the app does not share your data with other companies.',
        quotes: [...store.quotes, ...(policy ? quotes('privacy-policy', policy.denials, 1) : [])],
      };
    }
    if (!policy) return couldNotCheck('The store label does not say whether data is shared, and the policy was not read.');
    if (policyShares.length > 0) {
      return {
        status: 'not_met',
        sentence: 'The privacy policy says the app may share your data. It may go to other companies.',
        quotes: policyShares,
      };
    }
    if (policy.denials.length > 0) {
      return {
        status: 'met',
        sentence: 'The privacy policy says the app does not share your data. It does not go to other companies.',
        quotes: quotes('privacy-policy', policy.denials, 2),
        notes: policy.serviceOnly.length ? ['The policy names companies that help run the app (service providers).'] : undefined,
      };
    }
    if (policy.serviceOnly.length > 0) {
      return {
        status: 'met',
        sentence: 'The privacy policy says some firms help run the app. Only they get your data.',
        quotes: quotes('privacy-policy', policy.serviceOnly.map((s) => s.match), 2),
      };
    }
    return {
      status: 'not_met',
      sentence: 'We read the privacy policy. It does not say if your data goes to other companies.',
      quotes: [],
    };
  },
});
