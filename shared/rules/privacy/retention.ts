// privacy.retention – Says how long data is kept: a period ("for 24 months") or a rule ("as long
// as your account is open", "until you delete it"). Only "as long as necessary" is partial.
import { defineCriterion, hitsIn, isHeading, met, notMet, partial, oneOf, quotesOf, words, type ListingContext, type PhraseMatch } from '../kit/index.ts';

/** Keeping data, and ending its keeping. */
const KEEP = words([
  'retain(?:s|ed|ing)?', 'retention', 'keep(?:s|ing)?', 'kept', 'stor(?:e|es|ed|ing)', 'hold(?:s|ing)?', 'held', 'maintain(?:s|ed|ing)?',
  'preserv(?:e|es|ed|ing)', 'delet(?:e|es|ed|ing|ion)', 'eras(?:e|es|ed|ing|ure)', 'destroy(?:s|ed|ing)?', 'anonymi[sz](?:e|es|ed|ing)',
  'purg(?:e|es|ed|ing)',
]);

const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|eighteen|twenty(?:[- ]\w+)?|thirty|sixty|ninety|one\s+hundred)`;

/** A period ("for 30 days", "up to two (2) years", "no longer than 12 months"). */
const PERIOD = new RegExp(
  String.raw`\b${NUMBER}\s*(?:\(\d+\)\s*)?(?:calendar\s+|business\s+)?(?:days?|weeks?|months?|years?)\b|\b(?:indefinitely|permanently|forever)\b`,
  'iu',
);

/** A rule tied to something the reader can see happen. */
const WHILE_YOU = [
  'you', String.raw`your\s+account`, String.raw`the\s+account`, String.raw`you\s+have`, String.raw`you\s+use`, String.raw`you\s+remain`,
  String.raw`we\s+(?:provide|have\s+a\s+relationship)`,
];
const ENDINGS = ['delet', 'clos', 'terminat', 'cancel', 'deactivat', 'ask', 'request', 'withdraw'];
const RELATIONSHIPS = ['account', 'subscription', 'relationship', 'use', 'membership', 'contract'];
/** "as long as your account is open", "until you delete it", "for the life of your subscription". */
const RULES = [
  String.raw`as\s+long\s+as\s+${oneOf(WHILE_YOU)}`,
  String.raw`(?:until|unless|after|when|once)\s+(?:you|your\s+account|the\s+account)\s+(?:\S+\s+){0,3}?${oneOf(ENDINGS)}\w*`,
  String.raw`for\s+the\s+(?:duration|life(?:time)?|length)\s+of\s+(?:your|the)\s+${oneOf(RELATIONSHIPS)}`,
];
const RULE = new RegExp(String.raw`\b${oneOf(RULES)}`, 'iu');

/** The vague rule: "as long as necessary", kept for legal reasons, "even after" deletion. */
const VAGUE = words([
  String.raw`as\s+long\s+as\s+(?:is\s+|it\s+is\s+|reasonably\s+)?(?:necessary|needed|required|permitted|reasonably\s+necessary)`,
  String.raw`(?:no\s+)?longer\s+than\s+(?:is\s+)?(?:necessary|needed|required)`,
  String.raw`for\s+(?:a|the)\s+(?:reasonable|limited)\s+(?:period|time|amount\s+of\s+time)`,
  String.raw`(?:required|permitted)\s+by\s+(?:applicable\s+)?law`,
  String.raw`(?:to|in\s+order\s+to)\s+(?:comply\s+with\s+(?:our\s+)?legal|resolve\s+disputes|enforce\s+our)`,
  String.raw`even\s+after`,
  String.raw`(?:not|never)\s+(?:be\s+)?(?:automatically\s+)?(?:deleted|erased|removed)`,
]);

// Ages are not periods ("children under 13 years of age").
const AGE =
  /\b(?:under|over|below|above|aged?|older\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?\d+\s*(?:years?)?(?:\s+(?:of\s+age|old))?|\b\d+\s*years?\s+(?:of\s+age|old)\b/giu;

// The thing kept must be data, not "keep you informed" or "store" as in app store.
const DATA = /\b(?:data|information|info|records?|content|entries|logs?|messages|recordings?|account|backups?|PII|details)\b/iu;

export function policyRetention(ctx: ListingContext): { rules: PhraseMatch[]; vague: PhraseMatch[] } {
  const rules: PhraseMatch[] = [];
  const vague: PhraseMatch[] = [];
  const seen = new Set<number>();
  for (const m of ctx.find('privacy-policy', KEEP)) {
    const { sentence } = m;
    if (seen.has(sentence.start) || isHeading(sentence) || !DATA.test(sentence.text)) continue;
    // Negation does not matter here: "we will not keep it longer than 2 years" states a period.
    const after = sentence.text.slice(m.start - sentence.start).replace(AGE, ' ');
    if (PERIOD.test(after) || RULE.test(sentence.text)) {
      seen.add(sentence.start);
      rules.push(m);
    } else if (VAGUE.test(after) && !/\bdelet|\beras|\bdestroy|\bpurg|\banonymi/iu.test(m.text)) {
      seen.add(sentence.start);
      vague.push(m);
    }
  }
  return { rules, vague };
}

const SAYS = {
  met: 'The privacy policy tells you how long they keep your data.',
  partial: 'The privacy policy says your data is kept "as long as needed". It does not give a time.',
  not_met: 'The privacy policy does not say how long they keep your data.',
} as const;

export default defineCriterion({
  meta: {
    id: 'privacy.retention',
    domain: 'privacy',
    title: 'Says how long data is kept',
    question: 'Does the privacy policy say how long your data is kept?',
    weight: 1,
    needs: ['privacyPolicy'],
    anchors: ['OPP-115 "Data Retention"'],
    sentences: SAYS,
    label: { order: 7, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const { rules, vague } = policyRetention(ctx);
    if (rules.length > 0) return met(SAYS.met, hitsIn('privacy-policy', rules));
    if (vague.length > 0) return partial(SAYS.partial, quotesOf(hitsIn('privacy-policy', vague), 1));
    return notMet(SAYS.not_met);
  },
});
