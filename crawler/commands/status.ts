// `mindlabel status`: what the archive holds, how fresh it is, what failed.
import { parseArgs } from 'node:util';
import { Archive, DEFAULT_ARCHIVE_PATH } from '../archive/archive.ts';
import { archiveStatus, formatStatus } from '../jobs/status.ts';
import { type Command } from './types.ts';
import { UsageError } from '../errors.ts';

export const statusCommand: Command = {
  name: 'status',
  summary: 'what the archive holds, how fresh it is, failures by kind',
  usage: ['usage: mindlabel status [--db PATH] [--json]', `  --db    the archive (default ${DEFAULT_ARCHIVE_PATH})`, '  --json  print the figures as JSON'].join('\n'),
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({ args, options: { db: { type: 'string', default: DEFAULT_ARCHIVE_PATH }, json: { type: 'boolean', default: false } } }));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const archive = new Archive(values.db, { readonly: true });
    try {
      const status = archiveStatus(archive);
      io.stdout.write(values.json ? `${JSON.stringify(status, null, 2)}\n` : `${formatStatus(status).join('\n')}\n`);
      return 0;
    } finally {
      archive.close();
    }
  },
};
