// privacy.deletion – You can delete your data: Play's "You can request that data be deleted", or
// the policy tells you how to delete your account or data (OPP-115 "User Access, Edit and Deletion").
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

const DELETE_WORD = String.raw`(?:delet(?:e|es|ed|ing|ion)|eras(?:e|ed|ing|ure)|remov(?:e|al)|be\s+forgotten|clos(?:e|ing)\s+your\s+account)`;
const WHAT = String.raw`(?:(?:your|their|the|any|all|such|this|that|personal|user)\s+)*(?:personal\s+)?(?:data|information|info|account|profile|entries|content|records?|history|details|it|them)`;

// The bare form ("delete your account") needs the thing named: "delete it" is usually the company.
const WHAT_NAMED = String.raw`(?:(?:your|their|the|any|all|such|this|that|personal|user)\s+)*(?:personal\s+)?(?:data|information|info|account|profile|entries|content|records?|history|details)`;

/** The user can delete, or ask for deletion of, their data or account. */
const USER_DELETION = new RegExp(
  [
    // "you can delete your account", "you may request that we delete your data"
    String.raw`\b(?:you|users?)\s+(?:can|may|could|are\s+able\s+to|will\s+be\s+able\s+to|have\s+the\s+(?:right|option|ability)\s+to|are\s+entitled\s+to|also\s+(?:can|may))\s+(?:\S+\s+){0,6}?${DELETE_WORD}`,
    // "request deletion of your data", "ask us to delete", "request that we erase"
    String.raw`\b(?:request(?:s|ing)?|ask(?:ing)?)\s+(?:us\s+|that\s+we\s+|for\s+(?:the\s+)?)?(?:\S+\s+){0,3}?${DELETE_WORD}`,
    // "right to erasure", "right to access, correct or delete", "right to be forgotten"
    String.raw`\bright(?:s)?\s+(?:to|of)\s+(?:\S+\s+){0,5}?${DELETE_WORD}`,
    // "To delete your account, go to Settings", "delete your data at any time"
    String.raw`\b${DELETE_WORD}\s+${WHAT_NAMED}`,
  ].join('|'),
  'iu',
);

// "We may delete your account if you break these terms" is the company's power, not your right.
const COMPANY_POWER = /\bwe\s+(?:may|reserve\s+the\s+right\s+to|can|will)\s+(?:\S+\s+){0,3}?(?:delete|remove|terminate|suspend)\b/iu;
const YOUR_REQUEST = /\b(?:request|ask|upon\s+your|at\s+your|if\s+you\s+(?:want|wish|would\s+like|choose|decide))\b/iu;
// Clearing cookies or leaving a mailing list is a choice about tracking or email, not deletion.
const OTHER_REMOVAL = /\b(?:cookies?|browser|mailing\s+list|e-?mail\s+list|unsubscrib\w*|opt[- ]out)\b/iu;
const DATA_OR_ACCOUNT = /\b(?:account|profile|personal\s+(?:data|information)|your\s+(?:data|information))\b/iu;
// Retention rules ("we delete data after 30 days") belong to privacy.retention.
const RETENTION_ONLY = /\b(?:after|within)\s+\d+\s+(?:days?|weeks?|months?|years?)\b/iu;

export function policyDeletion(ctx: ListingContext): { deletion: PhraseMatch[]; denials: PhraseMatch[] } {
  const deletion: PhraseMatch[] = [];
  const denials: PhraseMatch[] = [];
  const seen = new Set<number>();
  for (const m of ctx.find('privacy-policy', USER_DELETION)) {
    const s = m.sentence.text;
    if (seen.has(m.sentence.start) || isHeading(m.sentence)) continue;
    if (COMPANY_POWER.test(s) && !YOUR_REQUEST.test(s)) continue;
    if (OTHER_REMOVAL.test(s) && !DATA_OR_ACCOUNT.test(s)) continue;
    if (RETENTION_ONLY.test(s) && !YOUR_REQUEST.test(s) && !/\byou\b/iu.test(s)) continue;
    // "Deleting the app does not delete your data" tells you something, but not that you can delete.
    if (denied(m)) {
      denials.push(m);
      continue;
    }
    seen.add(m.sentence.start);
    deletion.push(m);
  }
  return { deletion, denials: denials.filter((d) => !seen.has(d.sentence.start)) };
}

const SAYS = {
  met: {
    store: 'The store says you can ask the app to delete your data.',
    policy: 'You can ask the app to delete your data. The privacy policy says so.',
  },
  not_met: {
    store: 'The store says you cannot delete your data.',
    policy: 'We read the privacy policy. It does not say how to delete your data.',
  },
} as const;

export default defineCriterion({
  meta: {
    id: 'privacy.deletion',
    domain: 'privacy',
    title: 'You can delete your data',
    question: 'Can you ask the app to delete your data?',
    weight: 2,
    needs: ['dataSafety', 'privacyPolicy'],
    anchors: ['MIND "Can Delete Data"', 'OPP-115 "User Access, Edit and Deletion"'],
    sentences: SAYS,
    label: { order: 4, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const ds = ctx.listing.dataSafety;
    if (ds?.deletionRequest === true) {
      return met(SAYS.met.store, quoteLines(ctx, 'data-safety', (l) => /^You can request that data be deleted$/u.test(l), 1));
    }
    if (ds?.deletionRequest === false) {
      return notMet(SAYS.not_met.store, quoteLines(ctx, 'data-safety', (l) => /^Data can[’']t be deleted$/u.test(l), 1));
    }
    if (!ctx.has('privacyPolicy')) return couldNotCheck('The data-safety section read does not say whether data can be deleted.');
    const { deletion, denials } = policyDeletion(ctx);
    if (deletion.length > 0) return met(SAYS.met.policy, hitsIn('privacy-policy', deletion));
    return notMet(SAYS.not_met.policy, quotesOf(hitsIn('privacy-policy', denials), 1));
  },
});
