// privacy.policy – Has a privacy policy: a link is listed and, when fetched, the page is one.
import { couldNotCheck, defineCriterion, hitsIn, met, notMet, partial, quoteMatch, quotesOf } from '../kit/index.ts';

// Words any real privacy policy uses; a page with none of them is an error page, a home page…
const POLICY_TITLE = /\bprivacy\s+(?:policy|notice|statement|polic(?:y|ies))\b|\bdata\s+protection\s+(?:policy|notice)\b/iu;
const POLICY_SUBJECT =
  /\b(?:personal\s+(?:data|information)|personally\s+identifiable|(?:we|the\s+app)\s+(?:may\s+)?collect|cookies|data\s+controller|your\s+(?:rights|data|information))\b/giu;

/** Whether fetched text reads like a privacy policy (a title, or several of its usual phrases). */
export function looksLikePolicy(text: string): boolean {
  const subjects = new Set((text.match(POLICY_SUBJECT) ?? []).map((s) => s.toLowerCase().replace(/\s+/gu, ' ')));
  return (POLICY_TITLE.test(text) && subjects.size >= 1) || subjects.size >= 3;
}

const SAYS = {
  met: {
    read: 'The app has a privacy policy. We read it.',
    linked: 'The store page links to a privacy policy.',
  },
  partial: 'The store links to a privacy policy. But the page it links to does not look like one.',
  not_met: 'The store page does not link to a privacy policy.',
} as const;

export default defineCriterion({
  meta: {
    id: 'privacy.policy',
    domain: 'privacy',
    title: 'Has a privacy policy',
    question: 'Does the store page link to a privacy policy?',
    weight: 2,
    needs: ['details'],
    anchors: ['MIND "Has Privacy Policy"'],
    sentences: SAYS,
    label: { order: 8, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const { listing } = ctx;
    const url = listing.privacyPolicyUrl ?? listing.privacyPolicy?.url;
    if (ctx.has('privacyPolicy')) {
      const text = ctx.text('privacy-policy');
      const titled = ctx.find('privacy-policy', POLICY_TITLE);
      const subject = ctx.find('privacy-policy', POLICY_SUBJECT);
      if (looksLikePolicy(text)) {
        return met(SAYS.met.read, quotesOf(hitsIn('privacy-policy', titled.length ? titled : subject), 1), url ? [`Privacy policy: ${url}`] : undefined);
      }
      const first = ctx.sentences('privacy-policy')[0];
      return partial(
        SAYS.partial,
        first ? [quoteMatch('privacy-policy', { sentence: first, start: first.start, end: first.start })] : [],
        url ? [`Linked page: ${url}`] : undefined,
      );
    }
    if (url) {
      return met(SAYS.met.linked, quotesOf(hitsIn('store-page', ctx.find('store-page', POLICY_TITLE)), 1), [`Privacy policy: ${url}`]);
    }
    // null = the page was read and has no link; undefined = the field was never gathered.
    if (listing.privacyPolicyUrl === null) {
      return notMet(SAYS.not_met);
    }
    return couldNotCheck('The privacy-policy link was not gathered for this listing.');
  },
});
