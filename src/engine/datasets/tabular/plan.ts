import { count } from '../../../compiler/wording.ts';
import { ownValue, type ColumnChoice, type ColumnType, type DatasetTask } from '../../../model/index.ts';
import { categoricalAsNumeric, columnFacts, numericAsCategorical, type ColumnFacts } from './columnFacts.ts';
import { columnNamed, MAX_CATEGORIES, TableError, type CategoricalColumn, type NumericColumn, type Table, type TableColumn } from './table.ts';

/** What the network predicts: one of `classes` (by index), or a number. */
export type TargetPlan = { kind: 'classification'; column: CategoricalColumn; classes: string[] } | { kind: 'regression'; column: NumericColumn };

/** One feature as it is encoded: numeric columns give one input, categorical ones one per category plus one for "missing". */
export interface FeaturePlan {
  column: TableColumn;
  width: number;
}

/**
 * A table with the person's choice applied: which columns are features (converted to the chosen
 * types), the target, the rows kept, and the widths the network needs. Not yet split or scaled:
 * `encodeTable` does that from a seed.
 */
export interface TablePlan {
  table: Table;
  features: FeaturePlan[];
  target: TargetPlan;
  /** The rows whose target is present, in file order. */
  rows: Int32Array;
  /** Rows left out because their target is missing. */
  droppedRows: number;
  /** Encoded feature width: what the Input node's size must be. */
  inputSize: number;
  /** Output width for the usual head: k (softmax) for k ≥ 3 classes, 1 (sigmoid) for 2, 1 for a regression. */
  outputSize: number;
  task: DatasetTask;
  /** Each column, in file order, with its role. */
  columns: PlannedColumn[];
  /** A name for each encoded input, in order: `bill_length`, `island=Biscoe`, `sex (missing)`. */
  inputNames: string[];
}

export type ColumnRole = 'feature' | 'target' | 'ignore';

/** A column's facts with the type it is read as and its role. */
export interface PlannedColumn extends ColumnFacts {
  role: ColumnRole;
  /** The type used: the inferred one or the person's choice. */
  usedType: ColumnType;
  /** Inputs it adds (features), outputs it needs (the target), or 0. */
  width: number;
}

/**
 * Applies a choice of target, features and column types to a table.
 * @throws TableError naming the file and column when the choice does not fit: an unknown column,
 *   a target that is an id, has one class, one value or no values, a feature with no values or
 *   too many categories, a type the column cannot take, or no features at all.
 */
export function planTable(table: Table, choice: ColumnChoice): TablePlan {
  for (const name of Object.keys(choice.columns ?? {})) columnNamed(table, name);
  // Column names are the file's own words: `toString` is a column like any other, never Object.prototype's.
  const read = (name: string, use: 'feature' | 'target') => readAs(table, columnNamed(table, name), ownValue(choice.columns, name), use);
  const facts = table.columns.map((column) => columnFacts(column, table.rowCount));
  const target = planTarget(table, read(choice.target, 'target'));
  const rows = presentRows(target.column);
  const features = featureNames(table, facts, choice).map((name) => planFeature(table, read(name, 'feature')));
  if (features.length === 0) {
    throw new TableError({ file: table.name }, `no column is left to predict ${JSON.stringify(choice.target)} from: choose at least one feature`);
  }
  const task: DatasetTask =
    target.kind === 'classification' ? { kind: 'classification', classes: target.classes.length } : { kind: 'regression', outputs: 1 };
  const outputSize = task.kind === 'classification' && task.classes > 2 ? task.classes : 1;
  return {
    table,
    features,
    target,
    rows,
    droppedRows: table.rowCount - rows.length,
    inputSize: features.reduce((sum, feature) => sum + feature.width, 0),
    outputSize,
    task,
    columns: plannedColumns(facts, features, { column: target.column, width: outputSize }),
    inputNames: features.flatMap(inputNamesOf),
  };
}

