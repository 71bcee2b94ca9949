// The rubric as code: every criterion, in the order the clinician view shows them (the easy-read
// label's order is each criterion's `label.order`).
import type { Criterion } from './kit/index.ts';
import { evidenceCriteria } from './evidence/index.ts';
import { privacyCriteria } from './privacy/index.ts';
import { safetyCriteria } from './safety/index.ts';

export const RUBRIC_VERSION = '1.0.0';

export const criteria: readonly Criterion[] = [...evidenceCriteria, ...privacyCriteria, ...safetyCriteria];

export type { Criterion, CriterionMeta, Verdict } from './kit/index.ts';
