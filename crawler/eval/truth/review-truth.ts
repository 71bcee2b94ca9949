// The review truth set as the lead commits it (`test/fixtures/truth/reviews.json`): the two raters'
// agreed labels for the sample of `review-texts.ts`. Texts are not in the file (the corpus is never
// copied into the repository); they are looked up by id in the corpus.
import * as z from 'zod/mini';
import { ReviewTheme } from '../../../shared/schema/listing.ts';
import { parseWith } from '../../../shared/schema/validate.ts';
import { UserError } from '../../errors.ts';

/** 1 = both raters said yes, 0 = both said no, null = they disagreed (left out of every figure). */
const AgreedLabel = z.nullable(z.union([z.literal(0), z.literal(1)]));

/** Where a rater's words are: offsets into the review text with white space folded (`foldSpace`). */
const QuoteSpan = z.object({ start: z.number().check(z.int(), z.nonnegative()), end: z.number().check(z.int(), z.nonnegative()) });

export const ReviewTruthItem = z.object({
  id: z.string().check(z.minLength(1)),
  stratum: z.enum(['random', 'strong-feeling']),
  split: z.enum(['tune', 'measure']),
  labels: z.partialRecord(ReviewTheme, AgreedLabel),
  quotes: z.optional(z.partialRecord(ReviewTheme, z.array(QuoteSpan))),
});
export type ReviewTruthItem = z.infer<typeof ReviewTruthItem>;

export const ReviewTruth = z.object({ items: z.array(ReviewTruthItem) });

/** The truth file's items, validated; duplicate ids are refused (an item would count twice). */
export function readReviewTruth(jsonText: string, fileName: string): ReviewTruthItem[] {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (error) {
    throw new UserError(`${fileName}: not valid JSON (${(error as Error).message})`);
  }
  const { items } = parseWith(ReviewTruth, raw, `review truth file ${fileName}`);
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new UserError(`${fileName}: review ${item.id} is listed twice`);
    seen.add(item.id);
  }
  if (items.length === 0) throw new UserError(`${fileName}: no items`);
  return items;
}

/** Themes the truth file labels, in the schema's order. */
export function labelledThemes(items: readonly ReviewTruthItem[]): ReviewTheme[] {
  return ReviewTheme.options.filter((theme) => items.some((item) => item.labels[theme] !== undefined));
}

/** Each item's review text, or an error naming the first id the corpus does not have. */
export function textsOf(items: readonly ReviewTruthItem[], texts: ReadonlyMap<string, string>, fileName: string): string[] {
  return items.map((item) => {
    const text = texts.get(item.id);
    if (text === undefined) throw new UserError(`${fileName}: review ${item.id} is not in the corpus's review files`);
    return text;
  });
}

/** The review text as raters saw it: white space folded to single spaces. */
export const foldSpace = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The words raters quoted for a theme (each distinct span once). */
export function raterQuotes(item: ReviewTruthItem, theme: ReviewTheme, text: string): string[] {
  const folded = foldSpace(text);
  return [...new Set((item.quotes?.[theme] ?? []).map(({ start, end }) => folded.slice(start, end)))];
}
