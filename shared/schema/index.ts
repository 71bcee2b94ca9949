export * from './listing.ts';
export * from './finding.ts';
export * from './assessment.ts';
export * from './dataset.ts';
export * from './validate.ts';
