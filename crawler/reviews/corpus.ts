// The corpus's review files read as Reviews grouped by app, for evaluation and benchmarks.
// Reviewer names are not in these files; developer responses are left out (they are not reviews).
import { readFileSync } from 'node:fs';
import type { Review } from '../../shared/schema/listing.ts';
import { corpusFile } from '../corpus.ts';
import { parseCsv } from '../import/csv.ts';
import { reviewTime } from './summarise.ts';

export interface CorpusReview extends Review {
  app: string;
  source: string;
}

export interface LabelledReview extends CorpusReview {
  privacyRelated: boolean;
}

function isoDate(raw: string | undefined): string | undefined {
  const t = reviewTime(raw);
  return t === null ? undefined : new Date(t).toISOString();
}

function rating(raw: string | undefined): number | undefined {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

function review(app: string, source: string, text: string, score?: string, at?: string): CorpusReview {
  const r: CorpusReview = { app, source, text };
  const stars = rating(score);
  if (stars !== undefined) r.rating = stars;
  const date = isoDate(at);
  if (date) r.at = date;
  return r;
}

export const APPSTORE_MEDITATION_REVIEWS = 'reviews/appstore-reviews-meditation-apps-2017-2019.csv';
export const PLAY_REVIEWS_SAMPLE = 'reviews/play-reviews-mental-health-apps-sample.csv';
export const PRIVACY_LABELLED_REVIEWS = 'reviews/privacy-labelled-reviews-dev.csv';

/** App Store reviews (title and body joined as one text, as the store shows them). */
export function readAppStoreReviews(file = corpusFile(APPSTORE_MEDITATION_REVIEWS)): CorpusReview[] {
  return parseCsv(readFileSync(file, 'utf8')).records.map(({ fields: f }) => {
    const title = (f.Title ?? '').trim();
    const body = (f.Review ?? '').trim();
    const text = title && !/[.!?]$/.test(title) ? `${title}. ${body}` : `${title} ${body}`.trim();
    return review(f.app_name ?? '', 'appstore', text, f.Rating, f.Date);
  });
}

export function readPlayReviews(file = corpusFile(PLAY_REVIEWS_SAMPLE)): CorpusReview[] {
  return parseCsv(readFileSync(file, 'utf8')).records.map(({ fields: f }) => review(f.app_name ?? '', 'play', f.review ?? '', f.rating, f.date));
}

export function readPrivacyLabelledReviews(file = corpusFile(PRIVACY_LABELLED_REVIEWS)): LabelledReview[] {
  return parseCsv(readFileSync(file, 'utf8')).records.map(({ fields: f }) => ({
    ...review(f.app ?? '', f.platform ?? '', f.content ?? '', f.score, f.date),
    privacyRelated: (f['Privacy-related'] ?? '').trim() === '1',
  }));
}

/** Reviews grouped by app name. */
export function byApp<T extends { app: string }>(reviews: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of reviews) groups.set(r.app, [...(groups.get(r.app) ?? []), r]);
  return groups;
}
