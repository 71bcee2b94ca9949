// evidence.unbacked-claim – does the page claim the app is proven without naming a source?
// flag: an effectiveness claim ("clinically proven", "proven to reduce", "cures", "guaranteed
//       results") while neither evidence.citation nor evidence.regulator is met;
// met:  the page makes such a claim and also names a study or a regulator (quoted claim);
// not_met: the page makes no such claim.
// Weight 0: the criterion exists to raise the flag; the sources themselves are scored by
// evidence.citation and evidence.regulator, so an app without claims is neither helped nor hurt.
import { anyOf, appReference, defineCriterion, findAny, flag, met, notMet, oneOf, type Around, type Hit } from '../kit/index.ts';
import citation from './citation.ts';
import regulator from './regulator.ts';
import { TECHNIQUES } from './technique.ts';

/** What an app can be "proven": "a proven method", "our proven programme". */
const PROVEN_THINGS = [
  'app', 'application', 'method', 'programme', 'program', 'system', 'approach', 'technique', 'way', 'solution', 'tool', 'treatment',
  'results?',
];
const GUARANTEED = ['results?', String.raw`to\s+\w+`, 'relief', 'improvement', 'better', 'happier', 'calmer'];

const CLAIMS = [
  anyOf(
    [
      String.raw`\b(?:clinically|scientifically|medically)[-\s]proven\b`,
      String.raw`\bproven\s+to\s+(?:be\s+)?\w+`,
      String.raw`\b(?:a|an|the|our|its)\s+(?:(?:clinically|scientifically)\s+)?proven\s+${oneOf(PROVEN_THINGS)}\b`,
      String.raw`\bscience[-\s]proven\b`,
      String.raw`\bproven\s+(?:results|effective|to\s+work)\b`,
    ],
    'giu',
  ),
  anyOf(
    [
      String.raw`\b(?:cures?|cured)\b`,
      String.raw`\bguarantee[sd]?\b[^.\n]{0,40}\b${oneOf(GUARANTEED)}\b`,
      String.raw`\b100\s?%\s+(?:effective|success|results?)\b`,
    ],
    'giu',
  ),
];

// Not claims: "help find a cure", "there is no cure", a money-back guarantee, or a claim about a
// technique in general ("CBT-I is a proven technique") that does not mention the app.
function isClaim({ match }: Hit, { before, after }: Around, app: RegExp): boolean {
  if (TECHNIQUES.some((t) => new RegExp(t.source, t.flags.replace('g', '')).test(match.sentence.text)) && !app.test(match.sentence.text)) return false;
  if (/\b(?:find|finding|search\s+for|towards?|research\s+(?:for|into))\s+(?:a\s+|the\s+)?$/iu.test(before)) return false;
  if (/^\s*(?:-?\s*)?(?:back|refund)/iu.test(after) || /money[-\s]back\s*$/iu.test(before)) return false;
  return true;
}

const SAYS = {
  flag: 'The page says the app is proven to work, but it does not name a study.',
  met: 'The page says the app works, and it names a study or a health body.',
  not_met: 'The page does not claim that the app is proven to work.',
} as const;

export default defineCriterion({
  meta: {
    id: 'evidence.unbacked-claim',
    domain: 'evidence',
    title: 'Claims without sources',
    question: 'Does the page say the app is proven to work without naming a study or a health body? (Flag: yes. Met: it names one. Not met: it makes no such claim.)',
    weight: 0,
    needs: ['details'],
    anchors: ['Larsen et al. 2019 (npj Digit Med): 64% claimed effectiveness, 1 of 73 cited research'],
    sentences: SAYS,
    label: { order: 0, tells: ['flag', 'met', 'partial'] },
  },
  assess(ctx) {
    const app = appReference(ctx.listing.title);
    const claims = findAny(ctx, CLAIMS, { keep: (hit, around) => isClaim(hit, around, app) });
    if (claims.length === 0) return notMet(SAYS.not_met);
    const backed = ctx.verdict(citation).status === 'met' || ctx.verdict(regulator).status === 'met';
    if (backed) {
      return met(SAYS.met, claims);
    }
    return flag(SAYS.flag, claims, ['Effectiveness claim with no citation, trial registration or regulator named on the page.']);
  },
});
