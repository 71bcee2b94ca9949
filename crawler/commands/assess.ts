// `mindlabel assess FILE|-`: one Listing (JSON) in, its Assessment (JSON) or easy-read label out.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { assess } from '../../shared/assess.ts';
import { Assessment } from '../../shared/schema/assessment.ts';
import { Listing } from '../../shared/schema/listing.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { labelText } from '../../shared/summary.ts';
import { type Command } from './types.ts';
import { UsageError, UserError } from '../errors.ts';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<string> {
  if (file === '-') return readAll(stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? 'error'})`);
  }
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${name} is not valid JSON (${(error as Error).message})`);
  }
}

export const assessCommand: Command = {
  name: 'assess',
  summary: 'assess one listing (JSON) and print its assessment or easy-read label',
  usage: [
    'usage: mindlabel assess FILE|- [--format json|text] [--region CODE]',
    '  FILE      a Listing as JSON (store, appId, title and description are enough); - reads stdin',
    '  --format  json (default): the Assessment; text: the easy-read label for a person',
    '  --region  region for crisis services (gb, ie, us, ca, au, nz); default: the listing’s region',
  ].join('\n'),
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { format: { type: 'string', default: 'json' }, region: { type: 'string' } },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new UsageError('give exactly one FILE, or - for standard input');
    if (values.format !== 'json' && values.format !== 'text') throw new UsageError(`unknown --format "${values.format}" (use json or text)`);
    const file = positionals[0]!;
    const name = file === '-' ? 'standard input' : file;
    const listing = parseWith(Listing, parseJson(await readInput(file, io.stdin), name), `listing in ${name}`);
    const assessment = parseWith(Assessment, assess(listing, values.region ? { region: values.region } : {}), 'assessment');
    io.stdout.write(values.format === 'text' ? `${labelText(assessment)}\n` : `${JSON.stringify(assessment, null, 2)}\n`);
    return 0;
  },
};
