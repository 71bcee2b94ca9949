// Every `mindlabel` sub-command, in the order `mindlabel help` lists them.
import type { Command } from './types.ts';
import { assessCommand } from './assess.ts';
import { rubricCommand } from './rubric.ts';
import { importCommand } from './import.ts';
import { crawlCommand } from './crawl.ts';
import { reassessCommand } from './assess-archive.ts';
import { exportCommand } from './export.ts';
import { statusCommand } from './status.ts';

export const commands: readonly Command[] = [
  assessCommand,
  rubricCommand,
  importCommand,
  crawlCommand,
  reassessCommand,
  exportCommand,
  statusCommand,
];
