// privacy.sale – Sells data. Negation-aware ("we do not sell"); a CCPA-style "sale" counts as
// selling, and an offered opt-out ("Do Not Sell My Personal Information") softens it to not_met.
import {
  anyOf,
  defineCriterion,
  denied,
  flag,
  hitsIn,
  isHeading,
  met,
  near,
  notMet,
  oneOf,
  quotesOf,
  words,
  type ListingContext,
  type PhraseMatch,
} from '../kit/index.ts';
import { DATA_OBJECT } from './policy-phrases.ts';

/** Selling verbs with personal data in reach ("sell your personal information", "sold … data"). */
const SALE =
  /\b(?:sell(?:s|ing)?|sold|rent(?:s|ed|ing)?|trad(?:e|es|ed|ing)|monetiz(?:e|es|ed|ing)|sale\s+of\s+(?:your\s+|users['’]?\s+|the\s+|such\s+)?(?:personal\s+)?(?:data|information)|(?:data|information)\s+(?:is|are|was|were|may\s+be)\s+sold)\b/iu;

/** The opt-out a policy offers (CCPA "Do Not Sell", "opt out of the sale"). */
const OPT_OUTS = [
  String.raw`do\s+not\s+sell\s+(?:or\s+share\s+)?my`,
  String.raw`don['’]t\s+sell\s+my`,
  String.raw`opt[- ]out\s+of\s+(?:the\s+|such\s+|any\s+(?:future\s+)?)?(?:sale|selling|sharing)`,
  String.raw`right\s+to\s+(?:opt[- ]out|direct\s+(?:us|a\s+business)\s+not\s+to\s+sell)`,
  String.raw`request\s+that\s+we\s+(?:stop|not)\s+sell`,
];
const OPT_OUT = new RegExp(String.raw`\b${oneOf(OPT_OUTS)}`, 'iu');

/** Rights boilerplate that names sale without saying the company sells ("right to opt out of the sale"). */
const RIGHTS_CONTEXT = /\b(?:right\s+to|opt[- ]out|do\s+not\s+sell|don['’]t\s+sell|request|if\s+we\s+sell|to\s+the\s+extent\s+(?:that\s+)?we\s+sell)\b/iu;

// "sell" about products, subscriptions, or the business itself is not selling data.
const GOODS = [
  'products?', 'services?', 'goods', 'subscriptions?', 'memberships?', 'tickets?', 'items?', 'merchandise', 'apps?', 'courses?', 'business',
  'company', 'assets',
];
const NOT_DATA = anyOf(
  [
    String.raw`\b(?:sell(?:s|ing)?|sold)\s+(?:\S+\s+){0,2}?${oneOf(GOODS)}\b`,
    String.raw`\bsales\s+(?:tax|team|department|representatives?)`,
    String.raw`\bpoint\s+of\s+sale\b`,
    String.raw`\btrade\s*marks?\b`,
    String.raw`\btrade\s+secrets?\b`,
  ],
  'iu',
);

// A business changing hands ("if we are acquired or our assets are sold") is not selling data.
const BUSINESS_TRANSFER = words([
  'merger', 'acquisition', 'acquired', 'acquirer', 'reorgani[sz]ation', 'bankruptcy', 'insolvency', 'successor',
  String.raw`change\s+(?:of|in)\s+control`,
  String.raw`(?:business|company|assets|stock|shares)\s+(?:\S+\s+){0,2}?(?:is|are|were|was|being)\s+sold`,
  String.raw`sale\s+of\s+(?:all|substantially|part|a\s+portion|some|any|our|its|the)\b[^.]{0,40}?(?:assets|business|company|shares|stock)`,
]);

// The name of the CCPA link itself ("Do Not Sell My Personal Information") is not a denial.
const LINK_NAME_AFTER = /^\s*(?:or\s+share\s+)?my\b/iu;

export interface PolicySale {
  sells: PhraseMatch[];
  denials: PhraseMatch[];
  optOut: PhraseMatch[];
}

/** What the policy says about selling personal data. */
export function policySale(ctx: ListingContext): PolicySale {
  const sells: PhraseMatch[] = [];
  const denials: PhraseMatch[] = [];
  for (const m of ctx.find('privacy-policy', SALE)) {
    const s = m.sentence.text;
    if (isHeading(m.sentence) || NOT_DATA.test(s) || BUSINESS_TRANSFER.test(s)) continue;
    if (LINK_NAME_AFTER.test(ctx.text('privacy-policy').slice(m.end, m.end + 20))) continue;
    // The data must be the thing sold: "sell your data", "data … will not be sold".
    if (!near(m, DATA_OBJECT, 50, 60) && !near(m, /\b(?:it|them)\b/iu, 0, 12)) continue;
    if (denied(m)) denials.push(m);
    else if (!RIGHTS_CONTEXT.test(s.slice(0, m.start - m.sentence.start + m.text.length))) sells.push(m);
  }
  const soldSentences = new Set(sells.map((m) => m.sentence.start));
  return {
    sells,
    denials: denials.filter((d) => !soldSentences.has(d.sentence.start)),
    optOut: ctx.find('privacy-policy', OPT_OUT),
  };
}

const SAYS = {
  flag: 'The privacy policy says your data may be sold. It does not say how to stop this.',
  not_met: {
    optOut: 'The privacy policy says your data may be sold. It says you can ask them to stop.',
    silent: 'The privacy policy does not say if your data is sold.',
  },
  met: 'The privacy policy says the app does not sell your data.',
} as const;

const POLICY = 'privacy-policy' as const;

export default defineCriterion({
  meta: {
    id: 'privacy.sale',
    domain: 'privacy',
    title: 'Sells data',
    question: 'Does the app sell your data?',
    weight: 2,
    needs: ['privacyPolicy'],
    anchors: ['Mozilla Privacy Not Included', 'CCPA "sale"'],
    sentences: SAYS,
    label: { order: 3, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const { sells, denials, optOut } = policySale(ctx);
    if (sells.length > 0 && optOut.length === 0) return flag(SAYS.flag, hitsIn(POLICY, sells));
    if (sells.length > 0) return notMet(SAYS.not_met.optOut, [...quotesOf(hitsIn(POLICY, sells), 1), ...quotesOf(hitsIn(POLICY, optOut), 1)]);
    if (denials.length > 0) return met(SAYS.met, hitsIn(POLICY, denials));
    return notMet(SAYS.not_met.silent);
  },
});
