// Vocabulary the privacy criteria share: who data goes to, what counts as health data, which store
// categories are sensitive. Patterns are data; the criteria decide.
import { oneOf, words } from '../kit/index.ts';

// ---------------------------------------------------------------------------------------------
// Data objects: what a sentence must be about for a verb like "share" to be data sharing.

/** Personal data named as such ("your personal information", "user data", "your answers"). */
const WHOSE_DATA = [
  'personal', 'personally identifiable', 'user', 'usage', 'customer', 'health', 'medical', 'device', 'location', 'contact', 'profile',
  'account', 'sensitive', 'your', 'such', 'this', 'the', 'any', 'that', 'these', 'those', 'collected', 'non-personal',
];
const DATA_WORDS = [
  'data', 'information', 'info', 'details', 'records?', 'content', 'entries', 'answers', 'responses', 'identifiers?',
  String.raw`e-?mail\s+address(?:es)?`, 'IDs?',
];
export const DATA_OBJECT = new RegExp(String.raw`\b(?:${oneOf(WHOSE_DATA)}\s+)?${oneOf(DATA_WORDS)}\b|\bPII\b|\bPHI\b`, 'iu');

/**
 * Health and other sensitive data: the things a mental-health app user least wants to travel.
 * Bare "health" is not enough ("health care providers", "Health Insurance Portability…").
 */
const MENTAL_HEALTH_DATA = [
  String.raw`(?:mental[- ])?health(?:[- ]related)?\s+(?:data|information|info|records?|conditions?|status|history|metrics)`,
  String.raw`medical\s+(?:data|information|records?|history|conditions?)`,
  String.raw`mood(?:s|\s+(?:data|entries|logs?|ratings?|scores?|tracking))?`,
  'symptoms?',
  'diagnos[ie]s',
  String.raw`journal(?:ing)?(?:\s+entries)?`,
  String.raw`diary(?:\s+entries)?`,
  String.raw`therapy\s+(?:notes|sessions?|content|conversations?)`,
  String.raw`session\s+notes`,
  String.raw`(?:chat|conversation)s?\s+with\s+(?:your\s+)?(?:therapist|coach|counsel+or)s?`,
  'feelings',
  'emotions',
  String.raw`emotional\s+(?:state|data|health)`,
];
const REPRODUCTIVE_DATA = [
  String.raw`menstrua\w+`,
  String.raw`(?:period|cycle|fertility|ovulation|pregnancy)\s+(?:data|information|tracking|logs?)`,
  'pregnan(?:t|cy)',
  'fertility',
  'ovulation',
  String.raw`sexual\s+(?:activity|health|orientation|life)`,
  String.raw`sex\s+life`,
];
const SPECIAL_CATEGORY_DATA = [
  String.raw`religious\s+(?:or\s+philosophical\s+)?beliefs`,
  String.raw`racial\s+or\s+ethnic`,
  String.raw`biometric\s+(?:data|information)`,
  String.raw`heart\s+rate`,
  'medications?',
  'prescriptions?',
  'self[- ]assessments?',
  String.raw`(?:answers|responses)\s+to\s+(?:the\s+|our\s+|any\s+)?(?:questionnaires?|assessments?|surveys?|check[- ]ins?)`,
  'PHQ-?9',
  'GAD-?7',
  String.raw`special\s+categor(?:y|ies)\s+of\s+(?:personal\s+)?data`,
  String.raw`sensitive\s+(?:personal\s+)?(?:data|information)`,
];
export const HEALTH_DATA = words([...MENTAL_HEALTH_DATA, ...REPRODUCTIVE_DATA, ...SPECIAL_CATEGORY_DATA]);

