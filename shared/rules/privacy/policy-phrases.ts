// Vocabulary the privacy criteria share: who data goes to, what counts as health data, which store
// categories are sensitive. Patterns are data; the criteria decide.

// ---------------------------------------------------------------------------------------------
// Data objects: what a sentence must be about for a verb like "share" to be data sharing.

/** Personal data named as such ("your personal information", "user data", "your answers"). */
export const DATA_OBJECT =
  /\b(?:(?:personal|personally identifiable|user|usage|customer|health|medical|device|location|contact|profile|account|sensitive|your|such|this|the|any|that|these|those|collected|non-personal)\s+)?(?:data|information|info|details|records?|content|entries|answers|responses|identifiers?|e-?mail\s+address(?:es)?|IDs?)\b|\bPII\b|\bPHI\b/iu;

/**
 * Health and other sensitive data: the things a mental-health app user least wants to travel.
 * Bare "health" is not enough ("health care providers", "Health Insurance Portability…").
 */
export const HEALTH_DATA =
  /\b(?:(?:mental[- ])?health(?:[- ]related)?\s+(?:data|information|info|records?|conditions?|status|history|metrics)|medical\s+(?:data|information|records?|history|conditions?)|mood(?:s|\s+(?:data|entries|logs?|ratings?|scores?|tracking))?|symptoms?|diagnos[ie]s|journal(?:ing)?(?:\s+entries)?|diary(?:\s+entries)?|therapy\s+(?:notes|sessions?|content|conversations?)|session\s+notes|(?:chat|conversation)s?\s+with\s+(?:your\s+)?(?:therapist|coach|counsel+or)s?|feelings|emotions|emotional\s+(?:state|data|health)|menstrua\w+|(?:period|cycle|fertility|ovulation|pregnancy)\s+(?:data|information|tracking|logs?)|pregnan(?:t|cy)|fertility|ovulation|sexual\s+(?:activity|health|orientation|life)|sex\s+life|religious\s+(?:or\s+philosophical\s+)?beliefs|racial\s+or\s+ethnic|biometric\s+(?:data|information)|heart\s+rate|medications?|prescriptions?|self[- ]assessments?|(?:answers|responses)\s+to\s+(?:the\s+|our\s+|any\s+)?(?:questionnaires?|assessments?|surveys?|check[- ]ins?)|PHQ-?9|GAD-?7|special\s+categor(?:y|ies)\s+of\s+(?:personal\s+)?data|sensitive\s+(?:personal\s+)?(?:data|information))\b/iu;

