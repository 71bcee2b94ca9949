import { describe, it } from 'vitest';
import { evidenceCriteria } from '../../../shared/rules/evidence/index.ts';
import { evidenceTables } from './tables.ts';
import { check } from './table.ts';

for (const criterion of evidenceCriteria) {
  describe(criterion.meta.id, () => {
    it.each(evidenceTables[criterion.meta.id] ?? [])('$why → $status', (c) => check(criterion, c));
  });
}
