// Vocabulary the privacy criteria share: who data goes to, what counts as health data, and the
// small sentence helpers the policy analyses use. Patterns are data; the criteria decide.
import type { Quote } from '../../schema/finding.ts';
import type { QuoteSource } from '../../schema/listing.ts';
import type { Sentence } from '../../text/sentences.ts';
import type { ListingContext } from '../../text/context.ts';
import type { Verdict } from '../types.ts';
import { quoteMatch } from '../../text/context.ts';
import { clauseBefore, isNegated, type PhraseMatch } from '../../text/match.ts';

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

/** Words that take a thing out of a list ("except health data", "other than your mood"). */
const EXCLUDED_BEFORE = /\b(?:except(?:\s+for)?|excluding|other\s+than|apart\s+from|but\s+not|besides)\s+(?:\S+\s+){0,3}$/iu;

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

// ---------------------------------------------------------------------------------------------
// Sentence helpers.

/**
 * A heading ("Sharing with third parties", "DATA TRANSFER TO THIRD-PARTY APPLICATIONS") states
 * nothing: a short line without closing punctuation or a subject.
 */
export function isHeading(sentence: Sentence): boolean {
  const words = sentence.text.split(/\s+/u).length;
  // "Personal Data We Share with Third Parties." – title case, even with a full stop.
  const capitalised = sentence.text.match(/\b\p{Lu}/gu)?.length ?? 0;
  if (words <= 12 && capitalised >= Math.max(3, words * 0.6)) return true;
  if (/[.!?;:]["'”’)]*$/u.test(sentence.text)) return false;
  return words <= 12 && !/\b(?:we|us|our|you|your|they|it|is|are|will|may|can|do|does|never)\b/iu.test(sentence.text);
}

/** Whether `pattern` occurs within `before`/`after` characters of a match, in its sentence. */
export function near(match: PhraseMatch, pattern: RegExp, before = 60, after = 60): boolean {
  const { sentence } = match;
  const from = Math.max(0, match.start - sentence.start - before);
  const to = Math.min(sentence.text.length, match.end - sentence.start + after);
  return pattern.test(sentence.text.slice(from, to));
}

// A list continued after a comma keeps the negation of its head: "We do not sell, rent, or share
// your data" denies all three. (shared/text/match.ts stops negation at the comma.)
// After "or" the continuation may carry its own verb ("…, or sell it to brokers") but not a new
// subject; after "and" only a bare list item ("sell, rent and share") continues the negation.
const LIST_CONTINUATION =
  /^(?:(?:[\p{L}-]+\s+)?(?:and\/or|or|nor|and)(?:\s+to)?|(?:[\p{L}-]+\s+)?(?:or|nor)\s+(?!(?:we|they|you|he|she|i|it)\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,3})?$/iu;
const STRONG_BREAK_BEFORE = /[;:]|\b(?:but|however|although|though|whereas|except|unless|instead|yet|while)\b/giu;
const NEGATION_WORD =
  /\b(?:not|no|never|n['’]t|cannot|neither|nor|none|nothing|nobody|without|refrain\s+from|refuses?\s+to)\b|\w+n['’]t\b/iu;

/** Negated by its own clause, or by the head of the list it continues. */
export function negatedAt(sentence: Sentence, start: number, end: number): boolean {
  if (isNegated(sentence, start, end)) return true;
  if (!LIST_CONTINUATION.test(clauseBefore(sentence, start).trim())) return false;
  const head = sentence.text.slice(0, start - sentence.start);
  let from = 0;
  STRONG_BREAK_BEFORE.lastIndex = 0;
  for (let m = STRONG_BREAK_BEFORE.exec(head); m; m = STRONG_BREAK_BEFORE.exec(head)) from = m.index + m[0].length;
  return NEGATION_WORD.test(head.slice(from));
}

/** `match.negated`, extended to negated lists (see `negatedAt`). */
export function denied(match: PhraseMatch): boolean {
  return match.negated || negatedAt(match.sentence, match.start, match.end);
}

/** Affirmed occurrences of `pattern` inside one sentence (not negated, not "except …"). */
export function affirmedIn(sentence: Sentence, pattern: RegExp): boolean {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const start = sentence.start + m.index;
    const before = sentence.text.slice(0, m.index);
    if (EXCLUDED_BEFORE.test(before)) continue;
    if (negatedAt(sentence, start, start + m[0].length)) continue;
    return true;
  }
  return false;
}

/** Whether `pattern` occurs anywhere in the sentence. */
export function mentions(sentence: Sentence, pattern: RegExp): boolean {
  return new RegExp(pattern.source, pattern.flags.replace('g', '')).test(sentence.text);
}

/** The sentence text with every match of the given patterns blanked out (keeps offsets). */
export function without(text: string, patterns: readonly RegExp[]): string {
  let out = text;
  for (const p of patterns) {
    const re = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
    out = out.replace(re, (s) => ' '.repeat(s.length));
  }
  return out;
}

/** One quote per sentence, at most `limit`, in text order. */
export function quotes(source: QuoteSource, matches: readonly PhraseMatch[], limit = 2): Quote[] {
  const seen = new Set<number>();
  const out: Quote[] = [];
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (seen.has(m.sentence.start)) continue;
    seen.add(m.sentence.start);
    out.push(quoteMatch(source, m));
    if (out.length >= limit) break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The store's structured sections are rendered as lines; these helpers quote whole lines.

export interface Line {
  text: string;
  start: number;
  end: number;
}

/** The non-empty lines of a source with their offsets (`text === source.slice(start, end)`). */
export function lines(ctx: ListingContext, source: QuoteSource): Line[] {
  const text = ctx.text(source);
  const out: Line[] = [];
  const re = /[^\n]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ text: body, start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/** A quote of one whole line (windowed to the usual quote length when very long). */
export function quoteLine(source: QuoteSource, line: Line): Quote {
  const sentence: Sentence = { text: line.text, start: line.start, end: line.end };
  return quoteMatch(source, { sentence, start: line.start, end: Math.min(line.end, line.start + 80) });
}

/** Quotes of the lines that pass `test`, at most `limit`, the ones passing `first` before others. */
export function quoteLines(
  ctx: ListingContext,
  source: QuoteSource,
  test: (line: string) => boolean,
  limit = 2,
  first: (line: string) => boolean = () => false,
): Quote[] {
  const hits = lines(ctx, source).filter((l) => test(l.text));
  hits.sort((a, b) => Number(first(b.text)) - Number(first(a.text)) || a.start - b.start);
  return hits.slice(0, limit).map((l) => quoteLine(source, l));
}

/** Lower-case join for notes ("Health info, Email address"). */
export function listWords(items: readonly string[], limit = 4): string {
  const unique = [...new Set(items)];
  const shown = unique.slice(0, limit);
  return unique.length > limit ? `${shown.join(', ')} and more` : shown.join(', ');
}

/** The honest answer when the parts a criterion compares were not both gathered. */
export function couldNotCheck(note?: string): Verdict {
  return { status: 'unknown', sentence: 'We could not check this.', quotes: [], ...(note ? { notes: [note] } : {}) };
}
