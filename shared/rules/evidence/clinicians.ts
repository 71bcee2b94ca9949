// evidence.clinicians – was the app made with clinicians or researchers?
// Met when the page ties the app's making to named clinical or academic people or bodies
// ("developed by clinical psychologists", "in partnership with the University of Oxford", "our
// clinical advisory board"); partial for unnamed "experts" or "scientists". Being recommended or
// used by doctors, or chatting with therapists, is not involvement in making the app.
import { defineCriterion, findAny, met, notMet, oneOf, partial, type Around } from '../kit/index.ts';

const MAKING_VERBS = [
  'developed', 'created', 'designed', 'co-?designed', 'co-?created', 'co-?developed', 'built', 'made', 'written', 'authored',
  'founded', 'led', 'curated', 'produced', 'reviewed', 'vetted', 'validated', 'informed', 'guided', 'backed', 'overseen',
  'supervised', 'tested',
];
const TOGETHER_WITH = ['by', 'with', 'alongside', String.raw`in\s+(?:partnership|collaboration|consultation|conjunction)\s+with`];
/** "developed by", "co-designed with", "created in partnership with". */
const MAKING = String.raw`${oneOf(MAKING_VERBS)}\s+(?:(?:\w+ly|together|jointly)\s+)?${oneOf(TOGETHER_WITH)}`;

const CLINICAL_QUALIFIERS = [
  'clinical', 'licensed', String.raw`board[-\s]certified`, 'qualified', 'accredited', 'experienced', 'leading', 'practicing',
  'practising', 'registered', 'chartered',
];
const CLINICAL_ROLES = [
  'psychologists?', 'psychiatrists?', 'psychotherapists?', 'clinicians?', 'therapists?', 'counsel+ors?', 'doctors?', 'physicians?',
  'nurses?', 'neuroscientists?', 'researchers?', 'academics?', 'professors?', String.raw`(?:mental\s+)?health(?:care)?\s+professionals?`,
  String.raw`medical\s+(?:experts?|professionals?|doctors?|team)`, String.raw`clinical\s+(?:experts?|team|advisors?|advisers?)`,
];
const CLINICAL_BODIES = [
  'universit(?:y|ies)', String.raw`medical\s+school`, 'hospitals?', String.raw`NHS(?:\s+(?:Foundation\s+)?trusts?)?`,
  String.raw`research\s+(?:group|team|institute|cent(?:re|er)|council)`, String.raw`institutes?\s+of\s+[A-Z]\w+`,
];
const NAMED_ACADEMICS = [
  String.raw`Dr\.?\s+[A-Z]\w*`, String.raw`Prof\.?\s+[A-Z]\w*`, String.raw`Professor\s+[A-Z]\w*`, String.raw`[A-Z]\w+\s+University`,
  String.raw`University\s+of\s+[A-Z]\w*`,
];
/** Clinical or academic people and bodies: "licensed psychologists", "the University of Oxford". */
const CLINICAL = String.raw`(?:${oneOf(CLINICAL_QUALIFIERS)}\s+)*${oneOf([...CLINICAL_ROLES, ...CLINICAL_BODIES, ...NAMED_ACADEMICS])}`;

const EXPERT_QUALIFIERS = ['leading', 'top', String.raw`world[-\s]class`, 'renowned', 'expert', String.raw`mental\s+health`];
const VAGUE_EXPERTS = String.raw`(?:${oneOf(EXPERT_QUALIFIERS)}\s+)*${oneOf(['experts?', 'scientists?', 'specialists?', 'professionals?'])}`;

// "developed by clinical psychologists", "in partnership with the University of Oxford".
const MADE_BY_CLINICIANS = new RegExp(String.raw`\b${MAKING}\s+(?:[\w'’,&-]+\s+){0,8}?${CLINICAL}\b`, 'giu');
// "a team of psychologists created…", "our clinical advisory board".
const CLINICAL_TEAM = new RegExp(
  String.raw`\b(?:team|panel|board)\s+of\s+(?:[\w'’-]+\s+){0,3}?${CLINICAL}\b|\b(?:clinical|scientific|medical)\s+advisory\s+(?:board|panel|council)\b|\b(?:created|developed|designed|founded)\s+at\s+(?:the\s+)?(?:University|[A-Z]\w+\s+University)\b`,
  'giu',
);
const MADE_BY_EXPERTS = new RegExp(String.raw`\b${MAKING}\s+(?:[\w'’,&-]+\s+){0,6}?${VAGUE_EXPERTS}\b`, 'giu');

// Not about making the app: the user's own plan "can be developed with a professional", or a
// group or session "led by a therapist" (that is support, judged by safety.human-support).
function aboutMakingTheApp(_: unknown, { before }: Around): boolean {
  if (/\b(?:intended|meant|designed|able)\s+to\s+be\s*$|\b(?:can|could|should|may)\s+(?:also\s+)?be\s*$|\byou\s+(?:can\s+)?$/iu.test(before)) return false;
  return !/\b(?:groups?|sessions?|class(?:es)?|meetings?|workshops?|calls?|webinars?|circles?)\s*,?\s*$/iu.test(before);
}

const SAYS = {
  met: 'The app’s page says health experts helped make the app.',
  partial: 'The page says experts helped make the app, but it does not say who they are.',
  not_met: 'The page does not say that health experts helped make the app.',
} as const;

export default defineCriterion({
  meta: {
    id: 'evidence.clinicians',
    domain: 'evidence',
    title: 'Made with clinicians or researchers',
    question: 'Does the page say that health experts helped make the app?',
    weight: 1,
    needs: ['details'],
    anchors: ['ORCHA professional assurance', 'PsyberGuide clinical input'],
    sentences: SAYS,
    label: { order: 4, tells: ['flag', 'met', 'partial'] },
  },
  assess(ctx) {
    const named = findAny(ctx, [MADE_BY_CLINICIANS, CLINICAL_TEAM], { keep: aboutMakingTheApp });
    if (named.length > 0) {
      return met(SAYS.met, named);
    }
    const vague = findAny(ctx, [MADE_BY_EXPERTS], { keep: aboutMakingTheApp });
    if (vague.length > 0) {
      return partial(SAYS.partial, vague);
    }
    return notMet(SAYS.not_met);
  },
});