/** Every column's facts with its role, the type it is read as, and its width. */
function plannedColumns(facts: ColumnFacts[], features: FeaturePlan[], target: FeaturePlan): PlannedColumn[] {
  const used = new Map<string, FeaturePlan & { role: ColumnRole }>(features.map((feature) => [feature.column.name, { ...feature, role: 'feature' }]));
  used.set(target.column.name, { ...target, role: 'target' });
  return facts.map((fact) => {
    const use = used.get(fact.name);
    return { ...fact, role: use?.role ?? 'ignore', usedType: use?.column.type ?? fact.type, width: use?.width ?? 0 };
  });
}

/** The column as the person typed it (or as inferred). */
function readAs(table: Table, column: TableColumn, type: ColumnType | undefined, use: 'feature' | 'target'): TableColumn {
  if (type === undefined || type === column.type) return column;
  return column.type === 'numeric' ? numericAsCategorical(table, column, use) : categoricalAsNumeric(table, column);
}

function planTarget(table: Table, column: TableColumn): TargetPlan {
  const place = { file: table.name, column: column.name };
  const present = table.rowCount - column.missing;
  if (present === 0) throw new TableError(place, `every row's value is missing (${count(table.rowCount, 'row')}): pick another target`);
  if (column.type === 'numeric') {
    const first = column.values.find((value) => !Number.isNaN(value))!;
    if (column.values.every((value) => Number.isNaN(value) || value === first)) {
      throw new TableError(place, `every row has the value ${first}: there is nothing to predict`);
    }
    return { kind: 'regression', column };
  }
  const classes = column.categories;
  if (classes.length === 1) throw new TableError(place, `every row has the class ${JSON.stringify(classes[0])}: a classifier needs at least 2 classes`);
  if (classes.length === present) {
    throw new TableError(place, `every row has a different value (${count(present, 'value')}): the column identifies rows and cannot be learned as classes`);
  }
  if (classes.length > MAX_CATEGORIES) {
    throw new TableError(place, `${classes.length} classes is more than Netloom trains on (${MAX_CATEGORIES}): pick another target`);
  }
  return { kind: 'classification', column, classes };
}

function planFeature(table: Table, column: TableColumn): FeaturePlan {
  const place = { file: table.name, column: column.name };
  if (column.missing === table.rowCount) throw new TableError(place, 'every value is missing: leave the column out');
  if (column.type === 'numeric') return { column, width: 1 };
  if (column.categories.length > MAX_CATEGORIES) {
    throw new TableError(
      place,
      `${column.categories.length} different values would become ${column.categories.length} one-hot inputs, more than ${MAX_CATEGORIES}: leave the column out`,
    );
  }
  return { column, width: column.categories.length + (column.missing > 0 ? 1 : 0) };
}

/** The features chosen, or by default every column that is not the target and not left out by its facts. */
function featureNames(table: Table, facts: ColumnFacts[], { target, features }: ColumnChoice): readonly string[] {
  if (features === undefined) return facts.filter((fact) => fact.name !== target && fact.ignoredBecause === null).map((fact) => fact.name);
  features.forEach((name, i) => {
    const place = { file: table.name, column: name };
    if (name === target) throw new TableError(place, 'the target cannot also be a feature');
    if (features.indexOf(name) !== i) throw new TableError(place, 'the column is listed twice among the features');
  });
  return features;
}

function presentRows(column: TableColumn): Int32Array {
  const rows: number[] = [];
  if (column.type === 'numeric') column.values.forEach((value, row) => Number.isNaN(value) || rows.push(row));
  else column.codes.forEach((code, row) => code < 0 || rows.push(row));
  return Int32Array.from(rows);
}

function inputNamesOf({ column }: FeaturePlan): string[] {
  if (column.type === 'numeric') return [column.name];
  const names = column.categories.map((category) => `${column.name}=${category}`);
  return column.missing > 0 ? [...names, `${column.name} (missing)`] : names;
}
