import type { ColumnChoice } from '../model/index.ts';
import { UsageError } from './command.ts';

/** The flags that choose a table's columns (`data` and `train`). */
export const COLUMN_FLAGS = {
  target: { type: 'string' },
  features: { type: 'string' },
  categorical: { type: 'string' },
} as const;

export type ColumnFlags = Partial<Record<keyof typeof COLUMN_FLAGS, string>>;

/** Whether any column flag was given. */
export function hasColumnFlags(flags: ColumnFlags): boolean {
  return flags.target !== undefined || flags.features !== undefined || flags.categorical !== undefined;
}

/**
 * The choice the flags make: `--target`, `--features a,b` (default: every usable column) and
 * `--categorical a,b` (columns read as categories). `defaultTarget` stands in for a missing --target.
 * @throws UsageError without a target, or for a list with no names.
 */
export function columnChoice(flags: ColumnFlags, defaultTarget?: string): ColumnChoice {
  const target = flags.target ?? defaultTarget;
  if (target === undefined) throw new UsageError('missing --target: the column to predict');
  return {
    target,
    ...(flags.features === undefined ? {} : { features: columnList(flags.features, '--features') }),
    columns: Object.fromEntries(columnList(flags.categorical ?? '', '--categorical', true).map((name) => [name, 'categorical'])),
  };
}

/** `a, b,c` → ["a", "b", "c"]: column names separated by commas. */
function columnList(text: string, flag: string, emptyAllowed = false): string[] {
  const names = text.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0 && !emptyAllowed) throw new UsageError(`${flag}: expected column names separated by commas`);
  return names;
}
