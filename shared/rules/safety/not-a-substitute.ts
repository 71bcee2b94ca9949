// safety.not-a-substitute – does the page say what the app cannot do?
// Met when it says the app does not replace professional care ("not a substitute for medical
// advice", "does not replace your therapist", "supports, not replaces, care"); partial for
// narrower limits ("not a medical device", "for information only", "cannot diagnose", "not for
// emergencies"). A sentence where the replacing is about something else ("find healthier
// substitutes", "do not replace your medication without…") does not count.
import { anyOf, defineCriterion, findAny, met, notMet, oneOf, partial, type Around, type Hit } from '../kit/index.ts';

// The replacing word; its negation is judged per clause by the matcher.
const REPLACE = /\b(?:substitut(?:e|es|ed|ing|ion)|replace(?:s|d|ment)?|replacing|alternative|in\s+(?:place|lieu)\s+of|instead\s+of|stand[-\s]in)\b/giu;

// What must not be replaced: professional care, within the next words of the sentence.
const PROFESSIONAL_CARE = [
  'professional', 'medical', 'clinical', 'clinician', 'doctors?', 'physicians?', 'GPs?', String.raw`psychiatr\w*`, String.raw`psycholog\w*`,
  String.raw`therap\w*`, 'counsel+(?:ing|ors?)', 'treatment', String.raw`diagnos\w*`, 'healthcare', String.raw`health\s+care`,
  String.raw`health\s+(?:professional|provider|service)s?`, String.raw`mental\s+health\s+(?:care|services?|support|professionals?)`,
  String.raw`care\s+(?:team|provider)s?`, String.raw`emergency\s+services`, String.raw`crisis\s+services?`,
  String.raw`(?:qualified|licensed|trained)\s+\w+`,
];
const CARE = new RegExp(String.raw`^[^.;!?]{0,80}?\b${oneOf(PROFESSIONAL_CARE)}\b`, 'iu');

// Replacing one's medication is about the medication, not about the app.
const MEDICATION_FIRST = /^\s*(?:your\s+|any\s+|the\s+)?(?:medication|medicine|prescription|pills|drugs)\b/iu;
// "not only / not just a replacement" says the opposite of a limit.
const NOT_ONLY = /\bnot\s+(?:only|just|simply|merely)\s+(?:\w+\s+){0,3}$/iu;

function limitsCare(hit: Hit, { before, after }: Around): boolean {
  if (!hit.match.negated) return false;
  if (NOT_ONLY.test(before) || MEDICATION_FIRST.test(after)) return false;
  return CARE.test(after);
}

/** What a doctor does: "diagnose", "provide a diagnosis", "offer medical advice". */
const MEDICAL_SERVICES = [
  'diagnose',
  String.raw`provide\s+(?:a\s+)?(?:medical\s+)?diagnos[ie]s`,
  String.raw`give\s+(?:you\s+)?(?:a\s+)?(?:medical\s+)?diagnos[ie]s`,
  String.raw`offer\s+(?:medical\s+)?(?:advice|treatment)`,
  String.raw`provide\s+(?:medical\s+)?(?:advice|treatment|therapy)`,
];

// Narrower statements of what the app is not or cannot do, each stated with a negation
// ("is not a medical device", "cannot diagnose", "not for emergencies")…
const NARROWER_DENIED = [
  /\bmedical\s+device\b/giu,
  anyOf(
    [
      String.raw`\b(?:intended|designed|meant|able|used)\s+to\s+(?:diagnose|treat|cure|prevent)\b`,
      String.raw`\b${oneOf(MEDICAL_SERVICES)}\b`,
      String.raw`\bfor\s+(?:medical\s+)?(?:diagnos[ie]s|medical\s+use|medical\s+purposes|treatment)\b`,
    ],
    'giu',
  ),
  /\b(?:for|in)\s+(?:use\s+in\s+)?(?:an?\s+)?(?:emergenc(?:y|ies)|crisis|crises)\b|\b(?:crisis|emergency)\s+(?:service|line|helpline|hotline|counsel+ors?)\b/giu,
];
// …or affirmed ("for educational purposes only").
const NARROWER_AFFIRMED = [
  /\bfor\s+(?:general\s+)?(?:informational|information|educational|education|entertainment|self[-\s]help|wellness|wellbeing|well-being|relaxation)\s+(?:purposes?\s+|use\s+)?only\b/giu,
];

// "is not a medical device" names what the app is; "does not drive any medical device" does not.
function deniedOfTheApp({ match }: Hit, { before }: Around): boolean {
  if (!match.negated) return false;
  if (/^medical\s+device$/iu.test(match.text)) return /\b(?:is|be|as|nor|neither)\s+(?:\w+\s+){0,3}$/iu.test(before);
  return true;
}

const SAYS = {
  met: 'The app’s page says it does not take the place of a doctor or therapist.',
  partial: 'The page says some things the app cannot do, but not that it cannot take the place of a doctor.',
  not_met: 'The page does not say that the app cannot take the place of a doctor.',
} as const;

export default defineCriterion({
  meta: {
    id: 'safety.not-a-substitute',
    domain: 'safety',
    title: 'Says what it cannot do',
    question: 'Does the page say the app is not a replacement for a doctor or therapist?',
    weight: 2,
    needs: ['details'],
    anchors: ['MIND "Use Warning"', 'Taher et al. 2025 rec. 7'],
    sentences: SAYS,
    label: { order: 2, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const replaces = findAny(ctx, [REPLACE], { negated: 'keep', keep: limitsCare });
    if (replaces.length > 0) {
      return met(SAYS.met, replaces);
    }
    const narrower = [
      ...findAny(ctx, NARROWER_DENIED, { negated: 'keep', keep: deniedOfTheApp }),
      ...findAny(ctx, NARROWER_AFFIRMED),
    ];
    if (narrower.length > 0) {
      return partial(SAYS.partial, narrower);
    }
    return notMet(SAYS.not_met);
  },
});
