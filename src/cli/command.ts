/** Where a command writes: stdout for results, stderr for progress-free errors. Each call writes the text and a line break. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** One `npm run cli -- <name> ...` command. `run` resolves to the process exit code. */
export interface Command {
  name: string;
  /** One line for the help listing. */
  summary: string;
  /** e.g. `validate <model.json>` */
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

/** A mistake in how the command was called (bad flag, missing argument): exit 2, usage shown. */
export class UsageError extends Error {}

/** A file named on the command line is missing, unreadable as JSON, or cannot be written: exit 2. */
export class InputFileError extends Error {}
