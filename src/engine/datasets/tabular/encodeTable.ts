import { tableDatasetInfo, TRAINING_DEFAULTS } from '../../../model/index.ts';
import { createRng } from '../../rng.ts';
import type { Dataset, DatasetSplit, Standardization } from '../dataset.ts';
import { targetLayout } from '../encode.ts';
import { splitRows } from '../split.ts';
import type { TablePlan } from './plan.ts';
import type { NumericColumn } from './table.ts';

export interface EncodeOptions {
  /** Draws the train/test split (the `data` stream of the seed, as for the built-in datasets). */
  seed: number;
  /** Fraction of the kept rows used for training, per class for a classification. Default `TRAINING_DEFAULTS.trainFraction`. */
  trainFraction?: number;
  /** The network's output width (see `targetLayout`); default `plan.outputSize`. */
  outputSize?: number;
}

export type { Standardization };

/** A table encoded for training, with what is needed to read results back in the table's terms. */
export interface EncodedTable {
  dataset: Dataset;
  /** The table row of each train and test row (to show a digit, a name or an original value). */
  rows: { train: Int32Array; test: Int32Array };
  /** For each feature of `plan.features`, the train-split scaling of a numeric one; null for a categorical one. */
  featureScaling: (Standardization | null)[];
  /** For a regression, the train-split scaling of the target: a prediction p is p · std + mean in the target's units. */
  targetScaling: Standardization | null;
}

/**
 * Splits the kept rows from the seed (stratified by class) and encodes both parts, fitting every
 * statistic on the training part only, so nothing about the test rows leaks into training:
 * numeric features become (value − train mean) / train std, a missing value the train mean (0);
 * categorical features become one-hot, one input per category and one for "missing"; classes are
 * one-hot (or 0/1 for one output), a regression target is standardised like a feature.
 * Standard deviations are population ones (÷ n, as scikit-learn's StandardScaler); a constant
 * column keeps std 1.
 * @throws Error when `outputSize` fits no encoding of the target (see `targetLayout`).
 */
export function encodeTable(plan: TablePlan, options: EncodeOptions): EncodedTable {
  const { table, target, features, inputSize, task } = plan;
  const outputSize = options.outputSize ?? plan.outputSize;
  const layout = targetLayout(task, outputSize, table.name);
  const strata = target.kind === 'classification' ? { labels: plan.rows.map((row) => target.column.codes[row]!), classes: target.classes.length } : null;
  const split = splitRows(plan.rows.length, options.trainFraction ?? TRAINING_DEFAULTS.trainFraction, createRng(options.seed, 'data'), strata);
  const rows = { train: Int32Array.from(split.train, (i) => plan.rows[i]!), test: Int32Array.from(split.test, (i) => plan.rows[i]!) };

  const featureScaling = features.map(({ column }) => (column.type === 'numeric' ? standardization(column, rows.train) : null));
  const targetScaling = target.kind === 'regression' ? standardization(target.column, rows.train) : null;
  const encodeSplit = (part: Int32Array): DatasetSplit => {
    const x = new Float32Array(part.length * inputSize);
    let offset = 0;
    features.forEach(({ column, width }, f) => {
      if (column.type === 'numeric') writeStandardized(column, featureScaling[f]!, part, x, offset, inputSize);
      else writeOneHot(column.codes, column.categories.length, part, x, offset, inputSize);
      offset += width;
    });
    const y = new Float32Array(part.length * outputSize);
    if (target.kind === 'regression') writeStandardized(target.column, targetScaling!, part, y, 0, 1);
    else if (layout === 'one-hot') writeOneHot(target.column.codes, -1, part, y, 0, outputSize);
    else part.forEach((row, r) => (y[r] = target.column.codes[row]!));
    return { x, y, count: part.length };
  };
  const train = encodeSplit(rows.train);
  const test = encodeSplit(rows.test);
  return {
    dataset: { info: tableDatasetInfo(table.name, { inputSize, task }), inputSize, outputSize, train, test, extent: inputSize === 2 ? extentOf(train, test) : null },
    rows,
    featureScaling,
    targetScaling,
  };
}

/** Mean and population standard deviation of the column over `rows`, skipping missing values. */
function standardization(column: NumericColumn, rows: Int32Array): Standardization {
  let n = 0;
  let sum = 0;
  for (const row of rows) {
    const value = column.values[row]!;
    if (Number.isNaN(value)) continue;
    n++;
    sum += value;
  }
  const mean = n > 0 ? sum / n : 0;
  let squares = 0;
  for (const row of rows) {
    const value = column.values[row]!;
    if (!Number.isNaN(value)) squares += (value - mean) ** 2;
  }
  const std = Math.sqrt(squares / Math.max(n, 1));
  return { mean, std: std > 0 ? std : 1 };
}

/** Row r of `rows` goes to out[r · stride + offset]; a missing value becomes the mean, i.e. 0. */
function writeStandardized(column: NumericColumn, { mean, std }: Standardization, rows: Int32Array, out: Float32Array, offset: number, stride: number): void {
  for (let r = 0; r < rows.length; r++) {
    const value = column.values[rows[r]!]!;
    out[r * stride + offset] = Number.isNaN(value) ? 0 : (value - mean) / std;
  }
}

/** A 1 in the category's slot; a missing category (code −1) in slot `missingSlot`, or nowhere when that is −1. */
function writeOneHot(codes: Int32Array, missingSlot: number, rows: Int32Array, out: Float32Array, offset: number, stride: number): void {
  for (let r = 0; r < rows.length; r++) {
    const code = codes[rows[r]!]!;
    const slot = code >= 0 ? code : missingSlot;
    if (slot >= 0) out[r * stride + offset + slot] = 1;
  }
}

/** For two inputs: a square [−m, m]² holding every point, m rounded up to a half, for a decision boundary. */
function extentOf(...splits: DatasetSplit[]): readonly [number, number] {
  let largest = 0;
  for (const { x } of splits) for (const value of x) largest = Math.max(largest, Math.abs(value));
  const bound = Math.max(Math.ceil(largest * 2) / 2, 0.5);
  return [-bound, bound];
}
