// Criteria of the safety domain, in the order they are shown.
import type { Criterion } from '../kit/index.ts';
import crisis from './crisis.ts';
import humanSupport from './human-support.ts';
import notASubstitute from './not-a-substitute.ts';
import personalisation from './personalisation.ts';
import progress from './progress.ts';
import sideEffects from './side-effects.ts';
import suitability from './suitability.ts';

export const safetyCriteria: readonly Criterion[] = [
  sideEffects,
  notASubstitute,
  suitability,
  crisis,
  personalisation,
  progress,
  humanSupport,
];
