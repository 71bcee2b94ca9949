// privacy.tracking-ads – Uses data to track you or for adverts. A flag when health data is used
// for tracking or adverts (store label or policy); the store's tracking section otherwise decides.
import {
  affirmedIn,
  couldNotCheck,
  defineCriterion,
  denied,
  flag,
  hitsIn,
  isHeading,
  met,
  notMet,
  quotesOf,
  type ListingContext,
  type PhraseMatch,
} from '../kit/index.ts';
import { ADVERTISING, HEALTH_DATA } from './policy-phrases.ts';
import { storeAdvertising } from './store-sections.ts';

// Plain statements that there are no adverts or tracking ("We do not show ads", "ad-free").
const NO_ADS = /\b(?:ad[- ]free|no\s+(?:ads|adverts|advertising|advertisements)|(?:do|does|will)\s+not\s+(?:\S+\s+){0,3}?(?:advertis\w+|ads|adverts|marketing|track(?:ing)?\s+you))\b/iu;

export interface PolicyAdvertising {
  /** Affirmed statements that data is used for adverts or tracking. */
  ads: PhraseMatch[];
  /** The subset where health data is used for adverts. */
  health: PhraseMatch[];
  /** Statements that there are no adverts, or data is not used for them. */
  denials: PhraseMatch[];
}

/** What the policy says about adverts and tracking. */
export function policyAdvertising(ctx: ListingContext): PolicyAdvertising {
  const ads: PhraseMatch[] = [];
  const health: PhraseMatch[] = [];
  const denials: PhraseMatch[] = [];
  const seen = new Set<number>();
  for (const m of ctx.find('privacy-policy', ADVERTISING)) {
    if (isHeading(m.sentence) || seen.has(m.sentence.start)) continue;
    if (denied(m)) {
      denials.push(m);
      continue;
    }
    seen.add(m.sentence.start);
    ads.push(m);
    if (affirmedIn(m.sentence, HEALTH_DATA)) health.push(m);
  }
  for (const m of ctx.find('privacy-policy', NO_ADS)) {
    if (!seen.has(m.sentence.start) && !isHeading(m.sentence)) denials.push(m);
  }
  // Denials of both kinds, in the policy's order.
  return { ads, health, denials: denials.filter((d) => !seen.has(d.sentence.start)).sort((a, b) => a.start - b.start) };
}

const SAYS = {
  flag: {
    storeTracking: 'The store says the app uses your health or private data to track you.',
    storeAdverts: 'The store says the app uses your health or private data for adverts.',
    policy: 'The privacy policy says your health data may be used for ads.',
  },
  not_met: {
    storeTracking: 'The store says the app uses some of your data to track you.',
    storeAdverts: 'The store says the app uses some of your data for adverts.',
    policy: 'The privacy policy says your data may be used for adverts. It may be used to track you.',
    silent: 'The privacy policy does not say if your data is used for ads.',
  },
  met: {
    store: 'The store does not list any data used to track you or for adverts.',
    policy: 'The privacy policy says the app does not use your data for ads.',
  },
} as const;

const POLICY = 'privacy-policy' as const;

export default defineCriterion({
  meta: {
    id: 'privacy.tracking-ads',
    domain: 'privacy',
    title: 'Uses data to track you or for ads',
    question: 'Is your data used to track you or to show you adverts?',
    weight: 3,
    needs: ['dataSafety', 'privacyLabel', 'privacyPolicy'],
    anchors: ['Mozilla Privacy Not Included', 'Huckvale et al. 2019'],
    sentences: SAYS,
    label: { order: 1, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const store = storeAdvertising(ctx);
    const policy = ctx.has('privacyPolicy') ? policyAdvertising(ctx) : undefined;
    const policyHealth = policy ? quotesOf(hitsIn(POLICY, policy.health), 1) : [];
    const policyAds = policy ? quotesOf(hitsIn(POLICY, policy.ads), 2) : [];

    if (store.claim === 'some' && store.sensitive) {
      return flag(store.tracking ? SAYS.flag.storeTracking : SAYS.flag.storeAdverts, [...store.quotes, ...policyHealth].slice(0, 3));
    }
    if (policyHealth.length > 0) return flag(SAYS.flag.policy, [...policyHealth, ...store.quotes].slice(0, 3));
    if (store.claim === 'some') {
      return notMet(store.tracking ? SAYS.not_met.storeTracking : SAYS.not_met.storeAdverts, [...store.quotes, ...policyAds].slice(0, 3));
    }
    if (policyAds.length > 0) return notMet(SAYS.not_met.policy, [...policyAds, ...store.quotes].slice(0, 3));
    if (store.claim === 'none') {
      return met(SAYS.met.store, [...store.quotes, ...(policy ? quotesOf(hitsIn(POLICY, policy.denials), 1) : [])]);
    }
    if (!policy) return couldNotCheck('The store section read does not list what data is used for.');
    if (policy.denials.length > 0) return met(SAYS.met.policy, quotesOf(hitsIn(POLICY, policy.denials), 2));
    return notMet(SAYS.not_met.silent);
  },
});
