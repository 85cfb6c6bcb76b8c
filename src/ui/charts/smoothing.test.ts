import { describe, expect, it } from 'vitest';
import { smoothEma } from './smoothing.ts';

describe('smoothEma', () => {
  it('returns the values unchanged with weight 0', () => {
    expect(smoothEma([3, 1, 4, 1, 5], 0)).toEqual([3, 1, 4, 1, 5]);
  });

  it('is debiased: the first smoothed value equals the first value', () => {
    expect(smoothEma([7, 7, 7], 0.9)).toEqual([7, 7, 7].map(() => expect.closeTo(7, 12)));
  });

  it('matches the TensorBoard recurrence by hand', () => {
    // w = 0.5: a1 = 0.5·2 = 1 → 1 / 0.5 = 2; a2 = 0.5·1 + 0.5·4 = 2.5 → 2.5 / 0.75
    const [first, second] = smoothEma([2, 4], 0.5);
    expect(first).toBeCloseTo(2, 12);
    expect(second).toBeCloseTo(2.5 / 0.75, 12);
  });

  it('damps noise around a constant', () => {
    const noisy = Array.from({ length: 200 }, (_, i) => 1 + (i % 2 === 0 ? 0.5 : -0.5));
    const smoothed = smoothEma(noisy, 0.95);
    expect(Math.abs(smoothed.at(-1)! - 1)).toBeLessThan(0.05);
  });

  it('passes non-finite values through without breaking the average', () => {
    const smoothed = smoothEma([1, Number.NaN, 1], 0.6);
    expect(smoothed[1]).toBeNaN();
    expect(smoothed[2]).toBeCloseTo(1, 12);
  });
});
