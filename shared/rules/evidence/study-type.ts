// evidence.study-type – does the page say what kind of study tested the app?
// Met when a study design is named for the app ("in a randomised controlled trial, users of X…");
// partial when a design is named about something else ("meta-analyses show CBT works") or the page
// only gestures at research ("research shows", "evidence-based"). Recruiting people for studies
// ("join clinical trials") and free trials are not evidence.
import { appReference, around, defineCriterion, findAny, met, notMet, partial, type Around, type Hit } from '../kit/index.ts';

const DESIGN =
  /\b(?:randomi[sz]ed(?:[-\s]controlled)?\s+(?:clinical\s+)?(?:trials?|stud(?:y|ies))|RCTs?\b|controlled\s+(?:clinical\s+)?(?:trials?|stud(?:y|ies))|clinical\s+(?:trials?|stud(?:y|ies))|(?:pilot|feasibility|pragmatic|cohort|longitudinal|observational)\s+(?:trials?|stud(?:y|ies))|meta[-\s]?analys[ie]s|systematic\s+reviews?|peer[-\s]reviewed\s+(?:stud(?:y|ies)|research|trials?|papers?|articles?|publications?|evidence)|published\s+(?:stud(?:y|ies)|research|trials?|papers?|evidence))/giu;

const VAGUE =
  /\b(?:(?:research|science|studies|stud(?:y|ies)\s+have|evidence|scientists|experts)\s+(?:has\s+|have\s+)?(?:shows?|shown|proves?|suggests?|finds?|found|confirms?|indicates?)|according\s+to\s+(?:(?:recent|new|many|several|scientific)\s+)?(?:research|studies|science)|(?:backed|supported|informed|grounded|rooted)\s+(?:by|in)\s+(?:(?:the\s+)?(?:latest|decades\s+of|years\s+of|scientific|clinical)\s+)?(?:research|science|studies|evidence)|(?:research|science|evidence)[-\s](?:backed|based|informed|supported|led)|evidence[-\s]based|scientifically[-\s](?:validated|tested|researched|designed|backed|based|grounded|supported)|clinically[-\s](?:validated|tested|studied|researched)|based\s+on\s+(?:(?:the\s+)?(?:latest|decades\s+of|years\s+of|scientific|clinical|current)\s+)?(?:research|science|studies|evidence)|decades\s+of\s+research)\b/giu;

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
