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
