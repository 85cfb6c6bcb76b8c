import type { ColumnRole, TablePlan } from './plan.ts';

/** One column in a description: how it is used and how many inputs (or outputs) it takes. */
export interface ColumnDescription {
  name: string;
  type: 'numeric' | 'categorical' | 'ignored';
  /** Empty or missing-value cells in the file. */
  missing: number;
  /** Inputs for a feature, outputs for the target, 0 for an ignored column. */
  width: number;
  role: ColumnRole;
}

/**
 * What `cli data` prints and the Data panel summarises: rows kept and dropped, the Input width
 * the network needs, the output width for the usual head, the task and classes, and each column.
 */
export interface TableDescription {
  rows: number;
  droppedRows: number;
  inputSize: number;
  outputSize: number;
  task: 'classification' | 'regression';
  /** The class names, in output order; empty for a regression. */
  classes: string[];
  columns: ColumnDescription[];
}

export function describeTable(plan: TablePlan): TableDescription {
  return {
    rows: plan.rows.length,
    droppedRows: plan.droppedRows,
    inputSize: plan.inputSize,
    outputSize: plan.outputSize,
    task: plan.task.kind,
    classes: plan.target.kind === 'classification' ? [...plan.target.classes] : [],
    columns: plan.columns.map(({ name, role, usedType, missing, width }) => ({
      name,
      type: role === 'ignore' ? 'ignored' : usedType,
      missing,
      width,
      role,
    })),
  };
}

/** How many kept rows each class has, in `classes` order (the Data panel's class balance); empty for a regression. */
export function classBalance(plan: TablePlan): number[] {
  const { target, rows } = plan;
  if (target.kind !== 'classification') return [];
  const counts = new Array<number>(target.classes.length).fill(0);
  for (const row of rows) counts[target.column.codes[row]!]! += 1;
  return counts;
}
