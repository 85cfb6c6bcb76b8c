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

/** Six penguins: three species (one row without), an island, a bill length and a sex with missing values, a tag that is an id. */
export const PENGUIN_LINES = [
  'species,island,bill,sex,tag',
  'Adelie,Torgersen,39.1,MALE,a1',
  'Adelie,Biscoe,.,FEMALE,a2',
  'Gentoo,Biscoe,46.1,.,a3',
  'Chinstrap,Dream,46.5,FEMALE,a4',
  'NA,Dream,50,MALE,a5',
  'Gentoo,Biscoe,47,MALE,a6',
];

/** What `describeTable` says of `PENGUIN_LINES` with the target `species` (and `cli data` prints). */
export const PENGUIN_DESCRIPTION = {
  rows: 5,
  droppedRows: 1,
  inputSize: 7,
  outputSize: 3,
  task: 'classification',
  classes: ['Adelie', 'Chinstrap', 'Gentoo'],
  columns: [
    { name: 'species', type: 'categorical', missing: 1, width: 3, role: 'target' },
    { name: 'island', type: 'categorical', missing: 0, width: 3, role: 'feature' },
    { name: 'bill', type: 'numeric', missing: 1, width: 1, role: 'feature' },
    { name: 'sex', type: 'categorical', missing: 1, width: 3, role: 'feature' },
    { name: 'tag', type: 'ignored', missing: 0, width: 0, role: 'ignore' },
  ],
};
