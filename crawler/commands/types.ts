/** One `mindlabel` sub-command. `run` returns the process exit code. */
export interface Command {
  name: string;
  /** One line for `mindlabel help`. */
  summary: string;
  /** Usage lines shown by `mindlabel help <name>` and on a usage error. */
  usage: string;
  run(args: string[], io: CommandIO): Promise<number>;
}

export interface CommandIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** A mistake in how the command was called: printed as one line with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem with the input or environment the user can fix: printed as one line, exit code 1. */
export class UserError extends Error {
  override name = 'UserError';
}
