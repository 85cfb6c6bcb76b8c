/**
 * A table read from a CSV file (or built from a binary image set), column by column, before
 * anyone has chosen a target: the types Netloom inferred, the values, the missing cells.
 */
export interface Table {
  /** The file name, as messages and the dataset's name show it. */
  name: string;
  rowCount: number;
  columns: TableColumn[];
  /** The line of the file on which each row starts (1-based); null for a table not read from text. */
  lines: Int32Array | null;
}

export type TableColumn = NumericColumn | CategoricalColumn;

interface ColumnBase {
  name: string;
  /** Cells that were empty or a missing-value token (`NA`, `?`, …). */
  missing: number;
}

/** Every non-missing cell read as a finite number. */
export interface NumericColumn extends ColumnBase {
  type: 'numeric';
  /** One value per row, NaN where the cell is missing. */
  values: Float64Array | Float32Array;
}

/** Text (or numbers mixed with text): a value from a set of categories. */
export interface CategoricalColumn extends ColumnBase {
  type: 'categorical';
  /** The category of each row, an index into `categories`; -1 where the cell is missing. */
  codes: Int32Array;
  /** Every value seen, sorted (numbers by value, then text in natural order: `a2` before `a10`). */
  categories: string[];
}

/** Files larger than this are refused before they are read: 32 MiB, about 150,000 rows of 20 numbers. */
export const MAX_TABLE_BYTES = 32 * 1024 * 1024;

/**
 * A categorical column with more categories than this is left out by default and refused as a
 * feature or target: one-hot encoding it would add that many inputs (or outputs).
 */
export const MAX_CATEGORIES = 100;

/** A numeric column can be used as classes when it holds at most this many distinct whole numbers. */
export const MAX_NUMERIC_CLASSES = 10;

/** Where in a file something is wrong; every field that is known narrows it down. */
export interface TablePlace {
  file: string;
  /** 1-based line of the file. */
  line?: number;
  column?: string;
}

/**
 * A file that cannot become a dataset, or a choice of columns that does not fit it. The message
 * says where, as `penguins.csv line 12, column "bill_length": …`, then what is wrong.
 */
export class TableError extends Error {
  constructor(
    readonly place: TablePlace,
    readonly reason: string,
  ) {
    super(`${formatPlace(place)}: ${reason}`);
    this.name = 'TableError';
  }
}

/** `penguins.csv line 12, column "bill_length"`, `penguins.csv line 12`, `penguins.csv, column "sex"`, `penguins.csv`. */
export function formatPlace({ file, line, column }: TablePlace): string {
  const where = line === undefined ? file : `${file} line ${line}`;
  return column === undefined ? where : `${where}, column ${JSON.stringify(column)}`;
}

/** The place of one row of a table (its line, when the table came from text) and, optionally, one column. */
export function placeOfRow(table: Pick<Table, 'name' | 'lines'>, row: number, column?: string): TablePlace {
  const line = table.lines?.[row];
  return { file: table.name, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) };
}

/** The column named `name`. @throws TableError listing the columns there are. */
export function columnNamed(table: Table, name: string): TableColumn {
  const column = table.columns.find((candidate) => candidate.name === name);
  if (column) return column;
  const names = table.columns.map((c) => JSON.stringify(c.name)).join(', ');
  throw new TableError({ file: table.name }, `there is no column ${JSON.stringify(name)}; the columns are ${names}`);
}
