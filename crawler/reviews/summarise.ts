// "What other users say": review aggregates for a listing – count, average rating and, per
// theme, how many reviews mention it, its trend and 2–3 short quotes (never reviewer names).
import { ReviewTheme, type Review, type ReviewSummary } from '../../shared/schema/listing.ts';
import { themeReview, type ThemeMatch } from './mine.ts';
import { MAX_QUOTE_LENGTH, shortQuote } from './text.ts';

export const MAX_QUOTES = 3;
/** Fewer dated reviews than this give no trend: halves of a handful say nothing. */
export const MIN_DATED_FOR_TREND = 10;
/** Change in share (newer half minus older half) that counts as rising or falling. */
export const TREND_THRESHOLD = 0.05;
/** Quotes shorter than this rarely say anything on their own ("Useless."). */
const MIN_QUOTE_LENGTH = 20;

/** Milliseconds since the epoch for ISO dates, "February 03, 2019" or "7/10/2020 6:58"; null if unreadable. */
export function reviewTime(at: string | undefined): number | null {
  if (!at) return null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(at.trim());
  if (us) {
    const [, month, day, year, hour = '0', minute = '0'] = us;
    return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  }
  const t = Date.parse(at);
  return Number.isNaN(t) ? null : t;
}

interface Themed {
  review: Review;
  time: number | null;
  matches: ThemeMatch[];
}

type Trend = ReviewSummary['themes'][number]['trend'];

/** Share of the newer half of dated reviews minus the older half's. */
function trendOf(theme: ReviewTheme, themed: Themed[]): Trend {
  const dated = themed.filter((t) => t.time !== null).sort((a, b) => a.time! - b.time!);
  if (dated.length < MIN_DATED_FOR_TREND) return null;
  const half = Math.floor(dated.length / 2);
  const older = dated.slice(0, half);
  const newer = dated.slice(dated.length - half);
  const share = (part: Themed[]) => part.filter((t) => t.matches.some((m) => m.theme === theme)).length / part.length;
  const change = share(newer) - share(older);
  if (change >= TREND_THRESHOLD) return 'rising';
  if (change <= -TREND_THRESHOLD) return 'falling';
  return 'steady';
}

function quoteKey(quote: string): string {
  return quote.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Up to three quotes: newest first, one per review, preferring whole sentences that fit
 * without shortening and say something (not a bare "Useless.").
 */
function quotesFor(theme: ReviewTheme, themed: Themed[]): string[] {
  const candidates = themed
    .flatMap((t) => {
      const match = t.matches.find((m) => m.theme === theme);
      return match ? [{ time: t.time ?? -Infinity, match }] : [];
    })
    .sort((a, b) => b.time - a.time)
    .map(({ match }) => ({
      quote: shortQuote(match.sentence, match.index),
      whole: match.sentence.length <= MAX_QUOTE_LENGTH,
      sayingEnough: match.sentence.length >= MIN_QUOTE_LENGTH,
    }));
  const ranked = [
    ...candidates.filter((c) => c.whole && c.sayingEnough),
    ...candidates.filter((c) => !c.whole && c.sayingEnough),
    ...candidates.filter((c) => !c.sayingEnough),
  ];
  const quotes: string[] = [];
  const seen = new Set<string>();
  for (const { quote } of ranked) {
    const key = quoteKey(quote);
    if (seen.has(key)) continue;
    seen.add(key);
    quotes.push(quote);
    if (quotes.length === MAX_QUOTES) break;
  }
  return quotes;
}

/** Reviews with their `themes` set from theme mining. */
export function tagReviews(reviews: readonly Review[]): Review[] {
  return reviews.map((review) => ({ ...review, themes: [...new Set(themeReview(review.text).map((m) => m.theme))] }));
}

export function summariseReviews(reviews: readonly Review[]): ReviewSummary {
  const themed: Themed[] = reviews.map((review) => ({ review, time: reviewTime(review.at), matches: themeReview(review.text) }));
  const rated = reviews.filter((r) => typeof r.rating === 'number');
  const averageRating = rated.length
    ? Math.round((rated.reduce((sum, r) => sum + r.rating!, 0) / rated.length) * 100) / 100
    : null;
  const themes = ReviewTheme.options
    .map((theme) => {
      const count = themed.filter((t) => t.matches.some((m) => m.theme === theme)).length;
      return { theme, count };
    })
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count)
    .map(({ theme, count }) => ({
      theme,
      count,
      share: Math.round((count / reviews.length) * 1000) / 1000,
      trend: trendOf(theme, themed),
      quotes: quotesFor(theme, themed),
    }));
  return { count: reviews.length, averageRating, themes };
}