/** Data that no longer identifies anyone; stores and laws treat sharing it differently. */
export const DEIDENTIFIED =
  /\b(?:aggregat\w+|de-?identified|anonymi[sz]\w+|anonymous|pseudonymi[sz]\w+|non-personal|not\s+personally\s+identifiable|(?:does|do|cannot|can't)\s+not?\s*(?:be\s+used\s+to\s+)?identify)\b/iu;

// ---------------------------------------------------------------------------------------------
// Recipients: who data goes to. Service providers, the law and business transfers are listed
// separately because stores do not count them as "sharing" (Google Play's data-safety rules).

/** Companies acting on the app's behalf: hosting, payment, support, processors. */
export const SERVICE_PROVIDER = words([
  String.raw`(?:third[- ]party\s+)?(?:service|hosting|cloud|payment|technology|IT|email|support)\s+providers?`,
  String.raw`(?:data\s+)?(?:sub-?)?processors?`,
  'vendors?',
  'contractors?',
  'suppliers?',
  'agents',
  String.raw`on\s+(?:our|its|their)\s+behalf`,
  String.raw`(?:companies|organi[sz]ations|businesses|parties)\s+(?:that|who|which)\s+(?:help|assist|support|work\s+for|perform|provide\s+services)`,
  String.raw`(?:help|assist)\s+us\s+(?:to\s+)?(?:operate|run|provide|deliver|maintain)`,
  String.raw`analytics\s+(?:services?|providers?|tools?)`,
]);

/** Disclosures the law compels, and business transfers (merger, sale of the company). */
const THE_LAW = [
  String.raw`law\s+enforcement`,
  'police',
  'courts?',
  String.raw`government(?:al)?\s+(?:agenc(?:y|ies)|authorit(?:y|ies)|bodies|officials)`,
  String.raw`public\s+authorit(?:y|ies)`,
  'regulators?',
  'authorities',
  String.raw`required\s+(?:to\s+do\s+so\s+)?by\s+law`,
  String.raw`legal\s+(?:process|obligations?|requirements?|claims?|rights)`,
  'subpoenas?',
  String.raw`court\s+orders?`,
  'warrants?',
  String.raw`comply\s+with`,
  String.raw`protect\s+(?:the\s+)?(?:rights|safety)`,
];
const BUSINESS_TRANSFERS = [
  'merger',
  'acquisition',
  'reorgani[sz]ation',
  'bankruptcy',
  'insolvency',
  'successors?',
  String.raw`acquir(?:er|ing\s+(?:company|entity))`,
  String.raw`sale\s+of\s+(?:all|substantially|part|a\s+portion|some|any|our|its)\b[^.]{0,40}?(?:assets|business|company|shares|stock)`,
];
export const LEGAL_OR_TRANSFER = words([...THE_LAW, ...BUSINESS_TRANSFERS]);

/**
 * Recipients whose receipt is sharing in the plain sense: other companies that use the data for
 * their own ends (advertisers, partners, brokers, researchers, insurers, employers, social networks).
 */
const PARTNER_KINDS = [
  'business', 'marketing', 'advertising', 'ad', 'commercial', 'research', 'trusted', 'strategic', 'integration', 'media',
  String.raw`social\s+media`, 'affiliate',
];
const OTHER_COMPANIES = [
  'third[- ]part(?:y|ies)',
  String.raw`other\s+(?:companies|businesses|organi[sz]ations|parties)`,
  String.raw`outside\s+(?:companies|parties|organi[sz]ations)`,
  String.raw`${oneOf(PARTNER_KINDS)}?\s*partners?`,
  String.raw`advertis(?:ers|ing\s+(?:networks?|companies|platforms?|providers?|services?))`,
  String.raw`ad\s+networks?`,
  String.raw`data\s+(?:brokers?|aggregators?|resellers?)`,
  String.raw`market(?:ing)?\s+research\s+(?:companies|firms)`,
  String.raw`research(?:ers|\s+institutions?|\s+organi[sz]ations)`,
  String.raw`(?:pharmaceutical|pharma|insurance)\s+companies`,
  'insurers?',
  'employers?',
  'sponsors?',
  'affiliates?',
  'subsidiaries',
  String.raw`sister\s+companies`,
];
/** Companies and platforms known for taking data for their own ends. */
const DATA_TAKERS = ['Facebook', String.raw`Meta\s+Platforms`, 'AdMob', 'TikTok', 'Snapchat', 'AppsFlyer'];
export const OTHER_COMPANY = words([...OTHER_COMPANIES, ...DATA_TAKERS, String.raw`anyone(?:\s+else)?`, 'anybody']);

/** Advertising and cross-app tracking, as policies describe it. */
const TARGETED = ['targeted', 'interest[- ]based', 'personali[sz]ed', 'behaviou?ral', 'tailored', 'relevant', 'customi[sz]ed'];
const AD_MACHINERY = [
  'networks?', 'partners?', 'companies', 'providers?', 'platforms?', 'identifiers?', 'IDs?', 'cookies', 'purposes', 'campaigns?',
];
const ADVERTISING_PRACTICES = [
  String.raw`${oneOf(TARGETED)}\s+(?:ads|adverts?|advertis\w+|marketing)`,
  String.raw`(?:advertising|ad)\s+${oneOf(AD_MACHINERY)}`,
  String.raw`for\s+(?:advertising|marketing)(?:\s+(?:and|or)\s+(?:advertising|marketing))?(?:\s+purposes)?`,
  String.raw`(?:show|serve|display|deliver)(?:s|ing)?\s+(?:you\s+)?(?:ads|adverts|advertisements|advertising)`,
  String.raw`retarget\w*`,
  're-?marketing',
  String.raw`cross[- ](?:site|app|device|context)\s+(?:tracking|advertising)`,
  String.raw`track(?:s|ing)?\s+you\s+across`,
];
/** Advertising and tracking tools, by name. */
const AD_TOOLS = [
  String.raw`Facebook\s+Pixel`, String.raw`Meta\s+Pixel`, String.raw`Google\s+(?:Ads|AdMob|AdSense|Ad\s+Manager)`, 'AdMob', 'DoubleClick',
  'IDFA', String.raw`advertising\s+ID`,
];
export const ADVERTISING = words([
  ...ADVERTISING_PRACTICES,
  ...AD_TOOLS,
  String.raw`(?:use|used|using)\s+(?:\S+\s+){0,6}?(?:for|in)\s+(?:advertising|marketing)`,
]);

// ---------------------------------------------------------------------------------------------
// Store categories that hold health or other sensitive data.

/** Google Play data-safety categories/types and Apple privacy-label categories that are sensitive. */
export const SENSITIVE_STORE_CATEGORY =
  /\b(?:Health\s+(?:and|&)\s+fitness|Health\s+info|Fitness\s+info|Messages|Sensitive\s+Info|Sexual\s+orientation|Race\s+and\s+ethnicity|Political\s+or\s+religious\s+beliefs)\b/iu;

/** Store purposes that mean advertising ("Advertising or marketing", "Third-Party Advertising"). */
export const STORE_AD_PURPOSE = /\b(?:Advertising\s+or\s+marketing|Third-Party\s+Advertising|Developer['’]s\s+Advertising(?:\s+or\s+Marketing)?)\b/iu;
