import { describe, expect, it } from 'vitest';
import { categoryOf, isMissingToken, MISSING_TOKENS, readNumber } from './cells.ts';

describe('isMissingToken', () => {
  it('knows empty, NA, N/A, NaN, null, ? and . in any case', () => {
    for (const token of MISSING_TOKENS) {
      expect(isMissingToken(token)).toBe(true);
      expect(isMissingToken(token.toLowerCase())).toBe(true);
      expect(isMissingToken(token.toUpperCase())).toBe(true);
    }
    expect(MISSING_TOKENS).toEqual(['', 'NA', 'N/A', 'NaN', 'null', '?', '.']);
  });

  it('takes other short words as values', () => {
    for (const cell of ['0', 'no', 'none', '-', 'NAN1', 'nulls', '..']) expect(isMissingToken(cell)).toBe(false);
  });
});

describe('readNumber', () => {
  it('reads plain decimal numbers', () => {
    const cases: [string, number][] = [
      ['12', 12],
      ['-3.5', -3.5],
      ['+2', 2],
      ['.5', 0.5],
      ['5.', 5],
      ['0', 0],
      ['-0.25', -0.25],
      ['1e-3', 0.001],
      ['2.5E+2', 250],
      ['0e5', 0],
    ];
    for (const [cell, value] of cases) expect(readNumber(cell), cell).toBe(value);
  });

  it('refuses a whole part with a leading zero, as in codes like 007', () => {
    for (const cell of ['007', '-01', '+00', '00.5', '0123']) expect(readNumber(cell), cell).toBeNaN();
  });

  it('refuses what Number() would read but a table does not mean as a number', () => {
    for (const cell of ['0x1F', '0b101', '0o17', 'Infinity', '-Infinity', '1e999', '1,5', '1 000', '12abc', '1_000', '']) {
      expect(readNumber(cell), cell).toBeNaN();
    }
  });
});

describe('categoryOf', () => {
  it('names a cell that reads as a number by its value, and keeps other text as it is', () => {
    expect(categoryOf('1.0')).toBe('1');
    expect(categoryOf('1e3')).toBe('1000');
    expect(categoryOf('007')).toBe('007');
    expect(categoryOf('Adelie')).toBe('Adelie');
  });
});
