// The listing truth set: two independent raters' labels for the 13 listing criteria of real
// descriptions, kept as ids, labels and quote offsets (never the texts: those are read in place from
// the corpus). Agreed labels are the truth; disagreements are kept as null and left out of scores.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { projectRoot } from '../../corpus.ts';
import { parseWith } from '../../../shared/schema/validate.ts';

export const TRUTH_CRITERIA = [
  'evidence.citation',
  'evidence.study-type',
  'evidence.regulator',
  'evidence.clinicians',
  'evidence.technique',
  'evidence.unbacked-claim',
  'safety.side-effects',
  'safety.not-a-substitute',
  'safety.suitability',
  'safety.crisis',
  'safety.personalisation',
  'safety.progress',
  'safety.human-support',
] as const;
export type TruthCriterion = (typeof TRUTH_CRITERIA)[number];

export const TruthStatus = z.enum(['met', 'partial', 'not_met', 'flag']);
export type TruthStatus = z.infer<typeof TruthStatus>;

/** One letter per status in the raters' compact label strings ("mnnp…", criteria in TRUTH_CRITERIA order). */
export const STATUS_LETTERS: Readonly<Record<TruthStatus, string>> = { met: 'm', partial: 'p', not_met: 'n', flag: 'f' };
const LETTER_STATUS = Object.fromEntries(Object.entries(STATUS_LETTERS).map(([s, l]) => [l, s])) as Record<string, TruthStatus>;

export const TruthQuote = z.object({
  source: z.enum(['title', 'description']),
  start: z.number().check(z.int(), z.minimum(0)),
  end: z.number().check(z.int(), z.minimum(0)),
});
export type TruthQuote = z.infer<typeof TruthQuote>;

export const Split = z.enum(['tune', 'measure']);
export type Split = z.infer<typeof Split>;

export const TruthItem = z.object({
  id: z.string().check(z.minLength(3)),
  /** Digest of the title and description the raters read (`textDigest`). */
  digest: z.string().check(z.length(16)),
  split: Split,
  /** Both raters' labels, one letter per criterion in TRUTH_CRITERIA order. */
  raters: z.tuple([z.string().check(z.length(TRUTH_CRITERIA.length)), z.string().check(z.length(TRUTH_CRITERIA.length))]),
  /** Where the raters' quotes are, per criterion, for the criteria they agreed were present. */
  quotes: z.partialRecord(z.string(), z.array(TruthQuote)),
});
export type TruthItem = z.infer<typeof TruthItem>;

export const TruthSet = z.object({
  description: z.string(),
  criteria: z.array(z.string()),
  items: z.array(TruthItem),
});
export type TruthSet = z.infer<typeof TruthSet>;

export const TRUTH_FILE = path.join(projectRoot, 'test/fixtures/truth/listings.json');

export function readTruthSet(file = TRUTH_FILE): TruthSet {
  const set = parseWith(TruthSet, JSON.parse(readFileSync(file, 'utf8')), `truth set ${path.relative(projectRoot, file)}`);
  if (set.criteria.join() !== TRUTH_CRITERIA.join()) throw new Error(`truth set ${file}: criteria differ from TRUTH_CRITERIA`);
  return set;
}

export function raterStatus(labels: string, criterion: TruthCriterion): TruthStatus {
  const status = LETTER_STATUS[labels[TRUTH_CRITERIA.indexOf(criterion)]!];
  if (!status) throw new Error(`unknown status letter in "${labels}" for ${criterion}`);
  return status;
}

/** The agreed status, or null when the two raters disagreed. */
export function agreedStatus(item: Pick<TruthItem, 'raters'>, criterion: TruthCriterion): TruthStatus | null {
  const a = raterStatus(item.raters[0], criterion);
  const b = raterStatus(item.raters[1], criterion);
  return a === b ? a : null;
}

/** Positive = met, partial or flag (the and the eval's definition). */
export function isPositive(status: string): boolean {
  return status === 'met' || status === 'partial' || status === 'flag';
}
