import { describe, expect, it } from 'vitest';
import { MAX_FIT_POINTS, regressionFit } from './regressionFit.ts';

describe('regressionFit', () => {
  it('maps predictions and targets back to the target’s units, with RMSE and R² over every row', () => {
    const split = { x: new Float32Array(0), y: Float32Array.of(1, -1, 0, 2), count: 4 };
    // standardised with mean 20 and std 5: actual 25, 15, 20, 30 mpg
    const fit = regressionFit([1.5, -1, -0.5, 2], split, 1, { mean: 20, std: 5 });
    expect(Array.from(fit.actual)).toEqual([25, 15, 20, 30]);
    expect(Array.from(fit.predicted)).toEqual([27.5, 15, 17.5, 30]);
    expect(fit.rmse).toBeCloseTo(Math.sqrt(0.125) * 5, 6);
    expect(fit.r2).toBeCloseTo(0.9, 6);
    expect(fit.total).toBe(4);
  });

  it('reads the first output of each row, leaves unscaled values as they are, and plots evenly spread rows of a long split', () => {
    const count = 3 * MAX_FIT_POINTS;
    const y = Float32Array.from({ length: count }, (_, r) => r);
    const outputs = Float32Array.from({ length: 2 * count }, (_, i) => (i % 2 === 0 ? i / 2 : -1));
    const fit = regressionFit(outputs, { x: new Float32Array(0), y, count }, 2);
    expect(fit.actual).toHaveLength(MAX_FIT_POINTS);
    expect(fit.actual[1]).toBe(3);
    expect(Array.from(fit.predicted.subarray(0, 3))).toEqual([0, 3, 6]);
    expect(fit.rmse).toBe(0);
  });
});
