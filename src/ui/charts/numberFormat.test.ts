import { describe, expect, it } from 'vitest';
import { formatFactor, formatLogTick, formatPercent, formatStep, formatValue } from './numberFormat.ts';

describe('number formats', () => {
  it('labels log ticks plainly near 1 and as 1e-4 far from it', () => {
    expect([1e-6, 1e-4, 0.01, 0.1, 1, 10, 1000, 1e4, 1e6].map(formatLogTick)).toEqual([
      '1e-6', '1e-4', '0.01', '0.1', '1', '10', '1,000', '1e4', '1e6',
    ]);
  });

  it('shows three significant digits, switching to exponents for tiny and huge values', () => {
    expect([0.693147, 12.3456, 0, 3.4217e-5, 2.5e7, 8e7].map(formatValue)).toEqual(['0.693', '12.3', '0', '3.42e-5', '2.5e7', '8e7']);
  });

  it('shortens steps, percentages and factors', () => {
    expect([950, 12_000, 1_250_000, 2.5, 0.05, 0.15].map(formatStep)).toEqual(['950', '12K', '1.3M', '2.5', '0.05', '0.15']);
    expect(formatPercent(0.935)).toBe('94%');
    expect([10_000, 123_456, 994_000].map(formatFactor)).toEqual(['10,000', '120,000', '990,000']);
  });

  it('writes factors from a million on as powers of ten, never as stacked words', () => {
    expect([999_999, 1e6, 3_400_000, 1.3e19, 9.96e6, 2.5e300, Infinity].map(formatFactor)).toEqual([
      '1 × 10⁶', '1 × 10⁶', '3.4 × 10⁶', '1.3 × 10¹⁹', '1 × 10⁷', '2.5 × 10³⁰⁰', '∞',
    ]);
  });
});
