// safety.crisis – does the page tell you where to get help in a crisis?
// flag:    a number given as a crisis or emergency line is wrong for the service named beside it or
//          for the listing's region (CRISIS_LINES.md: a foreign number presented as local is wrong);
// met:     the page names a crisis service or an emergency number ("call Samaritans on 116 123",
//          "if you are in danger, call 911", "access national crisis hotlines");
// partial: it only says to seek help in a crisis, without a service or a number;
// not_met: nothing. Outdated numbers (the old US 1-800-273-8255) are noted, not flagged; numbers
// not in the directory are never called wrong on their own (they may be local services).
import {
  CRISIS_LINES,
  checkCrisisNumber,
  checkServiceNumber,
  normaliseRegion,
  type CrisisLine,
  type CrisisRegion,
  type NumberCheck,
} from '../../crisis-lines.ts';
import {
  anyOf,
  defineCriterion,
  findAny,
  findPhoneNumbers,
  flag,
  isNegated,
  met,
  notMet,
  oneOf,
  PAGE_SOURCES,
  partial,
  scanningCopy,
  type Hit,
  type ListingContext,
  type PhraseMatch,
  type QuoteSource,
  type Sentence,
} from '../kit/index.ts';

/** Words of a sentence about a crisis or an emergency. */
const CRISIS_TOPICS = [
  'crisis', 'crises', String.raw`suicid\w*`, String.raw`emergenc\w*`, 'helplines?', 'hotlines?', 'lifeline', 'danger',
  String.raw`self[-\s]?harm\w*`, String.raw`urgent\w*`, 'immediate(?:ly)?', String.raw`distress\w*`,
  String.raw`harm(?:ing)?\s+(?:yourself|others)`, String.raw`hurt(?:ing)?\s+yourself`, 'unsafe', String.raw`at\s+risk`, String.raw`24\/7`,
  String.raw`talk\s+to\s+someone`,
];
const CRISIS_CONTEXT = new RegExp(String.raw`\b${oneOf(CRISIS_TOPICS)}\b`, 'iu');

