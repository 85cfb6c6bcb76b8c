import { parseTable } from './parse.ts';
import type { Table } from './table.ts';

/** Parses CSV lines (joined with `\n`, plus a final line break) as `data.csv`. */
export function csv(...lines: string[]): Table {
  return parseTable(`${lines.join('\n')}\n`, 'data.csv');
}

/** A column's cells as a test reads them: numbers (null where missing) or category names (null where missing). */
export function cellsOf(table: Table, name: string): (number | string | null)[] {
  const column = table.columns.find((c) => c.name === name);
  if (!column) throw new Error(`no column ${name}`);
  if (column.type === 'numeric') return Array.from(column.values, (value) => (Number.isNaN(value) ? null : value));
  return Array.from(column.codes, (code) => (code < 0 ? null : column.categories[code]!));
}

/** The error message `work` throws. */
export function errorOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}
