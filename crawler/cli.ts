// The `mindlabel` command line: dispatches to one module per sub-command (crawler/commands/).
import { commands } from './commands/index.ts';
import { type CommandIO } from './commands/types.ts';
import { UsageError } from './errors.ts';
import { ValidationError } from '../shared/schema/validate.ts';

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'mindlabel – plain-language checks of mental-health app listings',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `mindlabel help COMMAND` for its options.',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIO = process): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = commands.find((c) => c.name === args[0]);
    io.stdout.write(`${topic ? topic.usage : helpText()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`mindlabel: unknown command "${name}". Commands: ${commands.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // Errors people can act on are one line, never a stack trace.
    if (error instanceof UsageError) {
      io.stderr.write(`mindlabel ${name}: ${error.message}\n${command.usage}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`mindlabel ${name}: ${message.split('\n')[0]}\n`);
    if (process.env.MINDLABEL_DEBUG && error instanceof Error && !(error instanceof ValidationError)) {
      io.stderr.write(`${error.stack}\n`);
    }
    return 1;
  }
}