// Words that present a number as something to call or text.
const DIRECTIVE = /\b(?:call|dial|ring|phone|text|txt|contact|reach|telephone|tel|hotline|helpline|line|number|free(?:phone)?)\b[^.!?\n]{0,30}$|[:(]\s*$/iu;

// Generic crisis services: met when offered (not "this app is not a crisis line").
const CRISIS_SERVICE_KINDS = [
  'lines?', 'hotlines?', 'helplines?', String.raw`support\s+lines?`, 'services?', 'counsel+(?:ors?|ing)', 'cent(?:re|er)s?', 'teams?',
];
const HELPLINE_KINDS = [String.raw`mental\s+health`, 'national', 'local', String.raw`24\/7`, 'free', 'confidential'];
/** "a crisis text line", "suicide prevention hotlines", "a free confidential helpline". */
const CRISIS_SERVICES = new RegExp(
  String.raw`\b${oneOf([
    String.raw`crisis\s+(?:text\s+)?${oneOf(CRISIS_SERVICE_KINDS)}`,
    String.raw`suicide\s+(?:prevention\s+)?(?:hotlines?|helplines?|lifelines?|lines?)`,
    String.raw`${oneOf(HELPLINE_KINDS)}\s+(?:\w+\s+)?(?:helplines?|hotlines?)`,
  ])}\b`,
  'giu',
);

// Emergency departments and services count when the page tells you to use them ("go to A&E",
// "call emergency services"), not when it mentions them ("fewer A&E visits", "records for the ER").
const EMERGENCY_DIRECTED = anyOf(
  [
    String.raw`\b(?:go|head|get|come)\s+(?:straight\s+)?to\s+(?:the\s+|your\s+)?(?:nearest\s+|local\s+)?(?:A&E|ER|emergency\s+(?:room|department))\b`,
    String.raw`\b(?:call|dial|contact|phone|ring|alert|reach)\s+(?:\w+\s+){0,2}?(?:emergency\s+services|(?:your\s+)?(?:local\s+)?emergency\s+(?:number|services|line))\b`,
  ],
  'giu',
);

// Any helpline or hotline, when the sentence is about a crisis (not "our customer hotline").
const HELPLINES = /\b(?:help|hot)\s?lines?\b/giu;
const CRISIS_WORDS = /\b(?:crisis|crises|suicid\w*|emergenc\w*|danger|self[-\s]?harm\w*|distress\w*|abuse|assault|violence|urgent)\b/iu;

// Directory names that are also ordinary words ("Your Personal Lifeline", "shout about it") count
// only when the sentence also tells you how to reach them.
const COMMON_WORD_NAMES = /^(?:lifeline|shout|need\s+to\s+talk\??)$/iu;
const REACH = /\b(?:call|text|txt|dial|phone|ring|contact|reach|visit|talk\s+to|speak\s+to|chat\s+with|free(?:phone)?|helpline|24\/7)\b|\d{3}/iu;

// "This app is not a crisis line" is a limit, not a service.
function notDenied({ match }: Hit, { before }: { before: string }): boolean {
  return !match.negated && !/\b(?:not|never|no)\s+(?:\w+\s+){0,2}$/iu.test(before);
}

// Advice without a service: "seek help immediately", "crisis resources", "a safety plan".
const URGENCY = [
  'crisis', String.raw`emergenc\w*`, 'danger', String.raw`suicid\w*`, String.raw`self[-\s]?harm\w*`, 'immediately', String.raw`urgent\w*`,
  String.raw`right\s+away`,
];
const IN_A_CRISIS = [
  String.raw`in\s+(?:a|an|case\s+of(?:\s+an?)?)\s+(?:crisis|emergency)`,
  String.raw`if\s+you(?:['’]re|\s+are)\s+in\s+(?:crisis|danger)`,
  String.raw`thoughts\s+of\s+(?:suicide|self[-\s]?harm)`,
];
const GET_HELP = ['seek', 'get', 'contact', String.raw`reach\s+out`, 'talk', 'speak', String.raw`go\s+to`];
const CRISIS_ADVICE = anyOf(
  [
    String.raw`\b(?:crisis|emergency)\s+(?:resources?|support|information|contacts?|help|plans?)\b`,
    String.raw`\bsafety\s+plan(?:s|ning)?\b`,
    String.raw`\bseek\s+(?:\w+\s+){0,2}?(?:help|support|care)\b[^.!?\n]{0,40}\b${oneOf(URGENCY)}`,
    String.raw`\b${oneOf(IN_A_CRISIS)}\b[^.!?\n]{0,80}\b${oneOf(GET_HELP)}\b`,
  ],
  'giu',
);

// Countries named next to a number ("UK: 116 123").
const COUNTRY_WORDS: readonly [RegExp, CrisisRegion][] = [
  [/\b(?:UK|U\.K\.|United\s+Kingdom|Britain|England|Scotland|Wales|Northern\s+Ireland)\b/u, 'gb'],
  [/\b(?:Ireland|ROI|Éire)\b(?<!Northern\s+Ireland)/u, 'ie'],
  [/\b(?:US|USA|U\.S\.A?\.?|United\s+States|America)\b/u, 'us'],
  [/\b(?:Canada|Canadian)\b/u, 'ca'],
  [/\b(?:Australia|Australian|AU)\b/u, 'au'],
  [/\b(?:New\s+Zealand|NZ|Aotearoa)\b/u, 'nz'],
];

function countriesIn(text: string): CrisisRegion[] {
  return COUNTRY_WORDS.filter(([re]) => re.test(text)).map(([, r]) => r);
}

interface NamedService {
  line: CrisisLine;
  start: number;
  end: number;
}

/** Directory services named in a sentence (absolute offsets), longest names first, no overlaps. */
// Cheap test a sentence must pass before the directory's name patterns are tried (most do not).
const ANY_SERVICE_WORD = /samaritan|shout|nhs|child\s?line|papyrus|hope\s?line|pieta|text\s*about|suicide|lifeline|beyond\s?blue|kids\s+help|need\s+to\s+talk|1737/i;
const NAMED_SERVICES = CRISIS_LINES.filter((line) => !line.emergency);

function servicesIn(sentence: Sentence): NamedService[] {
  const found: NamedService[] = [];
  if (!ANY_SERVICE_WORD.test(sentence.text)) return found;
  for (const line of NAMED_SERVICES) {
    const re = scanningCopy(line.namePattern);
    for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      // A bare number (e.g. NZ's 1737) is judged as a number, and "a lifeline for…" is a metaphor.
      if (/^\d+$/u.test(m[0]) || !/^[\p{Lu}\d]/u.test(m[0])) continue;
      if (COMMON_WORD_NAMES.test(m[0].trim()) && !REACH.test(sentence.text)) continue;
      found.push({ line, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: NamedService[] = [];
  for (const s of found) {
    if (kept.some((k) => s.start < k.end && k.start < s.end && k.line.name !== s.line.name)) continue;
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

interface GivenNumber {
  text: string;
  digits: string;
  start: number;
  end: number;
  sentence: Sentence;
  check: NumberCheck;
}

const EMERGENCY_DIGITS = new Set(CRISIS_LINES.filter((l) => l.emergency).flatMap((l) => l.contacts.map((c) => c.digits)));

function regionName(region: CrisisRegion): string {
  return { gb: 'the UK', ie: 'Ireland', us: 'the US', ca: 'Canada', au: 'Australia', nz: 'New Zealand' }[region];
}

function contactsOf(line: CrisisLine): string {
  return line.contacts.map((c) => (c.kind === 'call' ? `call ${c.display}` : `text ${c.display}`)).join(', ');
}

/** Numbers the page presents as crisis or emergency lines, each checked. */
function givenNumbers(ctx: ListingContext, source: QuoteSource): GivenNumber[] {
  const out: GivenNumber[] = [];
  const listingRegion = normaliseRegion(ctx.listing.region);
  // Only sentences with a digit can give a number: most are skipped before any pattern runs.
  if (!/\d/u.test(ctx.text(source))) return out;
  for (const sentence of ctx.sentences(source)) {
    if (!/\d/u.test(sentence.text)) continue;
    const services = servicesIn(sentence);
    if (services.length === 0 && !CRISIS_CONTEXT.test(sentence.text)) continue;
    for (const phone of findPhoneNumbers(sentence.text)) {
      const start = sentence.start + phone.start;
      const end = sentence.start + phone.end;
      const before = sentence.text.slice(0, phone.start);
      // The service named nearest before the number, if it is right beside it.
      const beside = [...services].reverse().find((s) => s.end <= start && start - s.end <= 25);
      if (!beside && !DIRECTIVE.test(before)) continue;
      let check: NumberCheck;
      if (beside && !EMERGENCY_DIGITS.has(phone.digits)) {
        check = checkServiceNumber(beside.line, phone.digits);
      } else {
        // A country named in the sentence wins; several countries mean a list for many places.
        const countries = countriesIn(sentence.text);
        const region =
          countries.length > 1 ? null : (countries[0] ?? listingRegion ?? (services.length > 0 ? services[0]!.line.region : null));
        check = checkCrisisNumber(phone.digits, region);
        if (check.verdict === 'wrong' && countries.length === 0 && services.some((s) => s.line.contacts.some((c) => c.digits === phone.digits))) {
          // The number belongs to a service the sentence names: it is presented as that service.
          check = { verdict: 'correct', service: services.find((s) => s.line.contacts.some((c) => c.digits === phone.digits))!.line };
        }
      }
      out.push({ text: phone.text, digits: phone.digits, start, end, sentence, check });
    }
  }
  return out;
}

function asMatch(n: { sentence: Sentence; start: number; end: number; text: string }): PhraseMatch {
  return { sentence: n.sentence, start: n.start, end: n.end, text: n.text, negated: false, hedged: false };
}

function numberNote(n: GivenNumber, region: CrisisRegion | null): string | undefined {
  const { check } = n;
  if (check.verdict === 'outdated' && check.outdated) {
    return `"${n.text}" is outdated: it was the ${check.outdated.was}; it now forwards to the ${check.outdated.nowUse} (${check.service ? contactsOf(check.service) : 'see the directory'}).`;
  }
  if (check.verdict === 'wrong') {
    const where = check.service ? `${check.service.name} (${contactsOf(check.service)})` : 'the service in the directory';
    return region && check.service?.region === region
      ? `"${n.text}" is not a crisis number for ${regionName(region)}; use ${where}.`
      : `"${n.text}" is not the number of ${where}.`;
  }
  if (check.verdict === 'unrecognised') return `"${n.text}" is not in the MindLabel crisis directory; it may be a local service.`;
  return undefined;
}

const SAYS = {
  flag: 'The page gives a crisis number that is wrong, so it may not reach help.',
  met: 'The app’s page tells you where to get help in a crisis.',
  partial: 'The page says to get help in a crisis, but it does not name a service or a number.',
  not_met: 'The page does not say where to get help in a crisis.',
} as const;

export default defineCriterion({
  meta: {
    id: 'safety.crisis',
    domain: 'safety',
    title: 'Signposts crisis help',
    question: 'Does the page tell you where to get help in a crisis, with the right numbers?',
    weight: 3,
    needs: ['details'],
    anchors: ['Taher et al. 2025 rec. 6', 'MIND "Appropriately Advises Patient in Case of Emergency"', 'CRISIS_LINES.md'],
    sentences: SAYS,
    label: { order: 0, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const region = normaliseRegion(ctx.listing.region);
    const numbers: { source: QuoteSource; n: GivenNumber }[] = [];
    const named: Hit[] = [];
    for (const source of PAGE_SOURCES) {
      for (const n of givenNumbers(ctx, source)) numbers.push({ source, n });
      const sentences = ANY_SERVICE_WORD.test(ctx.text(source)) ? ctx.sentences(source) : [];
      for (const sentence of sentences) {
        for (const s of servicesIn(sentence)) {
          const match: PhraseMatch = {
            sentence,
            start: s.start,
            end: s.end,
            text: sentence.text.slice(s.start - sentence.start, s.end - sentence.start),
            negated: isNegated(sentence, s.start, s.end),
            hedged: false,
          };
          if (!match.negated) named.push({ source, match });
        }
      }
    }
    const notes = numbers.map(({ n }) => numberNote(n, region)).filter((x): x is string => x !== undefined);
    const wrong = numbers.filter(({ n }) => n.check.verdict === 'wrong');
    if (wrong.length > 0) {
      return flag(SAYS.flag, wrong.map(({ source, n }) => ({ source, match: asMatch(n) })), notes);
    }
    const generic = [
      ...findAny(ctx, [CRISIS_SERVICES, EMERGENCY_DIRECTED], { keep: notDenied }),
      ...findAny(ctx, [HELPLINES], { keep: (hit, a) => notDenied(hit, a) && CRISIS_WORDS.test(hit.match.sentence.text) }),
    ];
    const given: Hit[] = [...numbers.map(({ source, n }) => ({ source, match: asMatch(n) })), ...named, ...generic];
    if (given.length > 0) {
      const offers = given.some(({ match }) => /\b(?:24\/7|24\s+hours|free|confidential|any\s?time|day\s+or\s+night|talk|listen|text|chat)\b/iu.test(match.sentence.text));
      return met(SAYS.met, given, [...notes, offers ? 'Says what the service offers.' : 'Does not say what each service offers.']);
    }
    const advice = findAny(ctx, [CRISIS_ADVICE]);
    if (advice.length > 0) {
      return partial(SAYS.partial, advice);
    }
    return notMet(SAYS.not_met);
  },
});
