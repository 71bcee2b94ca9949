// The corpus reviews of the review truth set, with stable ids (`<file>:<record number>`), and the
// sample two raters label for the felt-worse and crisis themes.
import { createHash } from 'node:crypto';
import { readAppStoreReviews, readPlayReviews, readPrivacyLabelledReviews, type CorpusReview } from '../../reviews/corpus.ts';

export interface ReviewText {
  /** `appstore:12`, `play:3`, `privacy:40` – the file and the record's position in it. */
  id: string;
  review: CorpusReview;
  /** Set for the privacy-labelled file: the corpus's own hand label. */
  privacyRelated?: boolean;
}

export function loadReviewTexts(): ReviewText[] {
  return [
    ...readAppStoreReviews().map((review, i) => ({ id: `appstore:${i}`, review })),
    ...readPlayReviews().map((review, i) => ({ id: `play:${i}`, review })),
    ...readPrivacyLabelledReviews().map(({ privacyRelated, ...review }, i) => ({ id: `privacy:${i}`, review, privacyRelated })),
  ];
}

const rank = (id: string) => createHash('sha1').update(`review-sample:${id}`).digest('hex');
const byRank = (a: ReviewText, b: ReviewText) => rank(a.id).localeCompare(rank(b.id));

// Feelings and crises are rare in reviews, so a random sample alone holds few of them. Part of the
// sample is drawn from reviews that use any word of strong feeling – deliberately broad, and not the
// theme rules' cues – and figures are reported for the random part on its own as well.
const STRONG_FEELING =
  /\b(?:worse|anxi\w*|panic\w*|depress\w*|suicid\w*|trigger\w*|cry\w*|crie[sd]|crisis|harm\w*|kill\w*|die|dying|hopeless\w*|scared|afraid|fear\w*|stress\w*|upset\w*|awful|terribl\w*|lonel\w*|guilt\w*|overwhelm\w*|nightmare\w*|dread\w*|sad\w*|hurt\w*|pain\w*|mental\w*|emergenc\w*|hotline|helpline|therap\w*)\b/iu;

export type Stratum = 'random' | 'strong-feeling';

/** The sample: every Play review, 250 App Store and 150 privacy-file reviews at random, and 250 more
 *  that use a word of strong feeling. Stable for a given corpus. */
export function reviewSample(texts: readonly ReviewText[]): { text: ReviewText; stratum: Stratum }[] {
  const of = (file: string) => texts.filter((t) => t.id.startsWith(`${file}:`) && t.review.text.trim().length > 0).sort(byRank);
  const random = [...of('play'), ...of('appstore').slice(0, 250), ...of('privacy').slice(0, 150)];
  const taken = new Set(random.map((t) => t.id));
  const strong = texts
    .filter((t) => !taken.has(t.id) && t.review.text.trim().length > 0 && STRONG_FEELING.test(t.review.text))
    .sort(byRank)
    .slice(0, 250);
  return [...random.map((text) => ({ text, stratum: 'random' as const })), ...strong.map((text) => ({ text, stratum: 'strong-feeling' as const }))];
}
