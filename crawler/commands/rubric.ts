// `mindlabel rubric`: every criterion with its weight and the parts it reads – the weights in one place.
import { criteria, RUBRIC_VERSION } from '../../shared/rules/index.ts';
import { SCORE_FORMULA } from '../../shared/score.ts';
import { type Command } from './types.ts';
import { UsageError } from '../errors.ts';

export function rubricTable(): string {
  const rows = criteria.map((c) => [c.meta.id, String(c.meta.weight), c.meta.needs.join('|'), c.meta.title]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['criterion', 'weight', 'reads'][i]!.length));
  const line = (r: string[]) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ');
  return [`MindLabel rubric ${RUBRIC_VERSION}`, '', line(['criterion', 'weight', 'reads', 'title']), ...rows.map(line), '', SCORE_FORMULA].join('\n');
}

export const rubricCommand: Command = {
  name: 'rubric',
  summary: 'print every criterion with its weight and the listing parts it reads',
  usage: 'usage: mindlabel rubric',
  async run(args, io) {
    if (args.length > 0) throw new UsageError(`unexpected argument "${args[0]}"`);
    io.stdout.write(`${rubricTable()}\n`);
    return 0;
  },
};
