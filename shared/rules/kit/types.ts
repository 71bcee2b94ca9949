// The contract every rubric criterion follows (one criterion per file, Lighthouse-audit style):
// metadata as data – including the plain sentences it can say and where the label tells them –
// and a pure `assess` over a ListingContext.
import type { Domain, Quote, Status } from '../../schema/finding.ts';
import type { Listing, ListingPart, QuoteSource } from '../../schema/listing.ts';
import type { PhraseMatch } from '../../text/match.ts';
import type { Sentence } from '../../text/sentences.ts';

/** The statuses a criterion decides; `unknown` is the engine's (a needed part is missing). */
export type JudgedStatus = Exclude<Status, 'unknown'>;

/**
 * What a criterion can say for one status: one plain sentence, or named variants of it (the store's
 * words and the policy's). A sentence may be a template with named `{parameters}` (crisis numbers,
 * reading minutes), filled by `fill`.
 */
export type Said = string | Readonly<Record<string, string>>;

export type Sentences = Readonly<Partial<Record<JudgedStatus, Said>>>;

/** Where the easy-read answer tells a criterion's finding. */
export interface LabelPlace {
  /** Place among its domain's findings, from 0 (flags are always told first). */
  order: number;
  /** The statuses worth telling people. */
  tells: readonly JudgedStatus[];
}

export interface CriterionMeta {
  /** Rubric id, e.g. `evidence.citation`; the file is `shared/rules/<domain>/<id after the dot>.ts`. */
  id: string;
  domain: Domain;
  /** Short title for the clinician view ("Cites research about the app"). */
  title: string;
  /** The plain question it answers ("Does the page name a study about the app?"). */
  question: string;
  /** Weight in the domain score; 0 = informative only (shown, never scored). */
  weight: number;
  /** The criterion can be judged when ANY of these parts was gathered; otherwise it is `unknown`. */
  needs: readonly ListingPart[];
  /** Rubric anchors (PsyberGuide, MIND, ORCHA…), for the clinician view. */
  anchors?: readonly string[];
  /** Every sentence the criterion says, per status. */
  sentences: Sentences;
  label: LabelPlace;
}

/** A match of a phrase and the source it was found in. */
export interface Hit {
  source: QuoteSource;
  match: PhraseMatch;
}

/** What a criterion concludes. `sentence` is plain English for the easy-read label. */
export interface Verdict {
  status: Status;
  sentence: string;
  quotes: Quote[];
  notes?: string[];
}

/** What a criterion sees: the listing, its text sources split into sentences once, other verdicts. */
export interface ListingContext {
  readonly listing: Listing;
  /** Whether a part was gathered (an empty description still counts as read). */
  has(part: ListingPart): boolean;
  /** The text of a source ('' when absent); structured sections are rendered as lines. */
  text(source: QuoteSource): string;
  sentences(source: QuoteSource): readonly Sentence[];
  /** Matches of `pattern` in one source, each placed in its sentence with negation/hedging. */
  find(source: QuoteSource, pattern: RegExp): PhraseMatch[];
  /** The verdict of another criterion on this listing (computed once). */
  verdict(criterion: Criterion): Verdict;
}

export interface Criterion {
  meta: CriterionMeta;
  /** Called only when at least one needed part exists; pure and deterministic. */
  assess(ctx: ListingContext): Verdict;
}

export function defineCriterion(criterion: Criterion): Criterion {
  return criterion;
}
