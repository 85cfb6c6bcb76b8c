import { describe, expect, it } from 'vitest';
import { categoricalAsNumeric, columnFacts, numericAsCategorical } from './columnFacts.ts';
import { cellsOf, csv, errorOf } from './testTables.ts';
import type { CategoricalColumn, NumericColumn, Table } from './table.ts';

const factsOf = (table: Table, name: string) => columnFacts(table.columns.find((c) => c.name === name)!, table.rowCount);
const numeric = (table: Table, name: string) => table.columns.find((c) => c.name === name) as NumericColumn;
const categorical = (table: Table, name: string) => table.columns.find((c) => c.name === name) as CategoricalColumn;

describe('columnFacts', () => {
  it('marks a column of all-different words as an id, left out by default', () => {
    const table = csv('name,kind', 'ada,x', 'bob,x', 'cyd,y', ',y');
    expect(factsOf(table, 'name')).toEqual({ name: 'name', type: 'categorical', missing: 1, distinct: 3, ignoredBecause: 'id', canBeClasses: false });
    expect(factsOf(table, 'kind').ignoredBecause).toBeNull();
  });

  it('does not call a numeric column an id, even when every value differs', () => {
    expect(factsOf(csv('x,k', '1.5,a', '2.5,a', '3.5,b'), 'x').ignoredBecause).toBeNull();
  });

  it('leaves out a column with no values, and one with more categories than one-hot allows', () => {
    const many = ['code,k', ...Array.from({ length: 202 }, (_, i) => `c${i % 101},k`)];
    expect(factsOf(csv('x,y', ',1', 'NA,2'), 'x').ignoredBecause).toBe('empty');
    expect(factsOf(csv(...many), 'code')).toMatchObject({ distinct: 101, ignoredBecause: 'many-categories' });
  });

  it('says when a numeric column could be classes: at most 10 distinct whole numbers', () => {
    const ten = ['k,n', ...Array.from({ length: 20 }, (_, i) => `${i % 10},1`)];
    const eleven = ['k,n', ...Array.from({ length: 22 }, (_, i) => `${i % 11},1`)];
    expect(factsOf(csv(...ten), 'k')).toMatchObject({ distinct: 10, canBeClasses: true });
    expect(factsOf(csv(...eleven), 'k').canBeClasses).toBe(false);
    expect(factsOf(csv('k,n', '1.5,1', '2,1', '1.5,1'), 'k').canBeClasses).toBe(false);
  });
});

describe('numericAsCategorical', () => {
  it('turns whole numbers into classes named by value, keeping missing cells missing', () => {
    const table = csv('cylinders,n', '8,1', '4,1', ',1', '6,1', '4,1');
    const classes = numericAsCategorical(table, numeric(table, 'cylinders'), 'target');
    expect(classes.categories).toEqual(['4', '6', '8']);
    expect(Array.from(classes.codes)).toEqual([2, 0, -1, 1, 0]);
  });

  it('refuses more than 10 values, or fractions, as classes', () => {
    const table = csv('mpg,n', ...Array.from({ length: 12 }, (_, i) => `${10 + i},1`));
    expect(errorOf(() => numericAsCategorical(table, numeric(table, 'mpg'), 'target'))).toBe(
      'data.csv, column "mpg": more than 10 distinct values: only a numeric column of at most 10 distinct whole numbers can be classes; keep it numeric',
    );
    const fractions = csv('x,n', '0.5,1', '1,1');
    expect(errorOf(() => numericAsCategorical(fractions, numeric(fractions, 'x'), 'target'))).toBe(
      'data.csv, column "x": the values 0.5, 1: only a numeric column of at most 10 distinct whole numbers can be classes; keep it numeric',
    );
    expect(numericAsCategorical(table, numeric(table, 'mpg'), 'feature').categories).toHaveLength(12);
  });
});

describe('categoricalAsNumeric', () => {
  it('reads codes with leading zeros as numbers when the person asks for numbers', () => {
    const table = csv('code,n', '007,1', '012,1', 'NA,1', '3,1');
    expect(Array.from(categoricalAsNumeric(table, categorical(table, 'code')).values)).toEqual([7, 12, NaN, 3]);
  });

  it('names the line of the first value that is not a number', () => {
    const table = csv('size,n', '1,1', '2,1', 'large,1');
    expect(cellsOf(table, 'size')).toEqual(['1', '2', 'large']);
    expect(errorOf(() => categoricalAsNumeric(table, categorical(table, 'size')))).toBe(
      'data.csv line 4, column "size": "large" is not a number, so the column cannot be numeric',
    );
  });
});
