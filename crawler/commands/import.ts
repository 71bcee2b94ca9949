// `mindlabel import`: listing exports → Listings as JSON lines (stdout or --out FILE).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { importFile, type ImportOptions } from '../import/index.ts';
import { type Command } from './types.ts';
import { UsageError, UserError } from '../errors.ts';

const usage = `Usage: mindlabel import FILE... [--out FILE] [--captured-at DATE] [--region CC]

Reads listing exports and writes one Listing per line as JSON (to stdout, or to --out FILE):
  *.json   iTunes Search/Lookup API responses ({"results": [...]}) or lists of such apps
  *.csv    sheets with an app name and a description column and store links or ids
           (e.g. appName, company, description, iosLink, androidLink)
Records that cannot be read are skipped with a reason (listed on stderr); the rest are kept.
A value that is unsafe or impossible (a link that is not http(s), a rating outside 0–5, a negative
count) is left out of its record, with a reason. Exits 1 when no valid listing was read.

  --out FILE          write the JSON lines to FILE instead of stdout
  --captured-at DATE  when the export was made (default: a date column, else the file's mtime)
  --region CC         storefront of an iTunes export ("us", "gb")`;

interface Args {
  files: string[];
  out?: string;
  options: ImportOptions;
}

function parseArgs(args: string[]): Args {
  const files: string[] = [];
  const options: ImportOptions = {};
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--out') out = value();
    else if (arg === '--captured-at') options.capturedAt = value();
    else if (arg === '--region') {
      const region = value();
      if (!/^[a-z]{2}$/i.test(region)) throw new UsageError(`--region must be a two-letter country code, got "${region}"`);
      options.region = region.toLowerCase();
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError('give at least one export file');
  return out === undefined ? { files, options } : { files, out, options };
}

export const importCommand: Command = {
  name: 'import',
  summary: 'turn listing exports (iTunes Search/Lookup JSON, CSV with descriptions) into Listings',
  usage,
  async run(args, io) {
    const { files, out, options } = parseArgs(args);
    const sink: NodeJS.WritableStream = out ? createWriteStream(out) : io.stdout;
    let total = 0;
    let skippedTotal = 0;
    // A reader that stops early (`| head`) closes the pipe: stop writing, it is not an error.
    let closed = false;
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') closed = true;
      else throw error;
    };
    sink.on('error', onError);
    try {
      for (const file of files) {
        let result;
        try {
          result = await importFile(file, options);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          throw new UserError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
        }
        for (const listing of result.listings) {
          if (closed) break;
          if (!sink.write(`${JSON.stringify(listing)}\n`)) {
            try {
              await Promise.race([once(sink, 'drain'), once(sink, 'close')]);
            } catch (error) {
              onError(error as NodeJS.ErrnoException);
            }
          }
        }
        total += result.listings.length;
        skippedTotal += result.skipped.length;
        io.stderr.write(`${file}: ${result.listings.length} listings, ${result.skipped.length} skipped\n`);
        for (const s of result.skipped) io.stderr.write(`  skipped ${s.row === 0 ? 'file' : `record ${s.row}`}: ${s.reason}\n`);
        for (const d of result.dropped) io.stderr.write(`  record ${d.row}: ${d.reason}\n`);
      }
    } finally {
      sink.off('error', onError);
      if (out) {
        sink.end();
        await once(sink, 'finish');
      }
    }
    io.stderr.write(`imported ${total} listings${out ? ` to ${out}` : ''}; skipped ${skippedTotal}\n`);
    if (total === 0) throw new UserError(`no valid listing in ${files.join(', ')}${skippedTotal ? ` (${skippedTotal} records skipped)` : ''}`);
    return 0;
  },
};
