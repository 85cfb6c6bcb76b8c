/**
 * The messages between the Data panel and the table worker, which reads, hashes and plans tables
 * off the page's thread. Both sides import this one module.
 */
import type { ColumnFacts, TableDescription } from '../engine/index.ts';
import type { ColumnChoice, DataSource, DatasetInfo, FileDataSource, TableDatasetName, TableReference } from '../model/index.ts';

/** Where a table comes from: a file's bytes (transferred), or a built-in table the worker fetches. */
export type TableOrigin = { kind: 'file'; name: string; bytes: ArrayBuffer } | { kind: 'builtin'; name: TableDatasetName };

/** A table as read, before any choice of columns: what the Data panel's preview and column list show. */
export interface TableSummary {
  /** The built-in table, or the file by name and SHA-256. */
  table: TableReference;
  rowCount: number;
  /** The delimiter the file turned out to use; null for a table not read from text (the MNIST digits). */
  delimiter: ',' | '\t' | ';' | null;
  /** Every column, as inferred: type, missing cells, distinct values, why it is left out by default. */
  columns: ColumnFacts[];
  /** The first rows as Netloom reads them, cell by cell (null where a value is missing), for the first `PREVIEW_COLUMNS` columns. */
  preview: (string | null)[][];
}

/** A choice of columns applied to the current table. */
export interface PlanSummary {
  /** Rows kept and dropped, the widths, the task and classes, each column's type, width and role. */
  description: TableDescription;
  /** The shape the compiler checks the graph against. */
  info: DatasetInfo;
  /** Kept rows per class, in `description.classes` order; empty for a regression. */
  classCounts: number[];
  /** The `training.data` block that records the choice (with the file's name and hash for a file). */
  source: DataSource;
}

export type ToTableWorker =
  /**
   * Reads a table and makes it the current one. With `expected` (a model's record of its file) the
   * file must be that one: otherwise it is refused, saying what differs, and the current table stays.
   * A file without `choice` is planned with a suggested target.
   */
  | { type: 'open'; request: number; origin: TableOrigin; expected?: FileDataSource; choice?: ColumnChoice }
  /** Applies a choice of columns to the current table. */
  | { type: 'plan'; request: number; choice: ColumnChoice };

export type FromTableWorker =
  | { type: 'opened'; request: number; summary: TableSummary; plan: PlanSummary | null }
  | { type: 'planned'; request: number; plan: PlanSummary }
  /** The file or the choice does not fit; `message` names the file, the line and the column. */
  | { type: 'failed'; request: number; message: string };

/** The largest file the worker reads (a larger one is refused, saying so). */
export { MAX_TABLE_BYTES } from '../engine/datasets/tabular/table.ts';

/** How many columns of the first rows the preview carries, and how many rows. */
export const PREVIEW_COLUMNS = 12;
export const PREVIEW_ROWS = 5;
