import { describe, expect, it } from 'vitest';
import { parsePositiveInteger } from './parsePositiveInteger.ts';

describe('parsePositiveInteger', () => {
  it('accepts whole numbers from 1', () => {
    expect(['1', ' 16 ', '4096'].map(parsePositiveInteger)).toEqual([1, 16, 4096]);
  });

  it('refuses what a units field must not hold', () => {
    expect(['', '0', '-3', '1.5', '2e3', 'abc', '99999999999999999999'].map(parsePositiveInteger)).toEqual(Array(7).fill(undefined));
  });
});
