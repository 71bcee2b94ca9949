import * as z from 'zod/mini';
import { QuoteSource } from './listing.ts';

export const Domain = z.enum(['evidence', 'privacy', 'safety']);
export type Domain = z.infer<typeof Domain>;

/** met · partial · not_met · unknown (nothing to judge) · flag (a worrying finding that overrides). */
export const Status = z.enum(['met', 'partial', 'not_met', 'unknown', 'flag']);
export type Status = z.infer<typeof Status>;

/** The exact words a finding rests on: `text === sourceText.slice(start, end)`. */
export const Quote = z.object({
  source: QuoteSource,
  text: z.string().check(z.minLength(1)),
  start: z.number().check(z.int(), z.minimum(0)),
  end: z.number().check(z.int(), z.minimum(0)),
});
export type Quote = z.infer<typeof Quote>;

export const Finding = z.object({
  criterion: z.string().check(z.minLength(1)),
  domain: Domain,
  status: Status,
  /** One plain sentence for people ("The app's page says…" / "The page does not say…"). */
  sentence: z.string().check(z.minLength(1)),
  quotes: z.array(Quote),
  /** Extra facts for the clinician view (e.g. the correct crisis service for a wrong number). */
  notes: z.optional(z.array(z.string())),
});
export type Finding = z.infer<typeof Finding>;
