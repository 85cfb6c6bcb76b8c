import { describe, expect, it } from 'vitest';
import { dataReferenceOf, GENERATED_DATASETS, TABLE_DATASETS, type DataReference } from '../../model/index.ts';
import { builtinTable } from './builtin/builtinTables.testkit.ts';
import { imageSetTable } from './builtin/imageSet.ts';
import { generateDataset } from './index.ts';
import { resolveDataset, type TableLookup } from './provider.ts';
import { csv, errorOf, PENGUIN_LINES } from './tabular/testTables.ts';

const LOAD = { seed: 2, noise: 0.1, trainFraction: 0.5 };
const birds = csv(...PENGUIN_LINES);
const fileReference = (choice: { target: string; features?: string[] }): DataReference => ({
  kind: 'table',
  table: { kind: 'file', file: 'data.csv', sha256: 'f'.repeat(64) },
  choice,
});
const onlyBirds: TableLookup = (table) => (table.kind === 'file' ? birds : undefined);

describe('resolveDataset', () => {
  it('gives a generated set’s shape and its seeded rows', () => {
    const provider = resolveDataset(dataReferenceOf({ dataset: 'iris' }));
    expect(provider.info).toBe(GENERATED_DATASETS.iris);
    const dataset = provider.load({ ...LOAD, outputSize: 3 });
    expect(dataset).toEqual(generateDataset('iris', { ...LOAD, outputSize: 3 }));
    expect(dataset.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
  });

  it('plans a table under the chosen columns: the compiler sees its shape, named after the file', () => {
    const provider = resolveDataset(fileReference({ target: 'species', features: ['bill', 'island'] }), onlyBirds);
    expect(provider.info).toEqual({ name: 'data.csv', label: 'data.csv', inputSize: 4, task: { kind: 'classification', classes: 3 }, planar: false });
    const dataset = provider.load({ ...LOAD, outputSize: 3 });
    expect(dataset.info).toBe(provider.info);
    expect(dataset.classNames).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(dataset.train.count + dataset.test.count).toBe(5);
    expect(dataset.targetScaling).toBeUndefined();
  });

  it('keeps a regression target’s scaling, so outputs can be read in its units', () => {
    const dataset = resolveDataset(fileReference({ target: 'bill', features: ['island'] }), onlyBirds).load({ ...LOAD, outputSize: 1 });
    expect(dataset.info.task).toEqual({ kind: 'regression', outputs: 1 });
    expect(dataset.targetScaling!.std).toBeGreaterThan(0);
  });

  it('labels a built-in table by its label, and carries the test rows’ pictures for an image set', () => {
    const tiny = imageSetTable({ width: 2, height: 2, labels: Uint8Array.of(0, 1, 0, 1), pixels: Uint8Array.from({ length: 16 }, (_, i) => i * 17) }, 'mnist');
    const provider = resolveDataset(dataReferenceOf({ dataset: 'mnist' }), () => tiny);
    expect(provider.info).toMatchObject({ name: 'mnist', label: TABLE_DATASETS.mnist.info.label, inputSize: 4 });
    // the MNIST spec says 28 × 28: a table of 4 pixels is not that image, so it has no pictures
    expect(provider.load({ ...LOAD, outputSize: 2 }).testImages).toBeUndefined();
  });

  it('gives the real MNIST digits their pictures, one per test row, in test order', () => {
    const table = builtinTable('mnist');
    const dataset = resolveDataset(dataReferenceOf({ dataset: 'mnist' }), () => table).load({ ...LOAD, trainFraction: 0.9, outputSize: 10 });
    const { testImages, test } = dataset;
    expect(testImages).toMatchObject({ width: 28, height: 28 });
    expect(testImages!.pixels).toHaveLength(test.count * 784);
    // the network sees each pixel standardised over the training rows; the picture keeps the bytes
    expect(new Set(testImages!.pixels.subarray(0, 784)).size).toBeGreaterThan(2);
  });

  it('says which table has not been read, and names the file and column of a choice that does not fit', () => {
    expect(errorOf(() => resolveDataset(fileReference({ target: 'species' })))).toBe(
      `the table data.csv (sha256 ${'f'.repeat(12)}…) has not been read: read it before setting up a run on it`,
    );
    expect(errorOf(() => resolveDataset(fileReference({ target: 'wingspan' }), onlyBirds))).toMatch(/^data\.csv: there is no column "wingspan"/);
  });
});
