import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parseDecimal.ts';

const RATE = { min: 0, max: 1, exclusiveMax: true };

describe('parseDecimal', () => {
  it('accepts plain and scientific decimals within the bounds', () => {
    expect(['0', '0.5', ' .25 ', '1e-3', '9.9E-1'].map((text) => parseDecimal(text, RATE))).toEqual([0, 0.5, 0.25, 0.001, 0.99]);
  });

  it('refuses text that is not a number, and numbers outside the bounds', () => {
    const refused = ['', ' ', '1', '-0.1', '1.5', 'abc', '0x1', 'Infinity', '1,5', '.', 'e3'];
    expect(refused.map((text) => parseDecimal(text, RATE))).toEqual(Array(refused.length).fill(undefined));
  });

  it('honours an excluded minimum (an epsilon must be above 0)', () => {
    const epsilon = { min: 0, max: 1, exclusiveMin: true };
    expect(parseDecimal('0', epsilon)).toBeUndefined();
    expect(parseDecimal('1', epsilon)).toBe(1);
  });
});
