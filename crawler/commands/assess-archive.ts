// `mindlabel reassess`: re-assess every archived listing with the current rubric (no network).
import { parseArgs } from 'node:util';
import { Archive, DEFAULT_ARCHIVE_PATH } from '../archive/archive.ts';
import { Progress } from '../progress.ts';
import { reassess } from '../jobs/reassess.ts';
import { type Command } from './types.ts';
import { UsageError } from '../errors.ts';

export const reassessCommand: Command = {
  name: 'reassess',
  summary: 'assess every archived listing again with the current rubric (no network)',
  usage: [
    'usage: mindlabel reassess [--db PATH] [--region CODE]',
    `  --db      the archive (default ${DEFAULT_ARCHIVE_PATH})`,
    '  --region  crisis-service region for every listing (default: each listing’s own region)',
    '  (`mindlabel assess FILE` assesses one listing given as JSON.)',
  ].join('\n'),
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({ args, options: { db: { type: 'string', default: DEFAULT_ARCHIVE_PATH }, region: { type: 'string' } } }));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const archive = new Archive(values.db, { create: false });
    try {
      const summary = reassess({
        archive,
        ...(values.region !== undefined ? { region: values.region.toLowerCase() } : {}),
        progress: (total) => new Progress('reassess', total, io.stderr as NodeJS.WriteStream, { unit: 'listings' }),
      });
      io.stdout.write(`assessed ${summary.assessed} listings with rubric ${summary.rubricVersion} in ${(summary.elapsedMs / 1000).toFixed(1)} s\n`);
      for (const f of summary.failed) io.stdout.write(`  could not assess ${f.app}: ${f.message}\n`);
      return summary.failed.length ? 1 : 0;
    } finally {
      archive.close();
    }
  },
};
