// safety.side-effects – does the page warn that you might feel worse?
// Met when it names possible negative effects of using the app: feeling worse at first, a
// temporary rise in anxiety, distressing or triggering content, "side effects". Partial when it
// only says what to do if you feel worse ("if your symptoms get worse, see your doctor").
// Marketing ("never feel worse again", "no side effects") is negated and does not count, nor are
// side effects of medication that a tracker logs.
import { anyOf, defineCriterion, findAny, met, notMet, oneOf, partial, type Around, type Hit } from '../kit/index.ts';

const WORSE = String.raw`(?:feel(?:ing)?\s+(?:a\s+(?:bit|little)\s+|somewhat\s+|even\s+)?worse|(?:symptoms|anxiety|mood|distress|feelings)\s+(?:may|might|can|could)\s+(?:temporarily\s+|briefly\s+|initially\s+)?(?:get\s+worse|worsen|increase|rise|intensify))`;

/** The app's own work, as the subject of a warning: "this exercise can make you feel worse". */
const APP_WORK = ['app', 'exercises?', 'practices?', 'programme', 'program', 'course', 'therapy', 'treatment', 'sessions?', 'techniques?'];
/** Who may feel worse: "you may", "some people", "it is normal to", "this exercise can make you". */
const WHO_MAY_FEEL_WORSE = [
  String.raw`you\s+(?:may|might|could|can|will\s+sometimes|sometimes)`,
  String.raw`(?:some|many|a\s+few)\s+(?:people|users|of\s+us)(?:\s+(?:may|might|can|could|will|sometimes))?`,
  String.raw`it\s*(?:is|['’]s)\s+(?:normal|common|ok(?:ay)?|natural|possible)\s+to`,
  String.raw`(?:this|the|our)\s+${oneOf(APP_WORK)}\s+(?:may|might|could|can)\s+(?:\w+\s+){0,2}?(?:make\s+you|leave\s+you)`,
];
/** For a while only: "at first", "before you feel better", "for a few days". */
const FOR_A_WHILE = [
  String.raw`at\s+first`,
  String.raw`before\s+(?:you|they|we|it)\s+(?:feel|gets?|starts?)`,
  'initially',
  'temporarily',
  String.raw`for\s+a\s+(?:while|short\s+time|few\s+days)`,
  String.raw`when\s+you\s+(?:start|begin)`,
];
const SIDE_EFFECTS = [String.raw`side[-\s]effects?`, String.raw`adverse\s+(?:effects?|events?|reactions?)`, String.raw`unwanted\s+effects?`];
const MAYBE = ['may', 'might', 'can', 'could', 'possible', 'potential', 'rare', 'mild', 'temporary', 'any', 'some'];
const WHAT_CAUSES_THEM = [
  'this', 'the', 'using', 'our', 'meditation', 'mindfulness', 'breathwork', 'breathing', 'hypnosis', 'therapy',
  String.raw`the\s+(?:app|programme|program|exercises?|practice)`,
];
const CONTENT = ['content', 'topics?', 'material', 'exercises?', 'stories', 'sessions?', 'themes?'];
const UPSETTING = ['upsetting', 'distressing', 'triggering', 'difficult', 'uncomfortable', 'disturbing', String.raw`bring\s+up`, String.raw`stir\s+up`];
const HARD_FEELINGS = ['difficult', 'painful', 'uncomfortable', 'strong', 'upsetting', 'distressing'];

const WARNINGS = [
  // "You may feel worse at first", "some people feel a little worse", "this exercise can make you
  // feel worse for a while" – the person or the app's own work is the subject, not "anxiety".
  new RegExp(String.raw`\b${oneOf(WHO_MAY_FEEL_WORSE)}\s+${WORSE}`, 'giu'),
  new RegExp(String.raw`\b${WORSE}\s+${oneOf(FOR_A_WHILE)}\b`, 'giu'),
  /\b(?:temporary|short[-\s]term|initial|brief)\s+(?:increase|rise|spike|worsening)\s+(?:in\s+)?(?:\w+\s+){0,2}?(?:anxiety|distress|symptoms|low\s+mood|sadness|discomfort)\b/giu,
  // "Side effects" framed as a warning, not a tracker feature ("log side effects").
  anyOf(
    [
      String.raw`\b${oneOf(MAYBE)}\s+(?:\w+\s+){0,2}?${oneOf(SIDE_EFFECTS)}\b`,
      String.raw`\b(?:side[-\s]effects?|adverse\s+effects?)\s+(?:of|from)\s+${oneOf(WHAT_CAUSES_THEM)}\b`,
      String.raw`\b(?:side[-\s]effects?|adverse\s+effects?)\s+(?:may|might|can|could|include|are)\b`,
    ],
    'giu',
  ),
  // Content that may upset: "some content may be distressing", "trigger warnings".
  anyOf(
    [
      String.raw`\b${oneOf(CONTENT)}\s+(?:\w+\s+){0,3}?(?:may|might|can|could)\s+(?:be\s+)?${oneOf(UPSETTING)}\b`,
      String.raw`\b(?:trigger|content)\s+warnings?\b`,
      String.raw`\b${oneOf(HARD_FEELINGS)}\s+(?:emotions|feelings|memories|thoughts)\s+(?:may|might|can|could)\s+(?:come\s+up|arise|surface|be\s+stirred)\b`,
    ],
    'giu',
  ),
];

// "If you feel worse, talk to your doctor" – advice, not a warning that the app may cause it.
const IF_WORSE = new RegExp(String.raw`\b(?:if|should)\s+(?:you\s+(?:start\s+to\s+|begin\s+to\s+|ever\s+)?|your\s+)?(?:${WORSE}|symptoms\s+(?:get\s+worse|worsen|persist|continue)|(?:you\s+)?(?:get|are\s+getting)\s+worse)`, 'giu');

// Side effects of something tracked (medication, vaccines), or product marketing.
const TRACKED = /\b(?:track|log|record|monitor|note|report|medications?|medicines?|drugs?|pills?|vaccines?|doses?|prescriptions?|treatments?)\b/iu;

function aboutTheApp(hit: Hit, { before, after }: Around): boolean {
  if (/side|adverse|unwanted/iu.test(hit.match.text)) {
    if (TRACKED.test(before) || TRACKED.test(after.slice(0, 40))) return false;
    // "no side effects", "drug-free and without side effects" – marketing.
    if (/\b(?:no|zero|without|free\s+(?:of|from))\s+(?:\w+\s+)?$/iu.test(before)) return false;
  }
  // "never feel worse again" is a promise, not a warning.
  if (/\bagain\b/iu.test(after.slice(0, 12))) return false;
  return true;
}

const SAYS = {
  met: 'The app’s page says that you might feel worse for a while.',
  partial: 'The page says what to do if you feel worse, but not that the app may cause it.',
  not_met: 'The page does not say what to do if you feel worse.',
} as const;

export default defineCriterion({
  meta: {
    id: 'safety.side-effects',
    domain: 'safety',
    title: 'Warns you might feel worse',
    question: 'Does the page warn that you might feel worse for a while?',
    weight: 2,
    needs: ['details'],
    anchors: ['Taher et al. 2025 rec. 1 and 4'],
    sentences: SAYS,
    label: { order: 1, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const warnings = findAny(ctx, WARNINGS, { keep: aboutTheApp });
    if (warnings.length > 0) {
      return met(SAYS.met, warnings);
    }
    const advice = findAny(ctx, [IF_WORSE], { keep: aboutTheApp });
    if (advice.length > 0) {
      return partial(SAYS.partial, advice);
    }
    return notMet(SAYS.not_met);
  },
});
