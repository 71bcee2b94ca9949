// evidence.citation – does the page point to research someone can look up?
// Met by a research identifier (DOI, PubMed/PMC, trial registration, dated journal reference) or a
// quoted article title followed by a journal's name; partial when the page only says "published in
// a peer-reviewed journal" without saying where.
import { defineCriterion, findAny, met, notMet, oneOf, partial, RESEARCH_IDS } from '../kit/index.ts';

// "'A randomised trial of an app for pain.' Canadian Journal of Pain" – a reference list entry.
// The title is matched alone (the journal's name often falls in the next "sentence" after the
// title's full stop); the lookahead requires the journal right after it.
const QUOTED_ARTICLE =
  /["“'‘][^"“”'‘’\n]{25,220}[.?]?["”'’](?=\s*[,.]?\s*(?:\(?(?:19|20)\d{2}\)?[,.]?\s*)?(?:[A-Z][\w&-]*\s+){0,5}(?:Journal|Lancet|JAMA|BMJ|JMIR|Psychiatry|Psychology|Medicine|Therapy|Interventions|Review|Research)\b)/gu;

// "published in the Journal of Anxiety Disorders", "published in JMIR Mental Health" (named journal).
const JOURNAL_NAMES = [
  String.raw`Journal\s+of\s+[A-Z]\w+`, 'Lancet', 'JAMA', 'BMJ', 'JMIR', 'Nature', 'Science', 'PLOS', 'npj',
  String.raw`[A-Z]\w*\s+(?:Psychiatry|Psychology|Medicine|Therapy|Interventions)`,
];
const PUBLISHED_IN_NAMED = new RegExp(
  String.raw`\bpublished\s+in\s+(?:the\s+)?(?:peer[-\s]reviewed\s+)?(?:journal\s+)?(?:(?:Journal\s+of|[A-Z][\w&-]*)\s+){0,5}?${oneOf(JOURNAL_NAMES)}\b`,
  'gu',
);

// "published in a peer-reviewed journal" – says it was published, not where.
const PUBLISHED_UNNAMED =
  /\b(?:published\s+in\s+(?:a|an|several|two|three|multiple|many|leading|top)?\s*(?:\w+\s+){0,2}?(?:peer[-\s]reviewed|scientific|medical|academic|clinical)\s+(?:journals?|publications?)|peer[-\s]reviewed\s+(?:publications?|papers?|articles?))\b/giu;

const SAYS = {
  met: 'The app’s page names a study that you or your GP can look up.',
  partial: 'The page says a study was printed, but it does not say where.',
  not_met: 'The page does not name a study that you can look up.',
} as const;

export default defineCriterion({
  meta: {
    id: 'evidence.citation',
    domain: 'evidence',
    title: 'Cites research about the app',
    question: 'Does the page name a study that you can look up?',
    weight: 3,
    needs: ['details'],
    anchors: ['PsyberGuide research base', 'MIND "Supporting Studies"'],
    sentences: SAYS,
    label: { order: 2, tells: ['flag', 'met', 'partial'] },
  },
  assess(ctx) {
    const ids = findAny(ctx, [...RESEARCH_IDS.map((r) => r.pattern), QUOTED_ARTICLE, PUBLISHED_IN_NAMED]);
    if (ids.length > 0) {
      return met(SAYS.met, ids);
    }
    const vague = findAny(ctx, [PUBLISHED_UNNAMED]);
    if (vague.length > 0) {
      return partial(SAYS.partial, vague);
    }
    return notMet(SAYS.not_met);
  },
});
