// privacy.encryption – Encrypted in transit: Play's security practice, or the policy says data is
// encrypted (in transit or stored). Mozilla's minimum security standard asks for this.
import type { ListingContext } from '../../text/context.ts';
import type { PhraseMatch } from '../../text/match.ts';
import { defineCriterion } from '../types.ts';
import { couldNotCheck, isHeading, quoteLines, quotes, denied } from './policy-phrases.ts';

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

export default defineCriterion({
  meta: {
    id: 'privacy.encryption',
    domain: 'privacy',
    title: 'Encrypted in transit',
    question: 'Is your data protected when it is sent?',
    weight: 1,
    needs: ['dataSafety', 'privacyPolicy'],
    anchors: ['Google Play "Data is encrypted in transit"', 'Mozilla minimum security standards'],
  },
  assess(ctx) {
    const ds = ctx.listing.dataSafety;
    if (ds?.encryptedInTransit === true) {
      return {
        status: 'met',
        sentence: 'The store says your data is protected when it is sent.',
        quotes: quoteLines(ctx, 'data-safety', (l) => /^Data is encrypted in transit$/u.test(l), 1),
      };
    }
    if (ds?.encryptedInTransit === false) {
      return {
        status: 'not_met',
        sentence: 'The store says your data is not protected when it is sent.',
        quotes: quoteLines(ctx, 'data-safety', (l) => /^Data isn[’']t encrypted$/u.test(l), 1),
      };
    }
    if (!ctx.has('privacyPolicy')) return couldNotCheck('The data-safety section read does not say whether data is encrypted.');
    const { encrypted, denials } = policyEncryption(ctx);
    if (encrypted.length > 0) {
      return {
        status: 'met',
        sentence: 'The privacy policy says your data is kept safe with a code.',
        quotes: quotes('privacy-policy', encrypted, 2),
      };
    }
    return {
      status: 'not_met',
      sentence: 'The privacy policy does not say if your data is kept safe with a code.',
      quotes: quotes('privacy-policy', denials, 1),
    };
  },
});
