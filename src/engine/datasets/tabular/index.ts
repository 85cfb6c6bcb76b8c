/**
 * Tables a person brings (CSV, TSV, semicolon files) and the built-in real datasets, read into
 * typed columns, planned (target, features, types) and encoded into an engine `Dataset`. No DOM:
 * the same code runs in the worker and in Node.
 *
 *   bytes ─decodeTableBytes→ text ─parseTable→ Table ─planTable(choice)→ TablePlan ─encodeTable(seed)→ EncodedTable
 *                                                                          └describeTable→ TableDescription (the CLI's JSON line)
 */

/** `Table`: typed columns, missing cells, the line each row starts on. `TableError`: a message naming file, line and column. */
export { TableError, formatPlace, MAX_TABLE_BYTES, MAX_CATEGORIES, MAX_NUMERIC_CLASSES } from './table.ts';
export type { Table, TableColumn, NumericColumn, CategoricalColumn, TablePlace } from './table.ts';
/** The missing-value tokens and the number rule of type inference. */
export { MISSING_TOKENS, isMissingToken, readNumber } from './cells.ts';
/** Bytes to text (UTF-8, UTF-16 with a BOM, Windows-1252), refusing binary data and files over the size limit. */
export { decodeTableBytes, checkTableSize } from './decode.ts';
/** Text to a table, with papaparse on the calling thread; the delimiter found. */
export { parseTable, DELIMITERS } from './parse.ts';
export type { ParsedTable, Delimiter } from './parse.ts';
/** What a column holds before any choice (the Data panel's facts), and why it is left out by default. */
export { columnFacts } from './columnFacts.ts';
export type { ColumnFacts, IgnoreReason } from './columnFacts.ts';
/** A choice of target, features and types applied to a table: widths, task, classes, rows kept. */
export { planTable } from './plan.ts';
export type { TablePlan, TargetPlan, FeaturePlan, PlannedColumn, ColumnRole } from './plan.ts';
/** The seeded, stratified split and the encoding fitted on the training part. */
export { encodeTable } from './encodeTable.ts';
export type { EncodeOptions, EncodedTable, Standardization } from './encodeTable.ts';
/** The summary `cli data` prints as one JSON line. */
export { describeTable, classBalance } from './describe.ts';
export type { TableDescription, ColumnDescription } from './describe.ts';
/** Regression results in the target's own units. */
export { toTargetUnits, regressionErrors } from './regressionErrors.ts';
export type { RegressionErrors } from './regressionErrors.ts';
/** The hash `training.data.sha256` records. */
export { sha256Hex } from './fileHash.ts';
/** `training.data` for a plan, and what differs when another file is offered for it. */
export { dataSourceOf, sourceMismatches } from './dataSourceMatch.ts';
