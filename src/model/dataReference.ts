import { choiceOf, isFileSource, type ColumnChoice, type DataSource } from './dataSource.ts';
import { DATASETS, type DatasetInfo, type DatasetName, type GeneratedDatasetName } from './datasets.ts';
import { isTableDatasetName, TABLE_DATASETS, type TableDatasetName } from './tableDatasets.ts';

/** A table: one built into Netloom by name, or a file a person loaded, by the hash of its bytes. */
export type TableReference = { kind: 'builtin'; name: TableDatasetName } | { kind: 'file'; file: string; sha256: string };

/**
 * Which data a run trains on, as a model's `training` block names it: a dataset generated from
 * the seed, or a table (built in, or a file by hash) with the columns chosen from it. The engine
 * resolves it to the rows (`engine/datasets/provider.ts`); it holds no data itself.
 */
export type DataReference = { kind: 'generated'; name: GeneratedDatasetName } | { kind: 'table'; table: TableReference; choice: ColumnChoice };

/** The data fields of a `training` block. */
export interface DataFields {
  dataset?: DatasetName | undefined;
  data?: DataSource | undefined;
}

/** What a model trains on when its `training` block names no data. */
export const DEFAULT_DATASET: GeneratedDatasetName = 'xor';

/**
 * The data a `training` block names. `data` with a file wins (the schema refuses a `dataset`
 * beside it); a built-in table takes `data`'s columns when given, else its preset choice.
 */
export function dataReferenceOf(training: DataFields | undefined): DataReference {
  const data = training?.data;
  if (isFileSource(data)) return { kind: 'table', table: { kind: 'file', file: data.file, sha256: data.sha256 }, choice: choiceOf(data) };
  const name = training?.dataset ?? DEFAULT_DATASET;
  if (isTableDatasetName(name)) return { kind: 'table', table: { kind: 'builtin', name }, choice: data ? choiceOf(data) : TABLE_DATASETS[name].choice };
  return { kind: 'generated', name };
}

/**
 * The shape the data has, when it is known without reading a table: a generated set, or a built-in
 * table with its preset columns. Undefined when it depends on a table's columns (a file, or a
 * choice of columns): whoever has read the table knows it (the Data panel, the CLI).
 */
export function knownDatasetInfo(training: DataFields | undefined): DatasetInfo | undefined {
  if (training?.data !== undefined) return undefined;
  return DATASETS[training?.dataset ?? DEFAULT_DATASET];
}

/** A short key naming a table, for caches: `builtin:penguins`, `sha256:<hex>`. */
export function tableKey(table: TableReference): string {
  return table.kind === 'builtin' ? `builtin:${table.name}` : `sha256:${table.sha256}`;
}

/** Whether two references give the same rows: the same generated set, or the same table (by content) and columns. */
export function sameDataReference(a: DataReference, b: DataReference): boolean {
  if (a.kind === 'generated') return b.kind === 'generated' && a.name === b.name;
  if (b.kind === 'generated') return false;
  return tableKey(a.table) === tableKey(b.table) && sameChoice(a.choice, b.choice);
}

function sameChoice(a: ColumnChoice, b: ColumnChoice): boolean {
  const sameList = (x: readonly string[] | undefined, y: readonly string[] | undefined) =>
    x === y || (x !== undefined && y !== undefined && x.length === y.length && x.every((name, i) => name === y[i]));
  const types = (choice: ColumnChoice) => Object.entries(choice.columns ?? {}).sort(([x], [y]) => (x < y ? -1 : 1));
  const [typesA, typesB] = [types(a), types(b)];
  return (
    a.target === b.target &&
    sameList(a.features, b.features) &&
    typesA.length === typesB.length &&
    typesA.every(([name, type], i) => typesB[i]![0] === name && typesB[i]![1] === type)
  );
}

/** How the data is named to a person: the dataset's label, or the file's name. */
export function dataLabel(reference: DataReference): string {
  if (reference.kind === 'generated') return DATASETS[reference.name].label;
  return reference.table.kind === 'builtin' ? TABLE_DATASETS[reference.table.name].info.label : reference.table.file;
}
