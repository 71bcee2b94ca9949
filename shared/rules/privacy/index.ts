// Criteria of the privacy domain, in the order they are shown.
import type { Criterion } from '../types.ts';

export const privacyCriteria: readonly Criterion[] = [];
