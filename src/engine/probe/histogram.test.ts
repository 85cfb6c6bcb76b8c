import { describe, expect, it } from 'vitest';
import { histogramOf } from './histogram.ts';

describe('histogramOf', () => {
  it('counts values in equal bins over their range, the maximum in the last bin', () => {
    expect(histogramOf([0, 0.1, 0.5, 0.9, 1], 2)).toEqual({ min: 0, max: 1, counts: [2, 3] });
    expect(histogramOf([-1, 0, 1, 2], 3)).toEqual({ min: -1, max: 2, counts: [1, 1, 2] });
  });

  it('gives equal values a bin of width 1 around them, and no values no counts', () => {
    expect(histogramOf([3, 3], 4)).toEqual({ min: 2.5, max: 3.5, counts: [0, 0, 2, 0] });
    expect(histogramOf([], 4)).toEqual({ min: 0, max: 0, counts: [] });
  });
});
