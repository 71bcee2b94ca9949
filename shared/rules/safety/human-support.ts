// safety.human-support – can real people help you through the app?
// Met when the page offers contact with therapists, coaches, counsellors or clinicians (chat,
// calls, sessions, escalation to human care); partial for peer support from other users or trained
// volunteers. Advice to see your own doctor, sharing reports with your therapist, testimonials and
// "our therapists wrote the content" are not support offered by the app.
import { anyOf, defineCriterion, findAny, met, notMet, oneOf, partial, type Around, type Hit } from '../kit/index.ts';

const PROFESSIONAL_QUALIFIERS = [
  'licensed', 'certified', 'qualified', 'accredited', 'professional', 'real', 'human', 'trained', 'expert', 'experienced',
  'dedicated', 'personal', 'registered', 'clinical', String.raw`board[-\s]certified`, String.raw`mental\s+health`,
];
const PROFESSIONALS = [
  'therapists?', 'psychotherapists?', 'coach(?:es)?', 'counsel+ors?', 'psychologists?', 'psychiatrists?', 'clinicians?', 'doctors?',
  'physicians?', 'nurses?', String.raw`care\s+(?:team|navigators?|managers?)`, 'providers?', 'professionals?', 'experts?',
  'specialists?', 'humans?', String.raw`real\s+(?:person|people)`,
];
/** "a licensed therapist", "our care team", "real people". */
const PROFESSIONAL = String.raw`(?:${oneOf(PROFESSIONAL_QUALIFIERS)}\s+)*${oneOf(PROFESSIONALS)}`;
const PEER = oneOf([
  'peers?', String.raw`peer\s+(?:supporters?|advocates?|mentors?|specialists?)`, 'volunteers?', 'listeners?', String.raw`community\s+members`,
  String.raw`other\s+(?:users|members|people)`,
]);

const CONTACT_VERBS = [
  'talk', 'chat', 'speak', 'message', 'text', 'connect', 'call', String.raw`video[-\s]?call`, 'meet', 'work', 'match(?:ed)?',
  String.raw`book(?:\s+(?:a\s+)?sessions?)?`, String.raw`get\s+(?:support|help|matched)`, String.raw`get\s+in\s+touch`,
];
/** "talk to a", "get matched with one of our", "book sessions with your". */
const CONTACT = String.raw`${oneOf(CONTACT_VERBS)}\s+(?:\w+\s+){0,2}?(?:with|to)\s+(?:a|an|your|our|the|one\s+of\s+our|real|\d+\+?)?\s*`;

const ONE_TO_ONE = [String.raw`1[-:]on[-:]1`, String.raw`one[-\s](?:on|to)[-\s]one`];
const PERSONAL_KINDS = [...ONE_TO_ONE, 'live', 'personal', 'human', 'professional', 'expert'];
const PERSONAL_CARE = ['support', 'coaching', 'therapy', 'counsel+ing', 'sessions?', 'care', 'guidance'];

const HUMAN = [
  new RegExp(String.raw`\b${CONTACT}${PROFESSIONAL}\b`, 'giu'),
  anyOf(
    [
      String.raw`\b(?:access|get|receive|offers?|provides?|includes?)\s+(?:to\s+)?(?:\w+\s+){0,2}?${oneOf(PERSONAL_KINDS)}\s+${oneOf(PERSONAL_CARE)}\b`,
      String.raw`\b${oneOf(ONE_TO_ONE)}\s+(?:sessions?|coaching|therapy|counsel+ing|video\s+calls?|chats?)\b`,
      String.raw`\b(?:online|video|live|text)\s+(?:therapy|counsel+ing)\s+(?:sessions?\s+)?(?:with|from)\s+${PROFESSIONAL}\b`,
    ],
    'giu',
  ),
  new RegExp(String.raw`\b${PROFESSIONAL}\s+(?:(?:are|is)\s+)?(?:available|on\s+hand|ready\s+to\s+(?:help|listen|chat|talk)|on\s+call)\b`, 'giu'),
];

const PEERS = [
  new RegExp(String.raw`\b${CONTACT}${PEER}\b`, 'giu'),
  /\bpeer[-\s](?:to[-\s]peer\s+)?support\b|\bsupport\s+(?:groups?|community)\b/giu,
];

// Advice ("talk to your doctor if…"), sharing one's data with one's own clinician, testimonials.
function offeredByTheApp(hit: Hit, { before }: Around): boolean {
  const t = hit.match.text;
  if (/\byour\s+(?:own\s+)?(?:doctor|physician|GP|therapist|psychiatrist|psychologist|provider|care\s+team|healthcare)/iu.test(t) && /\b(?:talk|speak|call|contact|consult|see)\b/iu.test(t)) {
    return false;
  }
  if (/\b(?:if|consult|seek|please|always|should|before|recommend|advise|encourage)\b/iu.test(before)) return false;
  if (/\b(?:share|send|export|show|email|print)\w*\b/iu.test(before)) return false;
  if (/["“”]|\b(?:my|I|I['’]ve|I['’]m)\b/u.test(before)) return false;
  // A virtual or AI "therapist" or "coach", or recorded video coaches, is not a person.
  if (/\b(?:virtual|AI|A\.I\.|bot|chat\s?bot|automated|digital|artificial|video|animated|avatar)\s*$|\b(?:virtual|AI|chat\s?bot|artificial)\b/iu.test(before)) return false;
  return true;
}

const SAYS = {
  met: 'The app’s page says you can talk to a real person, such as a therapist or coach.',
  partial: 'The page says you can talk to other people who use the app, but not to a health worker.',
  not_met: 'The page does not say that you can talk to a real person through the app.',
} as const;

export default defineCriterion({
  meta: {
    id: 'safety.human-support',
    domain: 'safety',
    title: 'Real people can help',
    question: 'Can you talk to a real person, like a therapist or coach, through the app?',
    weight: 1,
    needs: ['details'],
    anchors: ['Taher et al. 2025 (hybrid models)', 'MIND "Access to a Professional"'],
    sentences: SAYS,
    label: { order: 6, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const human = findAny(ctx, HUMAN, { keep: offeredByTheApp });
    if (human.length > 0) {
      return met(SAYS.met, human);
    }
    const peers = findAny(ctx, PEERS, { keep: offeredByTheApp });
    if (peers.length > 0) {
      return partial(SAYS.partial, peers);
    }
    return notMet(SAYS.not_met);
  },
});
