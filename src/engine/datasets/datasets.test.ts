import { describe, expect, it } from 'vitest';
import { GENERATED_DATASET_NAMES as DATASET_NAMES, GENERATED_DATASETS as DATASETS, type GeneratedDatasetName as DatasetName } from '../../model/index.ts';
import type { DatasetSplit } from './dataset.ts';
import { createGrid, generateDataset } from './index.ts';

/** The output width each dataset is trained with by default: one per class, one per regression target. */
function widthOf(name: DatasetName): number {
  const { task } = DATASETS[name];
  return task.kind === 'classification' ? task.classes : task.outputs;
}

function rows(split: DatasetSplit, width: number, data: 'x' | 'y'): number[][] {
  return Array.from({ length: split.count }, (_, r) => Array.from(split[data].subarray(r * width, (r + 1) * width)));
}

describe('generateDataset', () => {
  for (const name of DATASET_NAMES) {
    it(`${name}: shapes, encoding and a seeded, repeatable draw`, () => {
      const outputSize = widthOf(name);
      const dataset = generateDataset(name, { seed: 3, outputSize, noise: 0.2 });
      const total = name === 'iris' ? 150 : 400;
      expect(dataset.train.count + dataset.test.count).toBe(total);
      // each class is split on its own, so rounding may move a row or so
      expect(Math.abs(dataset.train.count - total / 2)).toBeLessThanOrEqual(1);
      for (const split of [dataset.train, dataset.test]) {
        expect(split.x).toHaveLength(split.count * DATASETS[name].inputSize);
        expect(split.y).toHaveLength(split.count * outputSize);
        expect(split.x.every(Number.isFinite)).toBe(true);
      }
      if (DATASETS[name].task.kind === 'classification') {
        for (const row of rows(dataset.train, outputSize, 'y')) expect(row.reduce((a, b) => a + b)).toBe(1);
      }
      expect(generateDataset(name, { seed: 3, outputSize, noise: 0.2 })).toEqual(dataset);
      expect(generateDataset(name, { seed: 4, outputSize, noise: 0.2 }).train.x).not.toEqual(dataset.train.x);
    });
  }

  it('splits every class evenly between train and test', () => {
    for (const name of ['xor', 'circle', 'spiral', 'gaussian', 'moons'] as const) {
      const { train, test } = generateDataset(name, { seed: 1, outputSize: 1 });
      const positives = (split: DatasetSplit) => split.y.reduce((a, b) => a + b, 0);
      expect(positives(train)).toBe(100);
      expect(positives(test)).toBe(100);
    }
    const iris = generateDataset('iris', { seed: 1, outputSize: 3, trainFraction: 0.6 });
    const perClass = [0, 1, 2].map((c) => rows(iris.train, 3, 'y').filter((row) => row[c] === 1).length);
    expect(perClass).toEqual([30, 30, 30]);
  });

  it('labels xor by the quadrant, as TensorFlow Playground does: class 1 where sign(x)·sign(y) > 0', () => {
    const { train } = generateDataset('xor', { seed: 2, outputSize: 1 });
    const points = rows(train, 2, 'x');
    points.forEach(([x, y], r) => expect(train.y[r]).toBe(x! * y! > 0 ? 1 : 0));
  });

  it('puts class 1 of circle inside radius 0.5 and class 0 outside radius 0.7', () => {
    const { train } = generateDataset('circle', { seed: 2, outputSize: 1 });
    rows(train, 2, 'x').forEach(([x, y], r) => {
      const radius = Math.hypot(x!, y!);
      expect(train.y[r] === 1 ? radius <= 0.5 : radius >= 0.7).toBe(true);
    });
  });

  it('encodes two classes as one 0/1 column or two one-hot columns, following the output width', () => {
    const single = generateDataset('moons', { seed: 5, outputSize: 1 });
    const pair = generateDataset('moons', { seed: 5, outputSize: 2 });
    expect(pair.train.x).toEqual(single.train.x);
    rows(pair.train, 2, 'y').forEach((oneHot, r) => expect(oneHot).toEqual(single.train.y[r] === 1 ? [0, 1] : [1, 0]));
  });

  it('refuses an output width that fits no encoding, saying which would', () => {
    expect(() => generateDataset('spiral3', { seed: 1, outputSize: 1 })).toThrow('dataset spiral3 has 3 classes: the network needs 3 outputs (softmax), not 1');
    expect(() => generateDataset('xor', { seed: 1, outputSize: 3 })).toThrow(/1 output \(sigmoid\) or 2 outputs \(softmax\)/);
    expect(() => generateDataset('regression', { seed: 1, outputSize: 2 })).toThrow(/1 target value/);
  });

  it('honours samples, trainFraction and noise', () => {
    const clean = generateDataset('gaussian', { seed: 1, outputSize: 1, samples: 100, trainFraction: 0.8 });
    const noisy = generateDataset('gaussian', { seed: 1, outputSize: 1, samples: 100, trainFraction: 0.8, noise: 1 });
    expect([clean.train.count, clean.test.count]).toEqual([80, 20]);
    const spread = (split: DatasetSplit) => Math.sqrt(split.x.reduce((a, v) => a + v * v, 0) / split.x.length);
    expect(spread(noisy.train)).toBeGreaterThan(spread(clean.train));
  });

  it('keeps every class in both splits, even at an extreme trainFraction', () => {
    for (const trainFraction of [0.001, 0.999]) {
      const { train, test } = generateDataset('spiral3', { seed: 1, outputSize: 3, trainFraction });
      for (const split of [train, test]) {
        const perClass = [0, 1, 2].map((c) => rows(split, 3, 'y').filter((row) => row[c] === 1).length);
        expect(Math.min(...perClass)).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('standardises the iris measurements', () => {
    const { train, test } = generateDataset('iris', { seed: 1, outputSize: 3 });
    const all = [...rows(train, 4, 'x'), ...rows(test, 4, 'x')];
    for (let c = 0; c < 4; c++) {
      const column = all.map((row) => row[c]!);
      const mean = column.reduce((a, b) => a + b) / column.length;
      expect(Math.abs(mean)).toBeLessThan(1e-6);
      expect(Math.sqrt(column.reduce((a, v) => a + v * v, 0) / column.length)).toBeCloseTo(1, 5);
    }
  });
});

describe('createGrid', () => {
  it('lists cell centres row by row from the top-left corner', () => {
    const grid = createGrid(2, [-1, 1]);
    expect(Array.from(grid)).toEqual([-0.5, 0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5]);
  });
});
