// privacy.tracking-ads – Uses data to track you or for adverts. A flag when health data is used
// for tracking or adverts (store label or policy); the store's tracking section otherwise decides.
import type { ListingContext } from '../../text/context.ts';
import type { PhraseMatch } from '../../text/match.ts';
import { defineCriterion } from '../types.ts';
import { ADVERTISING, HEALTH_DATA, affirmedIn, couldNotCheck, isHeading, quotes, denied } from './policy-phrases.ts';
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
  return { ads, health, denials: denials.filter((d) => !seen.has(d.sentence.start)) };
}

export default defineCriterion({
  meta: {
    id: 'privacy.tracking-ads',
    domain: 'privacy',
    title: 'Uses data to track you or for ads',
    question: 'Is your data used to track you or to show you adverts?',
    weight: 3,
    needs: ['dataSafety', 'privacyLabel', 'privacyPolicy'],
    anchors: ['Mozilla Privacy Not Included', 'Huckvale et al. 2019'],
  },
  assess(ctx) {
    const store = storeAdvertising(ctx);
    const policy = ctx.has('privacyPolicy') ? policyAdvertising(ctx) : undefined;
    const policyHealth = policy ? quotes('privacy-policy', policy.health, 1) : [];
    const policyAds = policy ? quotes('privacy-policy', policy.ads, 2) : [];

    if (store.claim === 'some' && store.sensitive) {
      return {
        status: 'flag',
        sentence: store.tracking
          ? 'The store says the app uses your health or private data to track you.'
          : 'The store says the app uses your health or private data for adverts.',
        quotes: [...store.quotes, ...policyHealth].slice(0, 3),
      };
    }
    if (policyHealth.length > 0) {
      return {
        status: 'flag',
        sentence: 'The privacy policy says your health data may be used for ads.',
        quotes: [...policyHealth, ...store.quotes].slice(0, 3),
      };
    }
    if (store.claim === 'some') {
      return {
        status: 'not_met',
        sentence: store.tracking
          ? 'The store says the app uses some of your data to track you.'
          : 'The store says the app uses some of your data for adverts.',
        quotes: [...store.quotes, ...policyAds].slice(0, 3),
      };
    }
    if (policyAds.length > 0) {
      return {
        status: 'not_met',
        sentence: 'The privacy policy says your data may be used for adverts. It may be used to track you.',
        quotes: [...policyAds, ...store.quotes].slice(0, 3),
      };
    }
    if (store.claim === 'none') {
      return {
        status: 'met',
        sentence: 'The store does not list any data used to track you or for adverts.',
        quotes: [...store.quotes, ...(policy ? quotes('privacy-policy', policy.denials, 1) : [])],
      };
    }
    if (!policy) return couldNotCheck('The store section read does not list what data is used for.');
    if (policy.denials.length > 0) {
      return {
        status: 'met',
        sentence: 'The privacy policy says the app does not use your data for ads.',
        quotes: quotes('privacy-policy', policy.denials, 2),
      };
    }
    return {
      status: 'not_met',
      sentence: 'The privacy policy does not say if your data is used for ads.',
      quotes: [],
    };
  },
});
