// Criteria of the safety domain, in the order they are shown.
import type { Criterion } from '../types.ts';

export const safetyCriteria: readonly Criterion[] = [];
