import type { DataSource, FileDataSource } from '../../../model/index.ts';
import { planTable, type TablePlan } from './plan.ts';
import { TableError, type Table } from './table.ts';

/**
 * The `training.data` block that records a plan: the file's name and hash (left out for a built-in
 * table, which `training.dataset` names), the target, the features in input order, every used
 * column's type.
 */
export function dataSourceOf(plan: TablePlan, file?: { file: string; sha256: string }): DataSource {
  const used = plan.columns.filter((column) => column.role !== 'ignore');
  return {
    ...(file ? { file: file.file, sha256: file.sha256 } : {}),
    target: plan.target.column.name,
    features: plan.features.map((feature) => feature.column.name),
    columns: Object.fromEntries(used.map((column) => [column.name, column.usedType])),
  };
}

/**
 * Why a file offered for a model's `training.data` is not the one it was trained on, in words for
 * the person (empty when it is the same file): its contents differ (hash), or the model's
 * columns are missing from it or do not fit it as they did.
 */
export function sourceMismatches(source: FileDataSource, offered: { sha256: string; table: Table }): string[] {
  const problems: string[] = [];
  if (offered.sha256 !== source.sha256) {
    problems.push(`${offered.table.name} is not the ${source.file} the model was trained on: the contents differ`);
  }
  const names = new Set(offered.table.columns.map((column) => column.name));
  const missing = [source.target, ...source.features].filter((name) => !names.has(name));
  for (const name of missing) problems.push(`${offered.table.name} has no column ${JSON.stringify(name)}, which the model ${name === source.target ? 'predicts' : 'reads'}`);
  if (missing.length > 0) return problems;
  try {
    planTable(offered.table, source);
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    problems.push(error.message);
  }
  return problems;
}
