// privacy.encryption – Encrypted in transit: Play's security practice, or the policy says data is
// encrypted (in transit or stored). Mozilla's minimum security standard asks for this.
import {
  couldNotCheck,
  defineCriterion,
  denied,
  hitsIn,
  isHeading,
  met,
  notMet,
  quoteLines,
  quotesOf,
  type ListingContext,
  type PhraseMatch,
} from '../kit/index.ts';

/** Encryption named the way policies name it. */
const ENCRYPTION =
  /\b(?:encrypt(?:s|ed|ing|ion)?|(?:SSL|TLS)(?:\/(?:SSL|TLS))?\b|HTTPS(?!:\/\/)|secure\s+sockets?\s+layer|transport\s+layer\s+security|AES[- ]?(?:128|256)|end[- ]to[- ]end\s+encrypt\w*|cryptograph\w*)/iu;

// Sentences that mention encryption without saying the app uses it.
const NOT_A_CLAIM = /\b(?:cannot|can['’]t|do\s+not|does\s+not)\s+guarantee\b[^.]*\b(?:email|e-mail)\b|\bemails?\s+(?:is|are)\s+not\s+(?:always\s+)?encrypted\b/iu;

/** Affirmed statements that data is encrypted. */
export function policyEncryption(ctx: ListingContext): { encrypted: PhraseMatch[]; denials: PhraseMatch[] } {
  const encrypted: PhraseMatch[] = [];
  const denials: PhraseMatch[] = [];
  for (const m of ctx.find('privacy-policy', ENCRYPTION)) {
    if (isHeading(m.sentence) || NOT_A_CLAIM.test(m.sentence.text)) continue;
    (denied(m) ? denials : encrypted).push(m);
  }
  return { encrypted, denials };
}

const SAYS = {
  met: {
    store: 'The store says your data is protected when it is sent.',
    policy: 'The privacy policy says your data is kept safe with a code.',
  },
  not_met: {
    store: 'The store says your data is not protected when it is sent.',
    policy: 'The privacy policy does not say if your data is kept safe with a code.',
  },
} as const;

export default defineCriterion({
  meta: {
    id: 'privacy.encryption',
    domain: 'privacy',
    title: 'Encrypted in transit',
    question: 'Is your data protected when it is sent?',
    weight: 1,
    needs: ['dataSafety', 'privacyPolicy'],
    anchors: ['Google Play "Data is encrypted in transit"', 'Mozilla minimum security standards'],
    sentences: SAYS,
    label: { order: 5, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const ds = ctx.listing.dataSafety;
    if (ds?.encryptedInTransit === true) {
      return met(SAYS.met.store, quoteLines(ctx, 'data-safety', (l) => /^Data is encrypted in transit$/u.test(l), 1));
    }
    if (ds?.encryptedInTransit === false) {
      return notMet(SAYS.not_met.store, quoteLines(ctx, 'data-safety', (l) => /^Data isn[’']t encrypted$/u.test(l), 1));
    }
    if (!ctx.has('privacyPolicy')) return couldNotCheck('The data-safety section read does not say whether data is encrypted.');
    const { encrypted, denials } = policyEncryption(ctx);
    if (encrypted.length > 0) return met(SAYS.met.policy, hitsIn('privacy-policy', encrypted));
    return notMet(SAYS.not_met.policy, quotesOf(hitsIn('privacy-policy', denials), 1));
  },
});
