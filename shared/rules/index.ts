// The rubric as code: every criterion, in the order the label and the clinician view show them.
import type { Criterion } from './types.ts';
import { evidenceCriteria } from './evidence/index.ts';
import { privacyCriteria } from './privacy/index.ts';
import { safetyCriteria } from './safety/index.ts';

export const RUBRIC_VERSION = '1.0.0';

export const criteria: readonly Criterion[] = [...evidenceCriteria, ...privacyCriteria, ...safetyCriteria];

export type { Criterion, CriterionMeta, Verdict } from './types.ts';
