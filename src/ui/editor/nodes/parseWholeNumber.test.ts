import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from './parseWholeNumber.ts';

describe('parseWholeNumber', () => {
  it('accepts whole numbers from 1', () => {
    expect(['1', ' 16 ', '4096'].map((text) => parseWholeNumber(text))).toEqual([1, 16, 4096]);
  });

  it('refuses what a units field must not hold', () => {
    expect(['', '0', '-3', '1.5', '2e3', 'abc', '99999999999999999999'].map((text) => parseWholeNumber(text))).toEqual(Array(7).fill(undefined));
  });

  it('refuses numbers under the field’s own minimum (a merge takes 2 inputs or more)', () => {
    expect(parseWholeNumber('1', 2)).toBeUndefined();
    expect(parseWholeNumber('2', 2)).toBe(2);
  });
});
