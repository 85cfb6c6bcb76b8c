import type { Standardization } from './encodeTable.ts';

/** A standardised value (a prediction, or a target of the encoded dataset) in the target's own units. */
export function toTargetUnits(value: number, { mean, std }: Standardization): number {
  return value * std + mean;
}

/** How far regression predictions are from the truth, in the target's own units. */
export interface RegressionErrors {
  /** Root mean squared error, in the target's units: √(mean of (prediction − actual)²). */
  rmse: number;
  /**
   * Coefficient of determination, 1 − Σ(prediction − actual)² / Σ(actual − mean actual)², as
   * scikit-learn's `r2_score`: 1 is perfect, 0 is no better than predicting the mean. It does not
   * change with the units. NaN when every actual value is the same.
   */
  r2: number;
}

/**
 * RMSE and R² of `predicted` against `actual`, both standardised with `scaling` (the network's
 * outputs and the encoded targets, one value per row), reported in the target's units.
 */
export function regressionErrors(predicted: ArrayLike<number>, actual: ArrayLike<number>, scaling: Standardization): RegressionErrors {
  const n = actual.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += actual[i]! / n;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    residual += (predicted[i]! - actual[i]!) ** 2;
    total += (actual[i]! - mean) ** 2;
  }
  return { rmse: Math.sqrt(residual / n) * scaling.std, r2: total > 0 ? 1 - residual / total : NaN };
}
