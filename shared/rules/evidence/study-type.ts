// evidence.study-type – does the page say what kind of study tested the app?
// Met when a study design is named for the app ("in a randomised controlled trial, users of X…");
// partial when a design is named about something else ("meta-analyses show CBT works") or the page
// only gestures at research ("research shows", "evidence-based"). Recruiting people for studies
// ("join clinical trials") and free trials are not evidence.
import { appReference, around, defineCriterion, findAny, met, notMet, oneOf, partial, type Around, type Hit } from '../kit/index.ts';

const STUDIES = ['trials?', 'stud(?:y|ies)'];
const STUDY_KINDS = ['pilot', 'feasibility', 'pragmatic', 'cohort', 'longitudinal', 'observational'];
const PEER_REVIEWED_WORK = ['stud(?:y|ies)', 'research', 'trials?', 'papers?', 'articles?', 'publications?', 'evidence'];
const PUBLISHED_WORK = ['stud(?:y|ies)', 'research', 'trials?', 'papers?', 'evidence'];

/** Named study designs: "a randomised controlled trial", "a pilot study", "meta-analyses". */
const STUDY_DESIGNS = [
  String.raw`randomi[sz]ed(?:[-\s]controlled)?\s+(?:clinical\s+)?${oneOf(STUDIES)}`,
  String.raw`RCTs?\b`,
  String.raw`controlled\s+(?:clinical\s+)?${oneOf(STUDIES)}`,
  String.raw`clinical\s+${oneOf(STUDIES)}`,
  String.raw`${oneOf(STUDY_KINDS)}\s+${oneOf(STUDIES)}`,
  String.raw`meta[-\s]?analys[ie]s`,
  String.raw`systematic\s+reviews?`,
  String.raw`peer[-\s]reviewed\s+${oneOf(PEER_REVIEWED_WORK)}`,
  String.raw`published\s+${oneOf(PUBLISHED_WORK)}`,
];
const DESIGN = new RegExp(String.raw`\b${oneOf(STUDY_DESIGNS)}`, 'giu');

const RESEARCH_SOURCES = ['research', 'science', 'studies', String.raw`stud(?:y|ies)\s+have`, 'evidence', 'scientists', 'experts'];
const SHOWING_VERBS = ['shows?', 'shown', 'proves?', 'suggests?', 'finds?', 'found', 'confirms?', 'indicates?'];
const RESEARCH = ['research', 'science', 'studies', 'evidence'];
const GROUNDING_VERBS = ['backed', 'supported', 'informed', 'grounded', 'rooted'];
const RESEARCH_AMOUNTS = ['latest', String.raw`decades\s+of`, String.raw`years\s+of`, 'scientific', 'clinical'];
const SCIENTIFICALLY_DONE = ['validated', 'tested', 'researched', 'designed', 'backed', 'based', 'grounded', 'supported'];
const CLINICALLY_DONE = ['validated', 'tested', 'studied', 'researched'];

/** Appeals to research with no study named: "research shows", "evidence-based", "backed by science". */
const VAGUE_APPEALS = [
  String.raw`${oneOf(RESEARCH_SOURCES)}\s+(?:has\s+|have\s+)?${oneOf(SHOWING_VERBS)}`,
  String.raw`according\s+to\s+(?:(?:recent|new|many|several|scientific)\s+)?(?:research|studies|science)`,
  String.raw`${oneOf(GROUNDING_VERBS)}\s+(?:by|in)\s+(?:(?:the\s+)?${oneOf(RESEARCH_AMOUNTS)}\s+)?${oneOf(RESEARCH)}`,
  String.raw`(?:research|science|evidence)[-\s](?:backed|based|informed|supported|led)`,
  String.raw`evidence[-\s]based`,
  String.raw`scientifically[-\s]${oneOf(SCIENTIFICALLY_DONE)}`,
  String.raw`clinically[-\s]${oneOf(CLINICALLY_DONE)}`,
  String.raw`based\s+on\s+(?:(?:the\s+)?${oneOf([...RESEARCH_AMOUNTS, 'current'])}\s+)?${oneOf(RESEARCH)}`,
  String.raw`decades\s+of\s+research`,
];
const VAGUE = new RegExp(String.raw`\b${oneOf(VAGUE_APPEALS)}\b`, 'giu');

// People are being asked to take part in research, which says nothing about whether the app works.
const RECRUITING = /\b(?:join|participate|take\s+part|enrol+|sign\s+up|volunteer|recruit\w*|eligible|contribute|find|search|match(?:ed|es)?|access|discover)\b[^.]{0,40}$/iu;

function notRecruiting(_: unknown, { before }: Around): boolean {
  return !RECRUITING.test(before);
}

// "Clinical studies show…", "Randomised trials have found…": studies in general used as an appeal,
// with no one study described (no size, no year) – as vague as "research shows".
const APPEAL_AFTER = /^\s+(?:have\s+|has\s+)?(?:show|shown|prove|proven|suggest|suggested|found|find|indicate|confirm)/iu;

// A study reported with its size or registration ("a randomised trial of 320 adults (ISRCTN…)")
// is the page reporting a study, not citing a field of research.
const STUDY_SIZE =
  /\b\d[\d,]*\s+(?:adults|people|participants|patients|users|students|children|teenagers|teens|adolescents|young\s+people|women|men|veterans|employees|workers|subjects|parents|mothers)\b|\b(?:n\s*=\s*\d+|NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|DRKS\d{8})\b/iu;

function reportsOwnStudy(hit: Hit): boolean {
  return STUDY_SIZE.test(hit.match.sentence.text);
}

function describesOneStudy(hit: Hit): boolean {
  const plural = /(?:ies|trials|analyses|reviews|papers|articles)$/iu.test(hit.match.text);
  return !(plural && APPEAL_AFTER.test(around(hit.match).after) && !/\d/u.test(hit.match.sentence.text.replace(/\d+(?:\.\d+)?\s*(?:times|x)\b/giu, '')));
}

const SAYS = {
  met: 'The app’s page says what kind of study tested it.',
  partial: {
    design: 'The page names a kind of study, but not one that tested this app.',
    vague: 'The page says it is based on research, but it does not name a study.',
  },
  not_met: 'The page does not say what kind of study tested the app.',
} as const;

export default defineCriterion({
  meta: {
    id: 'evidence.study-type',
    domain: 'evidence',
    title: 'Describes the study',
    question: 'Does the page say what kind of study tested the app?',
    weight: 2,
    needs: ['details'],
    anchors: ['Larsen et al. 2019 (npj Digit Med)', 'PsyberGuide research base'],
    sentences: SAYS,
    label: { order: 3, tells: ['flag', 'met', 'partial'] },
  },
  assess(ctx) {
    const designs = findAny(ctx, [DESIGN], { keep: notRecruiting });
    const app = appReference(ctx.listing.title);
    const aboutApp = designs.filter((h) => (app.test(h.match.sentence.text) || reportsOwnStudy(h)) && describesOneStudy(h));
    if (aboutApp.length > 0) {
      return met(SAYS.met, aboutApp);
    }
    if (designs.length > 0) {
      return partial(SAYS.partial.design, designs, ['The study design named is not tied to the app in the same sentence.']);
    }
    const vague = findAny(ctx, [VAGUE], { keep: notRecruiting });
    if (vague.length > 0) {
      return partial(SAYS.partial.vague, vague);
    }
    return notMet(SAYS.not_met);
  },
});
