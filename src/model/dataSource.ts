import { z } from 'zod';
import type { DatasetInfo, DatasetTask } from './datasets.ts';
import { idRecordSchema } from './idRecord.ts';

/** How a column of a table is read: numbers (standardised) or categories (one-hot, or classes for a target). */
export const COLUMN_TYPES = ['numeric', 'categorical'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/**
 * Which columns of a table a network learns from: the `target` to predict, the `features` it
 * predicts from (in input order; by default every usable column), and the type of any column
 * whose inferred type the person changed (a numeric column marked as classes, say).
 */
export interface ColumnChoice {
  target: string;
  features?: readonly string[];
  columns?: Readonly<Record<string, ColumnType>>;
}

const columnName = z.string({ error: 'expected a column name' }).min(1, 'expected a column name');

/**
 * `training.data`: the table a model trains on, recorded without its rows, and the columns chosen
 * from it. For a file a person loaded, `file` is the name it was loaded from and `sha256` the
 * hash of its bytes, so a model says exactly what it needs and a different file is refused; for a
 * built-in table (named by `training.dataset`) both are left out. `columns` holds the type of each
 * column used.
 */
export const dataSourceSchema = z
  .looseObject({
    file: z.string({ error: 'expected a file name' }).min(1, 'expected a file name').optional(),
    sha256: z.string({ error: 'expected a SHA-256 hash' }).regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hash: 64 lowercase hex digits').optional(),
    target: columnName,
    features: z.array(columnName, { error: 'expected a list of column names' }).min(1, 'expected at least one feature column'),
    columns: idRecordSchema(z.enum(COLUMN_TYPES, { error: `expected ${COLUMN_TYPES.join(' or ')}` }), 'an object of column types by column name'),
  })
  // only once each field is valid on its own, so one mistake gives one message
  .superRefine((source, ctx) => checkRoles(source, ctx), { when: (payload) => payload.issues.length === 0 });

/** The target is not a feature, no feature is listed twice, `columns` types only the columns used. */
function checkRoles(source: DataSourceFields, ctx: z.RefinementCtx): void {
  if ((source.file === undefined) !== (source.sha256 === undefined)) {
    const missing = source.file === undefined ? 'file' : 'sha256';
    ctx.addIssue({ code: 'custom', path: [missing], message: 'a file is recorded by its name and its hash: give both, or neither for a built-in table' });
  }
  const seen = new Set<string>();
  source.features.forEach((feature, i) => {
    const problem = feature === source.target ? 'the target cannot also be a feature' : seen.has(feature) ? 'listed twice' : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['features', i], message: `${JSON.stringify(feature)}: ${problem}` });
    seen.add(feature);
  });
  for (const name of Object.keys(source.columns)) {
    if (name !== source.target && !seen.has(name)) ctx.addIssue({ code: 'custom', path: ['columns', name], message: 'not the target or a feature' });
  }
}

interface DataSourceFields {
  file?: string | undefined;
  sha256?: string | undefined;
  target: string;
  features: string[];
  columns: Record<string, ColumnType>;
}

/** A `training.data` block: the file and its hash (absent for a built-in table), and the columns chosen. */
export type DataSource = z.infer<typeof dataSourceSchema>;

/** A `training.data` block that names a file a person loaded. */
export type FileDataSource = DataSource & { file: string; sha256: string };

/** True when the block names a file (rather than choosing columns of a built-in table). */
export function isFileSource(source: DataSource | undefined): source is FileDataSource {
  return source?.file !== undefined && source.sha256 !== undefined;
}

/** The columns a `training.data` block chooses. */
export function choiceOf({ target, features, columns }: DataSource): ColumnChoice {
  return { target, features, columns };
}

/**
 * What the compiler checks a graph against for a table: `name` is the file name (messages read
 * "the penguins.csv dataset has 9 numbers per sample"). A decision boundary is drawn for 2 inputs.
 */
export function tableDatasetInfo(name: string, shape: { inputSize: number; task: DatasetTask }, label = name): DatasetInfo {
  return { name, label, inputSize: shape.inputSize, task: shape.task, planar: shape.inputSize === 2 };
}
