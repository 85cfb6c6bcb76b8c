import { parseArgs } from 'node:util';
import { DATASET_NAMES, isDatasetName, type DatasetName } from '../model/index.ts';
import { UsageError } from './command.ts';

type FlagOptions = Record<string, { type: 'string' | 'boolean' }>;

/**
 * `util.parseArgs` in strict mode with positionals allowed; a flag it does not know, or one
 * missing its value, becomes a UsageError (exit 2) instead of a stack trace. A string flag's
 * value may be a negative number (`--input -1,0.5`, `--seed -1`).
 */
export function parseFlags<const T extends FlagOptions>(argv: string[], options: T) {
  try {
    return parseArgs({ args: joinNegativeValues(argv, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages span several lines; the CLI keeps an error to one.
    throw new UsageError((error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' '));
  }
}

/** `-1`, `-.5`, `-1,0.5;2,3`, `-1e-3`, `-Infinity`: no flag is spelled like this. */
const NEGATIVE_NUMBER = /^-(\d|\.\d|Infinity)/;

/**
 * parseArgs refuses `--seed -1` as ambiguous (is `-1` a value or a short flag?). No flag here
 * is a dash and a digit, so a string flag followed by a negative number takes it as its value,
 * as if written `--seed=-1`. Anything else starting with `-` stays ambiguous and is refused.
 */
function joinNegativeValues(argv: readonly string[], options: FlagOptions): string[] {
  const takesString = (arg: string) => arg.startsWith('--') && Object.hasOwn(options, arg.slice(2)) && options[arg.slice(2)]!.type === 'string';
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...args, ...argv.slice(i)];
    const next = argv[i + 1];
    if (next !== undefined && takesString(arg) && NEGATIVE_NUMBER.test(next)) {
      args.push(`${arg}=${next}`);
      i += 1;
    } else {
      args.push(arg);
    }
  }
  return args;
}

/** The single positional argument a command takes, e.g. the model file. */
export function singlePositional(positionals: string[], name: string): string {
  if (positionals.length === 0) throw new UsageError(`missing ${name}`);
  if (positionals.length > 1) throw new UsageError(`expected one ${name}, got ${positionals.length}: ${positionals.join(' ')}`);
  return positionals[0]!;
}

export function requiredFlag(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`missing ${flag}`);
  return value;
}

/** A number given as a flag's value; its range is checked by whoever knows the rule. */
export function numberFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new UsageError(`${flag}: expected a number, got "${value}"`);
  return number;
}

/**
 * Rows of numbers as typed on a command line, `"2,3,1;0,1,0"` (rows split by `;`), each of
 * `width` numbers, flattened batch-major for the engine.
 */
export function parseRows(text: string, flag: string, width: number): { values: number[]; rows: number } {
  const rows = text.split(';').map((row) => row.trim()).filter((row) => row !== '');
  if (rows.length === 0) throw new UsageError(`${flag}: expected rows of numbers like "1,2;3,4"`);
  const values: number[] = [];
  rows.forEach((row, r) => {
    const cells = row.split(',');
    if (cells.length !== width) {
      throw new UsageError(`${flag}: row ${r + 1} has ${cells.length} numbers, the network expects ${width}`);
    }
    for (const cell of cells) {
      const value = Number(cell);
      if (cell.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${flag}: row ${r + 1}: "${cell.trim()}" is not a number`);
      values.push(value);
    }
  });
  return { values, rows: rows.length };
}

/** The `--dataset NAME` flag, checked against the built-in datasets. */
export function datasetFlag(value: string | undefined): DatasetName | undefined {
  if (value === undefined || isDatasetName(value)) return value;
  throw new UsageError(`--dataset: unknown dataset "${value}"; choose one of ${DATASET_NAMES.join(', ')}`);
}
