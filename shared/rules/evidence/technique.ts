// evidence.technique – does the page name a technique with evidence behind it?
// Only ever partial: a technique with a research base is not evidence that this app works
// (APA App Evaluation Model, level 3). Negated mentions ("not a substitute for CBT") do not count.
import { anyOf, defineCriterion, findAny, notMet, oneOf, partial } from '../kit/index.ts';

export const TECHNIQUES: readonly RegExp[] = [
  /\bCBT(?:-?I)?\b|\bcognitive[-\s]behaviou?ral\s+(?:therapy|treatment|techniques?|approach|methods?|skills|principles)\b|\bcognitive\s+behaviou?r\s+therapy\b/giu,
  /\bDBT\b|\bdialectical\s+behaviou?r(?:al)?\s+therapy\b/giu,
  // "ACT" in capitals is the therapy only with a therapy word or the full name nearby.
  /\bacceptance\s+(?:and|&)\s+commitment\s+therapy\b|\bACT\b(?=[-\s](?:therapy|skills?|techniques?|exercises?|principles|measures|practitioners?|approach|based|processes|matrix))|\(ACT\)/gu,
  /\bbehaviou?ral\s+activation\b|\bMBCT\b|\bmindfulness[-\s]based\s+(?:cognitive\s+therapy|stress\s+reduction)\b|\bMBSR\b/giu,
  anyOf(
    [
      String.raw`\bexposure\s+${oneOf(['therapy', String.raw`and\s+response\s+prevention`, 'exercises', 'hierarch(?:y|ies)'])}\b`,
      String.raw`\bERP\b`,
      String.raw`\bproblem[-\s]solving\s+(?:therapy|treatment)\b`,
      String.raw`\binterpersonal\s+(?:psycho)?therapy\b`,
      String.raw`\bmotivational\s+interviewing\b`,
      String.raw`\bcompassion[-\s]focu?s+ed\s+therapy\b`,
      String.raw`\bEMDR\b`,
      String.raw`\bschema\s+therapy\b`,
    ],
    'giu',
  ),
];

const SAYS = {
  partial: 'The page names a kind of therapy that has been studied, but that does not show this app works.',
  not_met: 'The page does not name a kind of therapy that has been studied.',
} as const;

export default defineCriterion({
  meta: {
    id: 'evidence.technique',
    domain: 'evidence',
    title: 'Names an evidence-based technique',
    question: 'Does the page name a kind of therapy that has been studied, like CBT?',
    weight: 1,
    needs: ['details'],
    anchors: ['APA App Evaluation Model level 3'],
    sentences: SAYS,
    label: { order: 5, tells: ['flag', 'met', 'partial'] },
  },
  assess(ctx) {
    const hits = findAny(ctx, TECHNIQUES);
    if (hits.length > 0) {
      return partial(SAYS.partial, hits, ['A named technique is not evidence that the app delivers it well or that it works.']);
    }
    return notMet(SAYS.not_met);
  },
});
