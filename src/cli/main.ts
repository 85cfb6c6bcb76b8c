import { pathToFileURL } from 'node:url';
import { InputFileError, UsageError, type CliIO, type Command } from './command.ts';
import { dataCommand } from './commands/data.ts';
import { exportCommand } from './commands/export.ts';
import { gradCommand } from './commands/grad.ts';
import { importCommand } from './commands/import.ts';
import { predictCommand } from './commands/predict.ts';
import { trainCommand } from './commands/train.ts';
import { validateCommand } from './commands/validate.ts';
import { InvalidModelError } from './modelFile.ts';

/** Every command, in the order `help` lists them. To add one, import it and add it here. */
const COMMANDS: readonly Command[] = [
  validateCommand,
  predictCommand,
  gradCommand,
  trainCommand,
  dataCommand,
  exportCommand,
  importCommand,
];

const PROGRAM = 'npm run -s cli --';

/** Runs one command line (without `node main.ts`) and resolves to the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`error: unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\nusage: ${PROGRAM} ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, command, io);
  }
}

/** User mistakes become one or two lines and an exit code; anything else is a bug and keeps its stack. */
function reportError(error: unknown, command: Command, io: CliIO): number {
  if (error instanceof UsageError) {
    io.stderr(`error: ${error.message}`);
    io.stderr(`usage: ${PROGRAM} ${command.usage}`);
    return 2;
  }
  if (error instanceof InputFileError) {
    io.stderr(`error: ${error.message}`);
    return 2;
  }
  if (error instanceof InvalidModelError) {
    io.stderr(`error: ${error.heading}:`);
    for (const problem of error.problems) io.stderr(`  ${problem}`);
    return 1;
  }
  throw error;
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [`usage: ${PROGRAM} <command> [arguments]`, '', 'commands:', ...lines, '', `${PROGRAM} <command> --help for its arguments`].join('\n');
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

// Run only when executed (`tsx src/cli/main.ts`), not when a test imports runCli.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2), processIO);
}
