// privacy.who-can-see – Says who can see your data. People fear their answers reaching their care
// team, employer or insurer without consent (Taher et al. 2025, theme 3); naming who has access –
// or who does not – is the disclosure. Legal-demand boilerplate alone is only partial.
import { defineCriterion, hitsIn, isHeading, met, near, notMet, partial, oneOf, quotesOf, words, type ListingContext, type PhraseMatch } from '../kit/index.ts';
import { DATA_OBJECT } from './policy-phrases.ts';

/** People or bodies who might see the data, as the user would name them. */
const CARERS = [
  'therapists?', 'counsel+ors?', 'clinicians?', 'coach(?:es)?', String.raw`care\s+team`, String.raw`care\s+providers?`, 'doctors?', 'GPs?',
  'physicians?', 'psychologists?', 'psychiatrists?', 'nurses?', String.raw`health\s*care\s+(?:providers?|professionals?|team)`,
];
const PEOPLE = words([
  String.raw`(?:our|its|the\s+company['’]s)\s+(?:employees|staff|team|personnel|workers)`,
  String.raw`(?:authori[sz]ed|designated|limited)\s+(?:employees|staff|personnel|members\s+of\s+(?:our\s+)?staff|individuals|people)`,
  'employees',
  String.raw`staff\s+members`,
  String.raw`(?:your\s+)?${oneOf(CARERS)}`,
  String.raw`(?:your\s+)?employer`,
  String.raw`(?:your\s+)?(?:health\s+)?insur(?:er|ers|ance\s+(?:company|companies|provider))`,
  String.raw`(?:other\s+)?users\s+of\s+the\s+(?:app|service)`,
  String.raw`other\s+(?:users|members)`,
  String.raw`the\s+public`,
  'publicly',
  String.raw`(?:parents?|guardians?)(?!\s+compan)`,
  String.raw`(?:your\s+)?(?:family|friends)`,
  'moderators?',
]);

/** Access the way policies describe it. */
const ACCESS =
  /\b(?:access(?:es|ed|ing)?|see|sees|seen|view(?:s|ed|ing)?|read(?:s|ing)?|visible|available\s+to|review(?:s|ed)?|look\s+at|disclos(?:e|es|ed|ing)|shar(?:e|es|ed|ing)|receiv(?:e|es|ed)|(?:has|have)\s+(?:no\s+)?(?:access|insight))\b/iu;

/** Only the law: "we may disclose … to law enforcement when required by law". */
const LAW =
  /\b(?:law\s+enforcement|police|courts?|government(?:al)?\s+(?:agenc(?:y|ies)|authorit(?:y|ies)|officials)|public\s+authorit(?:y|ies)|(?:required|permitted)\s+by\s+law|subpoenas?|court\s+orders?)\b/iu;

export function policyAccess(ctx: ListingContext): { people: PhraseMatch[]; law: PhraseMatch[] } {
  const pick = (pattern: RegExp) => {
    const seen = new Set<number>();
    const out: PhraseMatch[] = [];
    for (const m of ctx.find('privacy-policy', pattern)) {
      if (seen.has(m.sentence.start) || isHeading(m.sentence)) continue;
      // Access must be to the data and said of these people, not "access the app" elsewhere.
      if (!near(m, ACCESS, 80, 80) || !DATA_OBJECT.test(m.sentence.text)) continue;
      seen.add(m.sentence.start);
      out.push(m);
    }
    return out;
  };
  return { people: pick(PEOPLE), law: pick(LAW) };
}

const SAYS = {
  met: 'The privacy policy says who can see your data. It names them.',
  partial: 'The privacy policy says the police or courts may see your data if the law asks. It names no one else.',
  not_met: 'The privacy policy does not say who can see your data.',
} as const;

export default defineCriterion({
  meta: {
    id: 'privacy.who-can-see',
    domain: 'privacy',
    title: 'Says who can see your data',
    question: 'Does the privacy policy say who can see your data?',
    weight: 1,
    needs: ['privacyPolicy'],
    anchors: ['Taher et al. 2025, theme 3'],
    sentences: SAYS,
    label: { order: 6, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const { people, law } = policyAccess(ctx);
    if (people.length > 0) return met(SAYS.met, hitsIn('privacy-policy', people));
    if (law.length > 0) return partial(SAYS.partial, quotesOf(hitsIn('privacy-policy', law), 1));
    return notMet(SAYS.not_met);
  },
});
