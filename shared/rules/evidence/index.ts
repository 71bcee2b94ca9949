// Criteria of the evidence domain, in the order they are shown.
import type { Criterion } from '../types.ts';

export const evidenceCriteria: readonly Criterion[] = [];
