// safety.progress – can you see whether the app is helping?
// Met for validated check-ins (PHQ-9, GAD-7, WEMWBS…) or progress/mood tracking and reports, as the
// rubric lists them; the clinician note says whether the page also advises seeking other help when
// things do not improve (the best practice).
import { anyOf, defineCriterion, findAny, met, notMet, oneOf } from '../kit/index.ts';

/** Validated questionnaires, by their usual short names (upper case: "isi" and "audit" are words). */
const QUESTIONNAIRES = [
  String.raw`PHQ[-\s]?(?:9|8|2|A)?`, String.raw`GAD[-\s]?(?:7|2)`, 'WEMWBS', 'SWEMWBS', 'EPDS', String.raw`PCL[-\s]?5`, String.raw`K[-\s]?10`,
  'Kessler', 'ISI', String.raw`AUDIT(?:[-\s]C)?`, String.raw`DASS[-\s]?21`, String.raw`CORE[-\s]?10`, String.raw`PSS[-\s]?10`,
];
const MEASURES = ['questionnaires?', 'measures?', 'scales?', 'assessments?', String.raw`check[-\s]?ins?`, 'screenings?', 'tools?'];
const VALIDATED = anyOf([String.raw`\b${oneOf(QUESTIONNAIRES)}\b`, String.raw`\bvalidated\s+${oneOf(MEASURES)}\b`], 'gu');

const TRACKING_VERBS = ['track', 'monitor', 'chart', 'measure', 'follow', 'see', 'review', 'visuali[sz]e', 'log'];
const TRACKED = [
  'progress', 'improvements?', 'mood', 'moods', 'symptoms', 'wellbeing', 'well-being', String.raw`how\s+you(?:['’]re|\s+are)\s+(?:doing|feeling)`,
];
const TRACKERS = [
  'trackers?', 'tracking', 'charts?', 'graphs?', 'reports?', 'insights', 'history', String.raw`check[-\s]?ins?`, 'logs?', 'diary',
  'journal', 'scores?',
];
/** "track your mood", "a mood tracker", "weekly reports", "daily check-ins". */
const TRACKING = anyOf(
  [
    String.raw`\b${oneOf(TRACKING_VERBS)}\w*\s+(?:\w+\s+){0,2}?${oneOf(TRACKED)}\b`,
    String.raw`\b(?:mood|symptom|progress|emotion|wellbeing)\s+${oneOf(TRACKERS)}\b`,
    String.raw`\b(?:progress|weekly|monthly)\s+(?:reports?|summar(?:y|ies))\b`,
    String.raw`\b(?:daily|weekly)\s+check[-\s]?ins?\b`,
  ],
  'giu',
);

const NO_IMPROVEMENT =
  /\b(?:if|when)\s+(?:you\s+(?:do\s+not|don['’]t)\s+(?:feel|get|see)\s+(?:any\s+)?(?:better|improvement)|(?:things|symptoms|your\s+\w+)\s+(?:do\s+not|don['’]t)\s+improve|(?:there\s+is\s+)?no\s+improvement)/giu;

const SAYS = {
  met: {
    checks: 'The app’s page says you can fill in short health checks to see if it is helping.',
    tracking: 'The app’s page says you can track how you feel, to see if it is helping.',
  },
  not_met: 'The page does not say how you can check if the app is helping.',
} as const;

export default defineCriterion({
  meta: {
    id: 'safety.progress',
    domain: 'safety',
    title: 'Tracks whether it helps',
    question: 'Does the app let you check if it is helping you?',
    weight: 1,
    needs: ['details'],
    anchors: ['Taher et al. 2025 rec. 5', 'PHQ-9', 'GAD-7'],
    sentences: SAYS,
    label: { order: 5, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const validated = findAny(ctx, [VALIDATED]);
    const tracking = findAny(ctx, [TRACKING]);
    if (validated.length === 0 && tracking.length === 0) {
      return notMet(SAYS.not_met);
    }
    const advice = findAny(ctx, [NO_IMPROVEMENT]);
    const notes = [
      validated.length > 0 ? 'Names a validated questionnaire.' : 'Tracking only; no validated questionnaire named.',
      advice.length > 0 ? 'Advises what to do if there is no improvement.' : 'Does not say what to do if there is no improvement.',
    ];
    return met(validated.length > 0 ? SAYS.met.checks : SAYS.met.tracking, [...validated, ...tracking, ...advice], notes);
  },
});
