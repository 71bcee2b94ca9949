// `mindlabel export`: the validated dataset the extension ships with.
import { parseArgs } from 'node:util';
import { Archive, DEFAULT_ARCHIVE_PATH } from '../archive/archive.ts';
import { DEFAULT_DATASET_PATH, buildDataset, writeDataset } from '../jobs/export.ts';
import { type Command } from './types.ts';
import { UsageError } from '../errors.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the validated dataset JSON the extension bundles',
  usage: [
    'usage: mindlabel export [--db PATH] [--out FILE] [--all]',
    `  --db    the archive (default ${DEFAULT_ARCHIVE_PATH})`,
    `  --out   where to write it (default ${DEFAULT_DATASET_PATH}, bundled by \`npx wxt build\`); - = stdout`,
    '  --all   include listings the mental-health classifier leaves out',
    'Fails, naming the app and field, when any entry does not validate; run `mindlabel reassess` first.',
  ].join('\n'),
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: { db: { type: 'string', default: DEFAULT_ARCHIVE_PATH }, out: { type: 'string', default: DEFAULT_DATASET_PATH }, all: { type: 'boolean', default: false } },
      }));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const archive = new Archive(values.db, { create: false });
    try {
      const { dataset, notMentalHealth } = buildDataset({ archive, includeAll: values.all });
      if (values.out === '-') io.stdout.write(`${JSON.stringify(dataset)}\n`);
      else writeDataset(values.out, dataset);
      const origins = new Map<string, number>();
      for (const e of dataset.entries) {
        const origin = e.provenance.details?.origin ?? Object.values(e.provenance)[0]?.origin ?? 'unknown';
        origins.set(origin, (origins.get(origin) ?? 0) + 1);
      }
      const byOrigin = [...origins].map(([o, n]) => `${o} ${n}`).join(', ');
      io.stderr.write(
        `exported ${dataset.entries.length} entries (rubric ${dataset.rubricVersion}${byOrigin ? `; ${byOrigin}` : ''})` +
          `${values.out === '-' ? '' : ` to ${values.out}`}` +
          `${notMentalHealth.length ? `; left out ${notMentalHealth.length} not mental-health (${notMentalHealth.slice(0, 4).join(', ')}${notMentalHealth.length > 4 ? ', …' : ''})` : ''}\n`,
      );
      return 0;
    } finally {
      archive.close();
    }
  },
};
