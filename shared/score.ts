// Domain scores, levels and flags (RUBRIC.md "Scores and the badge"). A criterion that could not be
// judged carries no weight; a domain with nothing judgeable is "not checked", never a silent zero.
import type { DomainResult, Level } from './schema/assessment.ts';
import type { Domain, Finding, Status } from './schema/finding.ts';

/** What each status is worth. `unknown` is absent on purpose: it is not judged. A flag scores 0. */
export const STATUS_VALUES: Readonly<Record<Exclude<Status, 'unknown'>, number>> = {
  met: 1,
  partial: 0.5,
  not_met: 0,
  flag: 0,
};

export const LEVEL_THRESHOLDS = { clear: 70, some: 40 } as const;

export const SCORE_FORMULA =
  'domain score = 100 × Σ(weight × value) / Σ(weight) over the criteria that could be judged; ' +
  'value: met 1, partial 0.5, not met 0, flag 0; not checked criteria and weight-0 (informative) ' +
  'criteria are left out; level: clear ≥ 70, some 40–69, little < 40, not checked when nothing could be judged; ' +
  'any flag adds a warning whatever the score.';

export function levelFor(score: number | null): Level {
  if (score === null) return 'not_checked';
  if (score >= LEVEL_THRESHOLDS.clear) return 'clear';
  if (score >= LEVEL_THRESHOLDS.some) return 'some';
  return 'little';
}

/** weight × value for a judged finding, or null when it does not count. */
export function pointsFor(status: Status, weight: number): number | null {
  if (status === 'unknown' || weight <= 0) return null;
  return weight * STATUS_VALUES[status];
}

export function scoreDomain(
  domain: Domain,
  findings: readonly Finding[],
  weightOf: (criterion: string) => number,
): DomainResult {
  let total = 0;
  let weightSum = 0;
  let points = 0;
  let judged = 0;
  let flagged = false;
  for (const f of findings) {
    if (f.domain !== domain) continue;
    total += 1;
    if (f.status === 'flag') flagged = true;
    const weight = weightOf(f.criterion);
    const p = pointsFor(f.status, weight);
    if (p === null) continue;
    judged += 1;
    weightSum += weight;
    points += p;
  }
  const score = weightSum > 0 ? Math.round((100 * points) / weightSum) : null;
  return { domain, score, level: levelFor(score), flagged, judged, total };
}
