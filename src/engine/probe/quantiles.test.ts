import { describe, expect, it } from 'vitest';
import { QUANTILE_LEVELS, quantilesOf, sampleInto } from './quantiles.ts';

describe('quantilesOf', () => {
  it('interpolates between order statistics at each level (numpy linear)', () => {
    const sample = Float32Array.from([5, 1, 4, 2, 3]);
    // position = level × (5 − 1) into the sorted 1..5, so the value is 1 + 4 × level
    const expected = QUANTILE_LEVELS.map((level) => 1 + 4 * level);
    quantilesOf(sample, 5).forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 5));
  });

  it('reads only the first `count` values and is empty for none', () => {
    expect(quantilesOf(Float32Array.from([7, 100]), 1)).toEqual(QUANTILE_LEVELS.map(() => 7));
    expect(quantilesOf(new Float32Array(4), 0)).toEqual([]);
  });
});

describe('sampleInto', () => {
  it('copies everything that fits, and a regular stride of a longer source', () => {
    const target = new Float32Array(4);
    expect(sampleInto(Float32Array.from([1, 2, 3]), 3, target)).toBe(3);
    expect(Array.from(target.subarray(0, 3))).toEqual([1, 2, 3]);
    // 10 values into 4 slots: every 3rd, from the first
    expect(sampleInto(Float32Array.from({ length: 10 }, (_, i) => i), 10, target)).toBe(4);
    expect(Array.from(target)).toEqual([0, 3, 6, 9]);
  });
});
