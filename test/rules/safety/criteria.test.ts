import { describe, it } from 'vitest';
import { safetyCriteria } from '../../../shared/rules/safety/index.ts';
import { check } from '../evidence/table.ts';
import { safetyTables } from './tables.ts';

for (const criterion of safetyCriteria) {
  describe(criterion.meta.id, () => {
    it.each(safetyTables[criterion.meta.id] ?? [])('$why → $status', (c) => check(criterion, c));
  });
}
