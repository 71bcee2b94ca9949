// Listing → Assessment. Pure and store-agnostic: the same code runs in the crawler and in the page.
import type { Assessment, Clinician, DomainResult } from './schema/assessment.ts';
import type { Domain, Finding } from './schema/finding.ts';
import type { Listing, ListingPart } from './schema/listing.ts';
import { criteria, RUBRIC_VERSION, type Criterion } from './rules/index.ts';
import { createContext, NOT_CHECKED_SENTENCE, type ListingContext } from './rules/kit/index.ts';
import { pointsFor, SCORE_FORMULA, scoreDomain, STATUS_VALUES } from './score.ts';
import { checkedLine, easyRead } from './summary.ts';

export interface AssessOptions {
  /** Assessment time (defaults to now); fixed in tests and exports for reproducibility. */
  now?: Date;
  /** Region for crisis services; defaults to the listing's region. */
  region?: string | null;
}

const DOMAINS: readonly Domain[] = ['evidence', 'privacy', 'safety'];
const PARTS: readonly ListingPart[] = ['details', 'dataSafety', 'privacyLabel', 'privacyPolicy', 'reviews'];

const weights = new Map(criteria.map((c) => [c.meta.id, c.meta.weight]));
export function weightOf(criterion: string): number {
  return weights.get(criterion) ?? 0;
}

/** One criterion's finding: `unknown` unless a part it needs was gathered, and never a thrown error. */
export function judge(criterion: Criterion, ctx: ListingContext): Finding {
  const { id, domain, needs } = criterion.meta;
  if (!needs.some((part) => ctx.has(part))) {
    return { criterion: id, domain, status: 'unknown', sentence: NOT_CHECKED_SENTENCE, quotes: [] };
  }
  try {
    const v = ctx.verdict(criterion);
    return { criterion: id, domain, status: v.status, sentence: v.sentence, quotes: v.quotes, ...(v.notes?.length ? { notes: v.notes } : {}) };
  } catch (error) {
    // A criterion must never take the whole label down (the extension runs this on live pages).
    const message = error instanceof Error ? error.message : String(error);
    return { criterion: id, domain, status: 'unknown', sentence: NOT_CHECKED_SENTENCE, quotes: [], notes: [`criterion failed: ${message}`] };
  }
}

function clinicianDetail(findings: readonly Finding[]): Clinician {
  const byId = new Map(criteria.map((c) => [c.meta.id, c.meta]));
  return {
    formula: SCORE_FORMULA,
    statusValues: { ...STATUS_VALUES },
    criteria: findings.map((f) => {
      const meta = byId.get(f.criterion)!;
      return { criterion: f.criterion, domain: f.domain, title: meta.title, status: f.status, weight: meta.weight, points: pointsFor(f.status, meta.weight) };
    }),
  };
}

export function assess(listing: Listing, options: AssessOptions = {}): Assessment {
  const ctx = createContext(listing);
  const findings = criteria.map((c) => judge(c, ctx));
  const domains = Object.fromEntries(DOMAINS.map((d) => [d, scoreDomain(d, findings, weightOf)])) as Record<Domain, DomainResult>;
  const sourcesRead = PARTS.filter((p) => ctx.has(p));
  const assessedAt = (options.now ?? new Date()).toISOString();
  const region = options.region === undefined ? (listing.region ?? null) : options.region;
  const reviews = listing.reviews?.summary;
  return {
    rubricVersion: RUBRIC_VERSION,
    assessedAt,
    store: listing.store,
    appId: listing.appId,
    title: listing.title,
    sourcesRead,
    domains,
    flags: findings.filter((f) => f.status === 'flag').map((f) => ({ criterion: f.criterion, sentence: f.sentence })),
    findings,
    easyRead: easyRead(domains, findings, {
      region,
      ...(reviews ? { reviews } : {}),
      checked: checkedLine(assessedAt, sourcesRead, listing.provenance),
    }),
    clinician: clinicianDetail(findings),
    ...(reviews ? { reviews } : {}),
  };
}
