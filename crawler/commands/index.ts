// Every `mindlabel` sub-command, in the order `mindlabel help` lists them.
import type { Command } from './types.ts';
import { assessCommand } from './assess.ts';

export const commands: readonly Command[] = [assessCommand];
