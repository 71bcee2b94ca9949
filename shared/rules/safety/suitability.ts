// safety.suitability – does the page say who the app is for, and who it is not for?
// Met when it names people it is not suitable for (severity, age, conditions such as psychosis or
// eating disorders, people in crisis) or an onboarding check of suitability; partial when it only
// says who it is for ("designed for adults with mild anxiety").
import { anyOf, defineCriterion, findAny, met, notMet, oneOf, partial, type Around, type Hit } from '../kit/index.ts';

const PEOPLE = oneOf([
  'people', 'persons', 'those', 'anyone', 'individuals', 'users', 'patients', 'children', 'kids', 'minors', 'teens', 'teenagers',
  'adolescents', String.raw`young\s+people`, 'adults', 'women', 'men', 'someone', 'you',
]);

const FIT_WORDS = ['suitable', 'intended', 'designed', 'meant', 'appropriate', 'recommended', 'right', 'safe', 'made', 'built'];
/** Who an exclusion names: people, an age, or a severity. */
const EXCLUDED = [
  PEOPLE,
  String.raw`anyone\s+under`,
  String.raw`(?:people|those|anyone)\s+(?:with|who|in|experiencing|under|younger)`,
  String.raw`under\s+(?:the\s+age\s+of\s+)?\d{1,2}`,
  String.raw`ages?\s+(?:under|below)`,
  'severe',
  'serious',
  'acute',
];

// Exclusions: "not suitable for people with psychosis", "not intended for children under 13",
// "if you have severe depression, this app is not right for you", "you must be 18 or over".
const EXCLUSIONS = [
  new RegExp(String.raw`\b${oneOf(FIT_WORDS)}\s+(?:\w+\s+){0,2}?for\s+(?:use\s+by\s+)?(?:\w+\s+){0,2}?${oneOf(EXCLUDED)}\b`, 'giu'),
  /\b(?:must|need\s+to|have\s+to|should)\s+be\s+(?:at\s+least\s+|over\s+(?:the\s+age\s+of\s+)?|aged\s+)?\d{1,2}\s*(?:\+|years?(?:\s+old)?|or\s+(?:older|over|above))/giu,
  /\b(?:under|younger\s+than|below\s+the\s+age\s+of)\s+\d{1,2}\b[^.!?\n]{0,40}?\b(?:should|must|may|can|are)\s+not\b|\b(?:under|younger\s+than)\s+\d{1,2}s?\s+(?:are|is)\s+not\s+(?:allowed|permitted|eligible)\b/giu,
  // A check at sign-up of whether the app fits ("a short questionnaire checks the app is right for you").
  /\b(?:screening|suitability|eligibility)\s+(?:questionnaire|quiz|check|assessment|questions)\b/giu,
];

// Who it is for: "designed for adults with mild to moderate anxiety", "for people living with…".
const MADE_FOR = ['designed', 'intended', 'made', 'built', 'created', 'meant', 'developed', 'suitable', 'ideal', 'perfect', 'tailored'];
const LIVING_WITH = [
  'with', 'who', String.raw`living\s+with`, 'experiencing', String.raw`affected\s+by`, 'recovering', 'aged', 'over', 'under', 'in',
  'struggling', 'suffering', 'dealing',
];
const AUDIENCE = anyOf(
  [
    String.raw`\b${oneOf(MADE_FOR)}\s+(?:\w+\s+){0,2}?for\s+(?:\w+\s+){0,3}?${PEOPLE}\s+${oneOf(LIVING_WITH)}\b`,
    String.raw`\bfor\s+(?:${PEOPLE})\s+(?:aged\s+\d{1,2}|(?:over|under)\s+\d{1,2}|\d{1,2}\s*(?:-|–|to)\s*\d{1,2})\b`,
    String.raw`\b(?:for\s+)?ages?\s+\d{1,2}\s*(?:\+|(?:-|–|to)\s*\d{1,2})`,
  ],
  'giu',
);

// Exclusion patterns need the denial ("not suitable for…") unless the words themselves restrict.
function restricts(hit: Hit, { before }: Around): boolean {
  const t = hit.match.text;
  if (/^(?:suitable|intended|designed|meant|appropriate|recommended|right|safe|made|built)\b/iu.test(t)) {
    // Only a denial makes these an exclusion; "not intended for diagnosis" is about use, not people.
    return hit.match.negated || /\b(?:not|never|no\s+longer)\s+(?:\w+\s+){0,2}$/iu.test(before);
  }
  return !hit.match.negated;
}

const SAYS = {
  met: 'The app’s page says who the app is not right for.',
  partial: 'The page says who the app is for, but not who it is not right for.',
  not_met: 'The page does not say who the app is right for, or who should not use it.',
} as const;

export default defineCriterion({
  meta: {
    id: 'safety.suitability',
    domain: 'safety',
    title: 'Says who it is for and not for',
    question: 'Does the page say who the app is not right for?',
    weight: 2,
    needs: ['details'],
    anchors: ['Taher et al. 2025 rec. 7', 'NICE ESF: intended population'],
    sentences: SAYS,
    label: { order: 3, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const exclusions = findAny(ctx, EXCLUSIONS, { negated: 'keep', keep: restricts });
    if (exclusions.length > 0) {
      return met(SAYS.met, exclusions);
    }
    const audience = findAny(ctx, [AUDIENCE]);
    if (audience.length > 0) {
      return partial(SAYS.partial, audience);
    }
    return notMet(SAYS.not_met);
  },
});
