import { describe, expect, it } from 'vitest';
import { describeTable, parseTable, planTable } from '../../src/engine/datasets/tabular/index.ts';
import { syntheticCsv } from './syntheticTable.ts';

describe('syntheticCsv', () => {
  it('reads as 20 columns: an id, 14 numeric with missing cells, 4 categorical, a 3-class target', () => {
    const table = parseTable(syntheticCsv(2000), 'bench.csv');
    expect(table.rowCount).toBe(2000);
    const description = describeTable(planTable(table, { target: 'label' }));
    expect(description.columns.map((c) => c.type)).toEqual(['ignored', ...Array(14).fill('numeric'), ...Array(4).fill('categorical'), 'categorical']);
    expect(description.classes).toEqual(['class0', 'class1', 'class2']);
    expect(description.columns.slice(1, 15).reduce((sum, c) => sum + c.missing, 0)).toBeGreaterThan(0);
    expect(description.inputSize).toBe(14 + 5 + 8 + 6 + 5);
    expect(syntheticCsv(50)).toBe(syntheticCsv(50));
  });
});
