// What a privacy policy says about data leaving the app: each sentence that shares (or denies
// sharing) personal data, who receives it, and whether health data is involved. Computed once per
// listing and read by third-party-sharing, tracking-ads and label-conflict.
import {
  affirmedIn,
  clauseBefore,
  denied,
  isHeading,
  oneOf,
  without,
  words,
  type ListingContext,
  type PhraseMatch,
  type Sentence,
} from '../kit/index.ts';
import { DATA_OBJECT, DEIDENTIFIED, HEALTH_DATA, LEGAL_OR_TRANSFER, OTHER_COMPANY, SERVICE_PROVIDER } from './policy-phrases.ts';

/** Verbs that move data to someone else. Weak verbs ("provide", "send") need a data object too. */
export const SHARE_VERB = words([
  'shar(?:e|es|ed|ing)', 'disclos(?:e|es|ed|ing|ure)', 'transfer(?:s|red|ring)?', 'sell(?:s|ing)?', 'sold', 'rent(?:s|ed|ing)?',
  'trad(?:e|es|ed|ing)', 'provid(?:e|es|ed|ing)', String.raw`mak(?:e|es|ing)\s+(?:\S+\s+){0,3}?available`,
  String.raw`pass(?:es|ed|ing)?\s+(?:\S+\s+){0,3}?(?:on|along)`, 'send(?:s|ing)?', 'sent', 'transmit(?:s|ted|ting)?', 'releas(?:e|es|ed|ing)',
  String.raw`giv(?:e|es|en|ing)\s+(?:\S+\s+){0,2}?access`,
]);

/** Other companies gathering data themselves inside the app ("advertisers may collect…"). */
const COLLECTORS = [
  String.raw`third[- ]part(?:y|ies)(?:\s+(?:companies|services|partners|tools|SDKs|vendors))?`,
  String.raw`advertis(?:ers|ing\s+(?:networks?|partners?|companies))`,
  String.raw`ad\s+networks?`,
  String.raw`(?:our\s+)?partners`,
  String.raw`social\s+(?:media\s+)?(?:networks?|platforms?)`,
];
const COLLECTING = ['collect', 'receive', 'obtain', 'gather', 'track', 'place', 'set', String.raw`use\s+cookies`];
export const THIRD_PARTY_COLLECTION = new RegExp(String.raw`\b${oneOf(COLLECTORS)}\s+(?:\S+\s+){0,4}?${oneOf(COLLECTING)}\w*`, 'iu');

const SALE_VERB = /^(?:sell|sold|rent|trad)/iu;
// "Provide", "send", "transmit"… move data only when the recipient follows ("provide it to partners").
const WEAK_VERB = /^(?:provid|send|sent|transmit|releas|mak|pass|giv|transfer)/iu;

// "You may request information about our disclosures…" describes a right, not a practice.
const RIGHTS_REQUEST = /\byou\s+(?:may|can|have\s+the\s+right\s+to)\s+(?:request|ask\s+for|obtain)\s+(?:certain\s+)?(?:information|details|a\s+list)\b/iu;

// Strong clause breaks: the recipients of one verb stop here ("…to advertisers, but we share…").
const STRONG_BREAK = /[;]|\b(?:but|however|although|whereas|except|unless|other\s+than|apart\s+from)\b/giu;

// Generic recipients that, next to "service providers", describe the same service providers.
const GENERIC_RECIPIENT = /\b(?:third[- ]part(?:y|ies)|other\s+(?:companies|businesses|organi[sz]ations|parties)|outside\s+(?:companies|parties|organi[sz]ations))\b/giu;

export type Recipient = 'other' | 'service' | 'legal' | 'none';

export interface SharingStatement {
  /** The verb (or third-party collection phrase) the statement rests on. */
  match: PhraseMatch;
  recipient: Recipient;
  /** Health or other sensitive data is what is shared. */
  health: boolean;
  /** Only aggregated / de-identified data is shared. */
  deidentified: boolean;
}

export interface PolicySharing {
  /** Affirmed (or hedged) sharing of personal data with other companies. */
  shares: SharingStatement[];
  /** The subset of `shares` that involves health or sensitive data. */
  health: SharingStatement[];
  /** Sharing only with service providers, the law, or in a business transfer. */
  serviceOnly: SharingStatement[];
  /** Sharing of aggregated / de-identified data only. */
  deidentified: SharingStatement[];
  /** Statements that data is not shared or sold ("We do not share your personal information…"). */
  denials: PhraseMatch[];
}

/** The words around a match up to the nearest strong clause breaks on each side. */
export function scopeAround(sentence: Sentence, start: number, end: number): Sentence {
  const text = sentence.text;
  const from = start - sentence.start;
  const to = end - sentence.start;
  let left = 0;
  let right = text.length;
  STRONG_BREAK.lastIndex = 0;
  for (let m = STRONG_BREAK.exec(text); m; m = STRONG_BREAK.exec(text)) {
    if (m.index + m[0].length <= from) left = m.index + m[0].length;
    else if (m.index >= to) {
      right = m.index;
      break;
    }
  }
  return { text: text.slice(left, right), start: sentence.start + left, end: sentence.start + right };
}

