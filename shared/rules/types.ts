// The contract every rubric criterion follows (one criterion per file, Lighthouse-audit style):
// metadata as data, and a pure `assess` over a ListingContext.
import type { Domain, Quote, Status } from '../schema/finding.ts';
import type { ListingPart } from '../schema/listing.ts';
import type { ListingContext } from '../text/context.ts';

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
}

/** What a criterion concludes. `sentence` is plain English for the easy-read label. */
export interface Verdict {
  status: Status;
  sentence: string;
  quotes: Quote[];
  notes?: string[];
}

export interface Criterion {
  meta: CriterionMeta;
  /** Called only when at least one needed part exists; pure and deterministic. */
  assess(ctx: ListingContext): Verdict;
}

export function defineCriterion(criterion: Criterion): Criterion {
  return criterion;
}
