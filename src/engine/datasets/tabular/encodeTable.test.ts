import { describe, expect, it } from 'vitest';
import { encodeTable } from './encodeTable.ts';
import { planTable } from './plan.ts';
import { toTargetUnits } from './regressionErrors.ts';
import { csv, errorOf } from './testTables.ts';
import type { NumericColumn, Table } from './table.ts';

/** 60 rows: classes a/b/c with 10/20/30 rows, a number x (every 7th missing), a colour (every 5th missing), a target y. */
function sample(): Table {
  const lines = ['class,x,colour,y'];
  for (let i = 0; i < 60; i++) {
    const label = i < 10 ? 'a' : i < 30 ? 'b' : 'c';
    const x = i % 7 === 3 ? 'NA' : String(i * 1.5 - 20);
    const colour = i % 5 === 4 ? '' : ['red', 'green'][i % 2];
    lines.push(`${label},${x},${colour},${(i * 37) % 11}`);
  }
  return csv(...lines);
}

/** Row r of a batch-major matrix of the given width. */
const row = (x: Float32Array, width: number, r: number) => Array.from(x.subarray(r * width, (r + 1) * width));

describe('encodeTable', () => {
  const plan = planTable(sample(), { target: 'class', features: ['x', 'colour'] });

  it('splits each class on its own (stratified), so both parts keep the class balance', () => {
    const { dataset } = encodeTable(plan, { seed: 1, trainFraction: 0.5 });
    const perClass = (y: Float32Array, count: number) => [0, 1, 2].map((c) => Array.from({ length: count }, (_, r) => y[r * 3 + c]).filter((v) => v === 1).length);
    expect(perClass(dataset.train.y, dataset.train.count)).toEqual([5, 10, 15]);
    expect(perClass(dataset.test.y, dataset.test.count)).toEqual([5, 10, 15]);
  });

  it('draws the split from the seed: the same seed gives the same rows, another seed others', () => {
    const first = encodeTable(plan, { seed: 7 });
    expect(encodeTable(plan, { seed: 7 })).toEqual(first);
    expect(Array.from(encodeTable(plan, { seed: 8 }).rows.train)).not.toEqual(Array.from(first.rows.train));
  });

  it('standardises numbers with the training part’s mean and std, which the test rows do not change', () => {
    const encoded = encodeTable(plan, { seed: 3 });
    const x = (plan.table.columns[1] as NumericColumn).values;
    const trainValues = Array.from(encoded.rows.train, (r) => x[r]!).filter((v) => !Number.isNaN(v));
    const mean = trainValues.reduce((a, b) => a + b) / trainValues.length;
    const std = Math.sqrt(trainValues.reduce((a, v) => a + (v - mean) ** 2, 0) / trainValues.length);
    expect(encoded.featureScaling[0]!.mean).toBeCloseTo(mean, 12);
    expect(encoded.featureScaling[0]!.std).toBeCloseTo(std, 12);
    encoded.rows.test.forEach((tableRow, r) => {
      const expected = Number.isNaN(x[tableRow]!) ? 0 : (x[tableRow]! - mean) / std;
      expect(encoded.dataset.test.x[r * plan.inputSize]).toBeCloseTo(expected, 5);
    });

    // change every test row's value: nothing about training moves
    const shifted = planTable(sample(), { target: 'class', features: ['x', 'colour'] });
    const values = (shifted.table.columns[1] as NumericColumn).values;
    for (const tableRow of encoded.rows.test) values[tableRow] = 1e6;
    const again = encodeTable(shifted, { seed: 3 });
    expect(again.featureScaling).toEqual(encoded.featureScaling);
    expect(again.dataset.train).toEqual(encoded.dataset.train);
  });

  it('puts a missing number at the training mean (0) and a missing category in its own input', () => {
    const encoded = encodeTable(plan, { seed: 2 });
    const all = [...encoded.rows.train].map((tableRow, r) => [tableRow, row(encoded.dataset.train.x, 4, r)] as const);
    for (const [tableRow, inputs] of all) {
      if (tableRow % 7 === 3) expect(inputs[0]).toBe(0);
      // inputs: x, colour=green, colour=red, colour (missing)
      const colour = tableRow % 5 === 4 ? [0, 0, 1] : tableRow % 2 === 0 ? [0, 1, 0] : [1, 0, 0];
      expect(inputs.slice(1)).toEqual(colour);
    }
    expect(plan.inputNames).toEqual(['x', 'colour=green', 'colour=red', 'colour (missing)']);
  });

  it('leaves out rows without a target and maps every other row to one part', () => {
    const table = csv('y,x', 'a,1', 'NA,2', 'b,3', 'a,4', ',5', 'b,6');
    const encoded = encodeTable(planTable(table, { target: 'y' }), { seed: 1 });
    expect([...encoded.rows.train, ...encoded.rows.test].sort()).toEqual([0, 2, 3, 5]);
  });

  it('standardises a regression target on the training part and maps predictions back to its units', () => {
    const regression = planTable(sample(), { target: 'y', features: ['x'] });
    const encoded = encodeTable(regression, { seed: 4 });
    const { train } = encoded.dataset;
    const mean = train.y.reduce((a, b) => a + b, 0) / train.count;
    expect(mean).toBeCloseTo(0, 5);
    expect(Math.sqrt(train.y.reduce((a, v) => a + v * v, 0) / train.count)).toBeCloseTo(1, 5);
    const y = (regression.table.columns[3] as NumericColumn).values;
    encoded.rows.test.forEach((tableRow, r) => expect(toTargetUnits(encoded.dataset.test.y[r]!, encoded.targetScaling!)).toBeCloseTo(y[tableRow]!, 4));
    expect(encoded.dataset.info).toMatchObject({ name: 'data.csv', task: { kind: 'regression', outputs: 1 }, inputSize: 1 });
  });

  it('encodes 2 classes as one 0/1 output or two one-hot outputs, following the output width', () => {
    const table = csv('y,x', 'no,1', 'yes,2', 'no,3', 'yes,4', 'yes,5', 'no,6');
    const twoClasses = planTable(table, { target: 'y' });
    const single = encodeTable(twoClasses, { seed: 1 });
    const pair = encodeTable(twoClasses, { seed: 1, outputSize: 2 });
    expect(single.dataset.outputSize).toBe(1);
    const x = (table.columns[1] as NumericColumn).values;
    single.rows.train.forEach((tableRow, r) => {
      const yes = [2, 4, 5].includes(x[tableRow]!);
      expect(single.dataset.train.y[r]).toBe(yes ? 1 : 0);
      expect(row(pair.dataset.train.y, 2, r)).toEqual(yes ? [0, 1] : [1, 0]);
    });
    expect(errorOf(() => encodeTable(twoClasses, { seed: 1, outputSize: 3 }))).toBe(
      'dataset data.csv has 2 classes: the network needs 1 output (sigmoid) or 2 outputs (softmax), not 3',
    );
  });

  it('gives two-input data a square extent for the decision boundary', () => {
    const encoded = encodeTable(planTable(sample(), { target: 'class', features: ['x', 'y'] }), { seed: 1 });
    expect(encoded.dataset.info.planar).toBe(true);
    const [low, high] = encoded.dataset.extent!;
    expect(low).toBe(-high);
    for (const { x } of [encoded.dataset.train, encoded.dataset.test]) for (const v of x) expect(Math.abs(v)).toBeLessThanOrEqual(high);
    expect(encodeTable(plan, { seed: 1 }).dataset.extent).toBeNull();
  });
});
