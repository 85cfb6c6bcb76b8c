import { describe, expect, it } from 'vitest';
import { linearAxis, logAxis, rangeAxis, stepAxisTicks } from './axisTicks.ts';

describe('logAxis', () => {
  it('covers the data with whole decades', () => {
    expect(logAxis(0.003, 0.7)).toEqual({ ticks: [1e-3, 1e-2, 1e-1, 1], domain: [1e-3, 1] });
  });

  it('widens a constant series to the decades around it', () => {
    expect(logAxis(1, 1).ticks).toEqual([0.1, 1, 10]);
  });

  it('puts ticks exactly on powers of ten', () => {
    expect(logAxis(2e-4, 5e-4).ticks).toEqual([1e-4, 1e-3]);
  });

  it('thins twelve decades to every third one', () => {
    expect(logAxis(2e-9, 50)).toEqual({ ticks: [1e-9, 1e-6, 1e-3, 1, 1e3], domain: [1e-9, 1e3] });
  });
});

describe('stepAxisTicks', () => {
  it('puts ticks on round steps up to the last step', () => {
    expect(stepAxisTicks(1300)).toEqual([0, 500, 1000]);
    expect(stepAxisTicks(1_000_000)).toEqual([0, 200_000, 400_000, 600_000, 800_000, 1_000_000]);
    expect(stepAxisTicks(7)).toEqual([0, 2, 4, 6]);
  });

  it('keeps every tick of a fractional axis (epochs early in training) on its round value', () => {
    expect(stepAxisTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(stepAxisTicks(0.07)).toEqual([0, 0.02, 0.04, 0.06]);
  });

  it('has a single tick before the first step', () => {
    expect(stepAxisTicks(0)).toEqual([0]);
  });
});

describe('linearAxis', () => {
  it('ends on the first round tick at or above the largest value', () => {
    expect(linearAxis(0.72)).toEqual({ ticks: [0, 0.2, 0.4, 0.6, 0.8], domain: [0, 0.8] });
    expect(linearAxis(1)).toEqual({ ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], domain: [0, 1] });
  });

  it('falls back to 0–1 when there is nothing positive to show', () => {
    expect(linearAxis(-Infinity)).toEqual({ ticks: [0, 1], domain: [0, 1] });
  });
});

describe('rangeAxis', () => {
  it('covers the values with round ticks, not from 0', () => {
    expect(rangeAxis(9.2, 46.6)).toEqual({ ticks: [0, 10, 20, 30, 40, 50], domain: [0, 50] });
    expect(rangeAxis(-0.93, 0.97)).toEqual({ ticks: [-1, -0.5, 0, 0.5, 1], domain: [-1, 1] });
  });

  it('widens a single value into a unit range, and falls back to 0–1 without numbers', () => {
    expect(rangeAxis(3, 3).domain).toEqual([2.4, 3.6]);
    expect(rangeAxis(NaN, 1)).toEqual({ ticks: [0, 1], domain: [0, 1] });
  });
});