/** Data that no longer identifies anyone; stores and laws treat sharing it differently. */
export const DEIDENTIFIED =
  /\b(?:aggregat\w+|de-?identified|anonymi[sz]\w+|anonymous|pseudonymi[sz]\w+|non-personal|not\s+personally\s+identifiable|(?:does|do|cannot|can't)\s+not?\s*(?:be\s+used\s+to\s+)?identify)\b/iu;

// ---------------------------------------------------------------------------------------------
// Recipients: who data goes to. Service providers, the law and business transfers are listed
// separately because stores do not count them as "sharing" (Google Play's data-safety rules).

/** Companies acting on the app's behalf: hosting, payment, support, processors. */
export const SERVICE_PROVIDER =
  /\b(?:(?:third[- ]party\s+)?(?:service|hosting|cloud|payment|technology|IT|email|support)\s+providers?|(?:data\s+)?(?:sub-?)?processors?|vendors?|contractors?|suppliers?|agents|on\s+(?:our|its|their)\s+behalf|(?:companies|organi[sz]ations|businesses|parties)\s+(?:that|who|which)\s+(?:help|assist|support|work\s+for|perform|provide\s+services)|(?:help|assist)\s+us\s+(?:to\s+)?(?:operate|run|provide|deliver|maintain)|analytics\s+(?:services?|providers?|tools?))\b/iu;

/** Disclosures the law compels, and business transfers (merger, sale of the company). */
export const LEGAL_OR_TRANSFER =
  /\b(?:law\s+enforcement|police|courts?|government(?:al)?\s+(?:agenc(?:y|ies)|authorit(?:y|ies)|bodies|officials)|public\s+authorit(?:y|ies)|regulators?|authorities|required\s+(?:to\s+do\s+so\s+)?by\s+law|legal\s+(?:process|obligations?|requirements?|claims?|rights)|subpoenas?|court\s+orders?|warrants?|comply\s+with|protect\s+(?:the\s+)?(?:rights|safety)|merger|acquisition|reorgani[sz]ation|bankruptcy|insolvency|successors?|acquir(?:er|ing\s+(?:company|entity))|sale\s+of\s+(?:all|substantially|part|a\s+portion|some|any|our|its)\b[^.]{0,40}?(?:assets|business|company|shares|stock))\b/iu;

/**
 * Recipients whose receipt is sharing in the plain sense: other companies that use the data for
 * their own ends (advertisers, partners, brokers, researchers, insurers, employers, social networks).
 */
export const OTHER_COMPANY =
  /\b(?:third[- ]part(?:y|ies)|other\s+(?:companies|businesses|organi[sz]ations|parties)|outside\s+(?:companies|parties|organi[sz]ations)|(?:business|marketing|advertising|ad|commercial|research|trusted|strategic|integration|media|social\s+media|affiliate)?\s*partners?|advertis(?:ers|ing\s+(?:networks?|companies|platforms?|providers?|services?))|ad\s+networks?|data\s+(?:brokers?|aggregators?|resellers?)|market(?:ing)?\s+research\s+(?:companies|firms)|research(?:ers|\s+institutions?|\s+organi[sz]ations)|(?:pharmaceutical|pharma|insurance)\s+companies|insurers?|employers?|sponsors?|affiliates?|subsidiaries|sister\s+companies|Facebook|Meta\s+Platforms|AdMob|TikTok|Snapchat|AppsFlyer|anyone(?:\s+else)?|anybody)\b/iu;

/** Advertising and cross-app tracking, as policies describe it. */
export const ADVERTISING =
  /\b(?:(?:targeted|interest[- ]based|personali[sz]ed|behaviou?ral|tailored|relevant|customi[sz]ed)\s+(?:ads|adverts?|advertis\w+|marketing)|(?:advertising|ad)\s+(?:networks?|partners?|companies|providers?|platforms?|identifiers?|IDs?|cookies|purposes|campaigns?)|for\s+(?:advertising|marketing)(?:\s+(?:and|or)\s+(?:advertising|marketing))?(?:\s+purposes)?|(?:show|serve|display|deliver)(?:s|ing)?\s+(?:you\s+)?(?:ads|adverts|advertisements|advertising)|retarget\w*|re-?marketing|cross[- ](?:site|app|device|context)\s+(?:tracking|advertising)|track(?:s|ing)?\s+you\s+across|Facebook\s+Pixel|Meta\s+Pixel|Google\s+(?:Ads|AdMob|AdSense|Ad\s+Manager)|AdMob|DoubleClick|IDFA|advertising\s+ID|(?:use|used|using)\s+(?:\S+\s+){0,6}?(?:for|in)\s+(?:advertising|marketing))\b/iu;

// ---------------------------------------------------------------------------------------------
// Store categories that hold health or other sensitive data.

/** Google Play data-safety categories/types and Apple privacy-label categories that are sensitive. */
export const SENSITIVE_STORE_CATEGORY =
  /\b(?:Health\s+(?:and|&)\s+fitness|Health\s+info|Fitness\s+info|Messages|Sensitive\s+Info|Sexual\s+orientation|Race\s+and\s+ethnicity|Political\s+or\s+religious\s+beliefs)\b/iu;

/** Store purposes that mean advertising ("Advertising or marketing", "Third-Party Advertising"). */
export const STORE_AD_PURPOSE = /\b(?:Advertising\s+or\s+marketing|Third-Party\s+Advertising|Developer['’]s\s+Advertising(?:\s+or\s+Marketing)?)\b/iu;
