// evidence.regulator – does the page state a regulator's clearance or a recognised body's mark?
// Met for FDA clearance/approval, CE/UKCA medical-device marking or a device class, NICE, NHS use,
// the German DiGA list, ORCHA, DTAC, TGA or Health Canada; partial for weaker statements ("FDA
// registered", "breakthrough device designation", "a registered medical device" without a class).
// "Not FDA approved" is negated and does not count.
import { anyOf, defineCriterion, findAny, met, notMet, oneOf, partial } from '../kit/index.ts';

const CLEARANCE_WORDS = ['cleared', 'approved', 'authori[sz]ed', 'clearance', 'approval', 'authori[sz]ation'];
const DEVICE_CLASSES = ['I', 'IIa', 'IIb', 'III', '1', '2a', '2b'];
const NICE_ACTIONS = [String.raw`recommend\w*`, 'guidance', String.raw`approv\w*`, String.raw`Early\s+Value\s+Assessment`, String.raw`evaluat\w*`, String.raw`endorse\w*`];
const NHS_PROGRAMMES = [
  String.raw`Talking\s+Therapies`, String.raw`Apps?\s+Library`, 'approved', 'recommended', 'endorsed', 'commissioned',
  String.raw`England\s+(?:approved|recommended|commissioned)`,
];
const NHS_USE_VERBS = ['used', 'offered', 'commissioned', 'recommended', 'approved', 'endorsed', 'provided', 'prescribed', 'funded'];

const CLEARED = [
  // FDA clearance, approval, authorisation, De Novo, 510(k).
  anyOf(
    [
      String.raw`\bFDA[-\s]${oneOf(CLEARANCE_WORDS)}\b`,
      String.raw`\b${oneOf(CLEARANCE_WORDS)}\s+(?:\w+\s+){0,3}?(?:by|from)\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:FDA|Food\s+and\s+Drug\s+Administration)\b`,
      String.raw`\b510\s?\(k\)`,
      String.raw`\bDe\s?Novo\b`,
    ],
    'gu',
  ),
  // Medical-device marking and classes.
  anyOf(
    [
      String.raw`\b(?:CE|UKCA)[-\s](?:marked|marking|mark|certified)\b`,
      String.raw`\bclass\s+${oneOf(DEVICE_CLASSES)}\s+(?:\w+\s+)?medical\s+device\b`,
      String.raw`\bmedical\s+device\s+(?:of\s+)?class\s+${oneOf(DEVICE_CLASSES)}\b`,
    ],
    'giu',
  ),
  // NICE (upper case: "nice" is an adjective) and NHS use.
  anyOf(
    [
      String.raw`\b(?:NICE|National\s+Institute\s+for\s+Health\s+and\s+Care\s+Excellence)\b[^.\n]{0,40}?\b${oneOf(NICE_ACTIONS)}`,
      String.raw`\b(?:recommended|approved|endorsed|evaluated)\s+by\s+(?:the\s+)?NICE\b`,
    ],
    'gu',
  ),
  anyOf(
    [
      String.raw`\bNHS\s+${oneOf(NHS_PROGRAMMES)}\b`,
      String.raw`\bIAPT\b`,
      String.raw`\b${oneOf(NHS_USE_VERBS)}\s+(?:\w+\s+){0,3}?(?:by|in|across|through)\s+(?:the\s+|many\s+|\d+\s+)?NHS\b`,
      String.raw`\bavailable\s+(?:for\s+free\s+)?(?:on|through|via)\s+the\s+NHS\b`,
      String.raw`\bNHS\s+(?:trusts?|services?|organisations?)\s+(?:use|offer|commission|provide|recommend)\b`,
    ],
    'gu',
  ),
  // Germany's DiGA directory, ORCHA, the NHS DTAC, Australia's TGA, Health Canada.
  /\bDiGA\b|\bBfArM\b|\bORCHA\b|\bDTAC\b|\bDigital\s+Technology\s+Assessment\s+Criteria\b|\b(?:TGA|ARTG)[-\s](?:approved|registered|listed|included)|\bincluded\s+in\s+the\s+ARTG\b|\bHealth\s+Canada\s+(?:licen[sc]ed|approved|authori[sz]ed)\b/gu,
];

const WEAKER = [
  /\bFDA[-\s](?:registered|listed)\b|\bBreakthrough\s+Device\s+(?:designation|status)\b|\b(?:registered|certified|approved)\s+medical\s+device\b|\bmedical\s+device\s+(?:registered|certified|approved)\b/giu,
];

const SAYS = {
  met: 'The app’s page says a health body has checked or approved the app.',
  partial: 'The page says the app is listed with a health body, but not that it was approved.',
  not_met: 'The page does not say that a health body has checked the app.',
} as const;

export default defineCriterion({
  meta: {
    id: 'evidence.regulator',
    domain: 'evidence',
    title: 'Regulatory clearance or recognised endorsement',
    question: 'Does the page say that a health body has checked or approved the app?',
    weight: 2,
    needs: ['details'],
    anchors: ['Taher et al. 2025 rec. 2 ("Approved by...")', 'NICE Evidence Standards Framework tiers', 'FDA', 'UKCA/CE medical device', 'DiGA', 'ORCHA', 'DTAC'],
    sentences: SAYS,
    label: { order: 1, tells: ['flag', 'met', 'partial'] },
  },
  assess(ctx) {
    const cleared = findAny(ctx, CLEARED);
    if (cleared.length > 0) {
      return met(SAYS.met, cleared);
    }
    const weaker = findAny(ctx, WEAKER);
    if (weaker.length > 0) {
      return partial(SAYS.partial, weaker, ['Registration, listing or a designation is not clearance or approval.']);
    }
    return notMet(SAYS.not_met);
  },
});
