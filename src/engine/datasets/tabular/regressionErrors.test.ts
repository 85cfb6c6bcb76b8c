import { describe, expect, it } from 'vitest';
import { regressionErrors, toTargetUnits } from './regressionErrors.ts';

describe('regressionErrors', () => {
  const scaling = { mean: 20, std: 5 };

  it('reports RMSE in the target’s units and R² as scikit-learn’s r2_score', () => {
    // standardised actual values 1, −1, 0, 2 (25, 15, 20, 30 mpg); predictions off by 0.5, 0, −0.5, 0
    const errors = regressionErrors([1.5, -1, -0.5, 2], [1, -1, 0, 2], scaling);
    expect(errors.rmse).toBeCloseTo(Math.sqrt((0.25 + 0 + 0.25 + 0) / 4) * 5, 12);
    // Σ residual² = 0.5; actual mean 0.5, Σ (a − mean)² = 0.25 + 2.25 + 0.25 + 2.25 = 5
    expect(errors.r2).toBeCloseTo(1 - 0.5 / 5, 12);
  });

  it('gives R² 1 for perfect predictions, 0 for predicting the mean, NaN for a constant truth', () => {
    expect(regressionErrors([1, 2, 3], [1, 2, 3], scaling)).toEqual({ rmse: 0, r2: 1 });
    expect(regressionErrors([2, 2, 2], [1, 2, 3], scaling).r2).toBe(0);
    expect(regressionErrors([1, 2], [2, 2], scaling).r2).toBeNaN();
  });

  it('maps a standardised value back to the target’s units', () => {
    expect(toTargetUnits(-0.5, scaling)).toBe(17.5);
  });
});
