// evidence.clinicians – was the app made with clinicians or researchers?
// Met when the page ties the app's making to named clinical or academic people or bodies
// ("developed by clinical psychologists", "in partnership with the University of Oxford", "our
// clinical advisory board"); partial for unnamed "experts" or "scientists". Being recommended or
// used by doctors, or chatting with therapists, is not involvement in making the app.
import { defineCriterion, findAny, met, notMet, partial, type Around } from '../kit/index.ts';

const MAKING =
  String.raw`(?:developed|created|designed|co-?designed|co-?created|co-?developed|built|made|written|authored|founded|led|curated|produced|reviewed|vetted|validated|informed|guided|backed|overseen|supervised|tested)\s+(?:(?:\w+ly|together|jointly)\s+)?(?:by|with|alongside|in\s+(?:partnership|collaboration|consultation|conjunction)\s+with)`;

const CLINICAL =
  String.raw`(?:(?:clinical|licensed|board[-\s]certified|qualified|accredited|experienced|leading|practicing|practising|registered|chartered)\s+)*(?:psychologists?|psychiatrists?|psychotherapists?|clinicians?|therapists?|counsel+ors?|doctors?|physicians?|nurses?|neuroscientists?|researchers?|academics?|professors?|(?:mental\s+)?health(?:care)?\s+professionals?|medical\s+(?:experts?|professionals?|doctors?|team)|clinical\s+(?:experts?|team|advisors?|advisers?)|universit(?:y|ies)|medical\s+school|hospitals?|NHS(?:\s+(?:Foundation\s+)?trusts?)?|research\s+(?:group|team|institute|cent(?:re|er)|council)|institutes?\s+of\s+[A-Z]\w+|Dr\.?\s+[A-Z]\w*|Prof\.?\s+[A-Z]\w*|Professor\s+[A-Z]\w*|[A-Z]\w+\s+University|University\s+of\s+[A-Z]\w*)`;

const VAGUE_EXPERTS = String.raw`(?:(?:leading|top|world[-\s]class|renowned|expert|mental\s+health)\s+)*(?:experts?|scientists?|specialists?|professionals?)`;

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
