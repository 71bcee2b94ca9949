// Theme mining on the corpus's real reviews: summaries validate, quotes are short and say their theme.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReviewSummary } from '../../shared/schema/listing.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE, projectRoot } from '../../crawler/corpus.ts';
import { DEFAULT_TRUTH, judgeCsv, judgeTruth, scoreTheme } from '../../crawler/eval/reviews.ts';
import { loadReviewTexts } from '../../crawler/eval/truth/review-texts.ts';
import { readReviewTruth } from '../../crawler/eval/truth/review-truth.ts';
import { byApp, PRIVACY_LABELLED_REVIEWS, readAppStoreReviews, readPlayReviews, readPrivacyLabelledReviews } from '../../crawler/reviews/corpus.ts';
import { themeSentence } from '../../crawler/reviews/mine.ts';
import { summariseReviews } from '../../crawler/reviews/summarise.ts';

if (!hasCorpus()) console.log(NO_CORPUS_MESSAGE);

describe.skipIf(!hasCorpus())('reviews in the corpus', () => {
  const groups = [...byApp([...readAppStoreReviews(), ...readPlayReviews()])];

  it.each(groups.filter(([, reviews]) => reviews.length > 50).map(([app, reviews]) => [app, reviews] as const))(
    'summarises %s into a valid summary with short quotes that say their theme',
    (_, reviews) => {
      const summary = parseWith(ReviewSummary, summariseReviews(reviews), 'review summary');
      expect(summary.count).toBe(reviews.length);
      for (const theme of summary.themes) {
        expect(theme.quotes.length).toBeGreaterThan(0);
        expect(theme.quotes.length).toBeLessThanOrEqual(3);
        for (const quote of theme.quotes) {
          expect(quote.length).toBeLessThanOrEqual(160);
          // A whole-sentence quote must be found under its theme again when mined on its own.
          if (!quote.includes('…')) expect(themeSentence(quote).map((m) => m.theme)).toContain(theme.theme);
        }
      }
    },
  );

  it('finds 80% of the privacy reviews of the measure split at 90% precision (cues were written on the tune split)', () => {
    const file = corpusFile(PRIVACY_LABELLED_REVIEWS);
    const measure = judgeCsv(readFileSync(file, 'utf8'), file, 'privacy', 'Privacy-related').filter((j) => j.split === 'measure');
    const { precision, recall } = scoreTheme(measure, 'privacy');
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('puts a review under felt-worse or crisis only when the raters did (precision ≥ 0.9 on the review truth set)', () => {
    const file = path.join(projectRoot, DEFAULT_TRUTH);
    const items = readReviewTruth(readFileSync(file, 'utf8'), DEFAULT_TRUTH);
    const judged = judgeTruth(items, new Map(loadReviewTexts().map((t) => [t.id, t.review.text])), DEFAULT_TRUTH);
    for (const theme of ['felt-worse', 'crisis'] as const) {
      const { precision, tp } = scoreTheme(judged, theme);
      expect(tp, theme).toBeGreaterThan(0);
      expect(precision, theme).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('finds privacy-related reviews in the hand-labelled set with high precision', () => {
    const reviews = readPrivacyLabelledReviews();
    const flagged = reviews.filter((r) => summariseReviews([r]).themes.some((t) => t.theme === 'privacy'));
    const precision = flagged.filter((r) => r.privacyRelated).length / flagged.length;
    expect(precision).toBeGreaterThan(0.85);
  });
});
