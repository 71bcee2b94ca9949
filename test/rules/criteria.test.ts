// Every criterion's table of cases, run through the engine's judge path (see tester.ts).
import { evidenceCriteria } from '../../shared/rules/evidence/index.ts';
import { privacyCriteria } from '../../shared/rules/privacy/index.ts';
import { safetyCriteria } from '../../shared/rules/safety/index.ts';
import { evidenceTables } from './evidence/tables.ts';
import { privacyTables } from './privacy/tables.ts';
import { safetyTables } from './safety/tables.ts';
import { runTables } from './tester.ts';

runTables(evidenceCriteria, evidenceTables);
runTables(privacyCriteria, privacyTables);
runTables(safetyCriteria, safetyTables);
