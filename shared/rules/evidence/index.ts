// Criteria of the evidence domain, in the order they are shown.
import type { Criterion } from '../kit/index.ts';
import citation from './citation.ts';
import clinicians from './clinicians.ts';
import regulator from './regulator.ts';
import studyType from './study-type.ts';
import technique from './technique.ts';
import unbackedClaim from './unbacked-claim.ts';

export const evidenceCriteria: readonly Criterion[] = [citation, studyType, regulator, clinicians, technique, unbackedClaim];
