import { describe, expect, it } from 'vitest';
import type { FileDataSource } from '../../../model/index.ts';
import { dataSourceOf, sourceMismatches } from './dataSourceMatch.ts';
import { planTable } from './plan.ts';
import { csv, PENGUIN_LINES } from './testTables.ts';

const HASH = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

describe('dataSourceOf', () => {
  it('records the target, the features in input order and each used column’s type', () => {
    const plan = planTable(csv(...PENGUIN_LINES), { target: 'species', features: ['bill', 'island'] });
    expect(dataSourceOf(plan, { file: 'penguins.csv', sha256: HASH })).toEqual({
      file: 'penguins.csv',
      sha256: HASH,
      target: 'species',
      features: ['bill', 'island'],
      columns: { species: 'categorical', island: 'categorical', bill: 'numeric' },
    });
  });

  it('leaves the file out for a built-in table, which training.dataset names', () => {
    const plan = planTable(csv(...PENGUIN_LINES), { target: 'species', features: ['bill'] });
    expect(dataSourceOf(plan)).toEqual({ target: 'species', features: ['bill'], columns: { species: 'categorical', bill: 'numeric' } });
  });
});

describe('sourceMismatches', () => {
  const table = csv(...PENGUIN_LINES);
  const source = dataSourceOf(planTable(table, { target: 'species', features: ['bill', 'island'] }), { file: 'penguins.csv', sha256: HASH }) as FileDataSource;

  it('finds nothing wrong with the same file', () => {
    expect(sourceMismatches(source, { sha256: HASH, table })).toEqual([]);
  });

  it('says when the contents differ, and which of the model’s columns are missing', () => {
    const renamed = csv(...PENGUIN_LINES.map((line, i) => (i === 0 ? line.replace('bill', 'bill_mm') : line)));
    expect(sourceMismatches(source, { sha256: OTHER, table: renamed })).toEqual([
      'data.csv is not the penguins.csv the model was trained on: the contents differ',
      'data.csv has no column "bill", which the model reads',
    ]);
  });

  it('says when a column no longer fits the type the model used', () => {
    const texts = csv(...PENGUIN_LINES.map((line, i) => (i === 3 ? line.replace('46.1', 'long') : line)));
    expect(sourceMismatches(source, { sha256: OTHER, table: texts })).toEqual([
      'data.csv is not the penguins.csv the model was trained on: the contents differ',
      'data.csv line 4, column "bill": "long" is not a number, so the column cannot be numeric',
    ]);
  });
});