/** Who receives data in a piece of text. Service providers beat generic "third parties". */
export function classifyRecipient(scope: string): Recipient {
  const hasService = SERVICE_PROVIDER.test(scope);
  const hasLegal = LEGAL_OR_TRANSFER.test(scope);
  const rest = without(scope, [SERVICE_PROVIDER, LEGAL_OR_TRANSFER]);
  const specific = without(rest, [GENERIC_RECIPIENT]);
  if (OTHER_COMPANY.test(specific)) return 'other';
  if (OTHER_COMPANY.test(rest)) return hasService || hasLegal ? (hasService ? 'service' : 'legal') : 'other';
  if (hasService) return 'service';
  if (hasLegal) return 'legal';
  return 'none';
}

/** The user shares something themselves ("you can share your progress with friends"). */
function userInitiated(match: PhraseMatch): boolean {
  const clause = clauseBefore(match.sentence, match.start);
  return /\b(?:you|users?)\b/iu.test(clause) && !/\b(?:we|us|our)\b/iu.test(clause);
}

const PERSONAL_DATA = /\bpersonal(?:ly\s+identifiable)?\s+(?:data|information|info)\b|\bPII\b/iu;

function statementFor(match: PhraseMatch, scope: Sentence, recipient: Recipient): SharingStatement {
  return {
    match,
    recipient,
    health: affirmedIn(scope, HEALTH_DATA),
    deidentified: DEIDENTIFIED.test(scope.text) && !PERSONAL_DATA.test(without(scope.text, [DEIDENTIFIED])),
  };
}

/**
 * The words that can name who receives data: what follows the verb ("share it with partners"),
 * or the whole clause for relatives ("partners with whom we share") and "third parties collect".
 * Weak verbs need "to"/"with" first, and "provide you with…" gives nothing away.
 */
function recipientText(match: PhraseMatch, scope: Sentence): string {
  if (THIRD_PARTY_COLLECTION.test(match.text)) return match.text;
  const after = scope.text.slice(match.end - scope.start);
  if (/^\s+by\b/iu.test(after)) return ''; // "disclosure by third parties": they are the actor
  if (WEAK_VERB.test(match.text)) {
    if (/^\s+(?:you|us)\b/iu.test(after)) return '';
    const to = /\b(?:to|with)\b/iu.exec(after);
    return to ? after.slice(to.index) : '';
  }
  const before = scope.text.slice(0, match.start - scope.start);
  return /\b(?:whom|with\s+which|to\s+which)\b[^,]*$/iu.test(before) ? scope.text : after;
}

/** Read every sharing statement of a policy (pure; see `policySharing` for the cached form). */
export function analyseSharing(ctx: ListingContext): PolicySharing {
  const result: PolicySharing = { shares: [], health: [], serviceOnly: [], deidentified: [], denials: [] };
  const source = 'privacy-policy' as const;
  const seen = new Set<number>();
  const deniedSentences = new Set<number>();
  const candidates = [...ctx.find(source, SHARE_VERB), ...ctx.find(source, THIRD_PARTY_COLLECTION)].sort(
    (a, b) => a.start - b.start,
  );
  for (const match of candidates) {
    const { sentence } = match;
    if (seen.has(sentence.start) || isHeading(sentence)) continue;
    const scope = scopeAround(sentence, match.start, match.end);
    const recipient = classifyRecipient(recipientText(match, scope));
    const aboutData =
      DATA_OBJECT.test(scope.text) || /\b(?:it|them)\b/iu.test(scope.text) || THIRD_PARTY_COLLECTION.test(match.text);
    if (recipient === 'none' || !aboutData) continue;
    if (denied(match)) {
      // "We never sell your data" says nothing about sharing it; only denials of sharing count.
      if (!deniedSentences.has(sentence.start) && !SALE_VERB.test(match.text)) {
        deniedSentences.add(sentence.start);
        result.denials.push(match);
      }
      continue;
    }
    if (userInitiated(match) || RIGHTS_REQUEST.test(sentence.text)) continue;
    seen.add(sentence.start);
    const statement = statementFor(match, scope, recipient);
    if (statement.recipient !== 'other') result.serviceOnly.push(statement);
    else if (statement.deidentified) result.deidentified.push(statement);
    else {
      result.shares.push(statement);
      if (statement.health) result.health.push(statement);
    }
  }
  // A sentence that both shares and denies ("we don't sell it, but we share it") is sharing.
  const sharing = new Set(result.shares.map((s) => s.match.sentence.start));
  result.denials = result.denials.filter((d) => !sharing.has(d.sentence.start));
  return result;
}

const cache = new WeakMap<ListingContext, PolicySharing>();

/** The sharing analysis of this listing's policy, computed once per context. */
export function policySharing(ctx: ListingContext): PolicySharing {
  let result = cache.get(ctx);
  if (!result) {
    result = analyseSharing(ctx);
    cache.set(ctx, result);
  }
  return result;
}
