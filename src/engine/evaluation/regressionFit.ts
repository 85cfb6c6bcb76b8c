import type { DatasetSplit, Standardization } from '../datasets/dataset.ts';
import { regressionErrors, toTargetUnits, type RegressionErrors } from '../datasets/tabular/regressionErrors.ts';

/** The most points a predicted-vs-actual plot gets: enough to see the fit, few enough to draw at once. */
export const MAX_FIT_POINTS = 2000;

/** A regression's predictions against the truth on a split, in the target's own units. */
export interface RegressionFit extends RegressionErrors {
  /** Actual and predicted values of up to `MAX_FIT_POINTS` rows, evenly spread over the split. */
  actual: Float32Array;
  predicted: Float32Array;
  /** Rows the errors are measured over (all of the split). */
  total: number;
}

const UNSCALED: Standardization = { mean: 0, std: 1 };

/**
 * The first output of `outputs` (one row of `width` per row of the split) against the split's
 * first target: RMSE and R² over every row (see `regressionErrors`), and the points to plot, all
 * mapped back to the target's units with `scaling` (none: the values are in those units already).
 */
export function regressionFit(outputs: ArrayLike<number>, split: DatasetSplit, width: number, scaling: Standardization = UNSCALED): RegressionFit {
  const { count } = split;
  const targetWidth = count > 0 ? split.y.length / count : 1;
  const predictedAll = new Float64Array(count);
  const actualAll = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    predictedAll[r] = outputs[r * width]!;
    actualAll[r] = split.y[r * targetWidth]!;
  }
  const shown = Math.min(count, MAX_FIT_POINTS);
  const actual = new Float32Array(shown);
  const predicted = new Float32Array(shown);
  for (let i = 0; i < shown; i++) {
    const r = Math.floor((i * count) / shown);
    actual[i] = toTargetUnits(actualAll[r]!, scaling);
    predicted[i] = toTargetUnits(predictedAll[r]!, scaling);
  }
  return { ...regressionErrors(predictedAll, actualAll, scaling), actual, predicted, total: count };
}
