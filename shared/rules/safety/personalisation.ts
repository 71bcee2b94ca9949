// safety.personalisation – does the app admit it cannot fully understand you?
// Met when the page says the app (or its AI) is not a human or cannot understand, read or tailor
// to you ("Wysa is an AI and can't…", "not a human therapist", "responses are general, not
// personal advice"); partial when it only says it is an AI or a bot.
import { anyOf, defineCriterion, findAny, met, notMet, oneOf, partial, type Around, type Hit } from '../kit/index.ts';

const REAL = ['human', 'real', 'live', 'licensed', 'qualified', 'trained', 'actual'];
const CARERS = ['therapists?', 'persons?', 'people', 'humans?', 'counsel+ors?', 'psychologists?', 'doctors?', 'clinicians?', 'professionals?', 'beings?'];
const A_CARER = ['human', 'person', 'therapist', 'counsel+or', 'psychologist', 'doctor', 'clinician'];
/** "a real therapist", "a human" – what the app says it is not. */
const NOT_HUMAN = anyOf([String.raw`\b${oneOf(REAL)}\s+${oneOf(CARERS)}\b`, String.raw`\b(?:a|an)\s+${oneOf(A_CARER)}\b`], 'giu');

const AI_SUBJECT = /\b(?:AI|A\.I\.|artificial\s+intelligence|bot|chat\s?bot|robot|machine|algorithm|computer\s+program(?:me)?|automated|virtual\s+(?:coach|companion|assistant|friend)|it|this\s+app|the\s+app)\b/iu;

const CANNOT_UNDERSTAND =
  /\b(?:understand|know|read|detect|recogni[sz]e|interpret|respond\s+to|handle|manage|personali[sz]e|tailor|fully\s+grasp|always\s+get\s+it\s+right|replace\s+human\s+(?:judgement|judgment|connection|contact|empathy))\b/giu;

const GENERAL = ['general', 'generic', 'automated', String.raw`computer[-\s]generated`, String.raw`ai[-\s]generated`];
const ADVICE = ['information', 'guidance', 'advice', 'responses?', 'answers?', 'suggestions?'];
const PERSONAL = ['personal(?:i[sz]ed)?', 'individual(?:i[sz]ed)?', 'tailored', 'medical'];
const WRONG = ['wrong', 'inaccurate', 'incorrect', 'mistaken', String.raw`make\s+mistakes`, String.raw`not\s+(?:be\s+)?(?:accurate|right|appropriate)`];
/** "general information, not personal advice", "answers may be wrong", "the AI can make mistakes". */
const GENERAL_ONLY = anyOf(
  [
    String.raw`\b${oneOf(GENERAL)}\s+${oneOf(ADVICE)}\b[^.!?\n]{0,40}?\bnot\s+${oneOf(PERSONAL)}\b`,
    String.raw`\b(?:responses?|answers?|replies|suggestions?)\s+(?:may|might|can|could)\s+(?:be\s+)?${oneOf(WRONG)}\b`,
    String.raw`\b(?:AI|bot|chat\s?bot)\s+(?:may|might|can|could)\s+make\s+mistakes\b`,
  ],
  'giu',
);

const IS_AI = /\b(?:is|am|['’]m|['’]s)\s+(?:an?\s+)?(?:\w+[-\s]){0,2}?(?:AI|artificial\s+intelligence|bot|chat\s?bot|robot)\b(?![-\s](?:powered|driven|based|generated))/gu;

// "X is not a human therapist" – the app or its AI is the subject of the denial.
function theAppIsNotHuman(hit: Hit, { before }: Around): boolean {
  return hit.match.negated && AI_SUBJECT.test(before) && !/\b(?:peers?|volunteers?|advocates?|listeners?|mentors?)\b/iu.test(before);
}

// "The AI cannot understand everything you say."
function theAppCannot(hit: Hit, { before }: Around): boolean {
  return hit.match.negated && AI_SUBJECT.test(before) && !/\b(?:you|users?|people|others|nobody)\s+(?:\w+\s+){0,2}$/iu.test(before);
}

const SAYS = {
  met: 'The app’s page says the app cannot understand you the way a person can.',
  partial: 'The page says the app is a computer program, but not what it cannot do.',
  not_met: 'The page does not say what the app cannot understand about you.',
} as const;

export default defineCriterion({
  meta: {
    id: 'safety.personalisation',
    domain: 'safety',
    title: 'Admits its limits',
    question: 'Does the page say the app cannot fully understand you, like a person could?',
    weight: 1,
    needs: ['details'],
    anchors: ['Taher et al. 2025 rec. 3'],
    sentences: SAYS,
    label: { order: 4, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const admits = [
      ...findAny(ctx, [NOT_HUMAN], { negated: 'keep', keep: theAppIsNotHuman }),
      ...findAny(ctx, [CANNOT_UNDERSTAND], { negated: 'keep', keep: theAppCannot }),
      ...findAny(ctx, [GENERAL_ONLY]),
    ];
    if (admits.length > 0) {
      return met(SAYS.met, admits);
    }
    const ai = findAny(ctx, [IS_AI]);
    if (ai.length > 0) {
      return partial(SAYS.partial, ai);
    }
    return notMet(SAYS.not_met);
  },
});
