import { describe, expect, it } from 'vitest';
import type { DataSource } from './dataSource.ts';
import { dataLabel, dataReferenceOf, knownDatasetInfo, sameDataReference, tableKey } from './dataReference.ts';
import { DATASETS } from './datasets.ts';
import { TABLE_DATASETS } from './tableDatasets.ts';

const HASH = 'c'.repeat(64);
const fileData = { file: 'birds.csv', sha256: HASH, target: 'kind', features: ['size'], columns: { kind: 'categorical', size: 'numeric' } } satisfies DataSource;
const penguinChoice = { target: 'Species', features: ['Body Mass (g)'], columns: { Species: 'categorical', 'Body Mass (g)': 'numeric' } } satisfies DataSource;

describe('dataReferenceOf', () => {
  it('reads a generated set by name, xor when the block names none', () => {
    expect(dataReferenceOf({ dataset: 'moons' })).toEqual({ kind: 'generated', name: 'moons' });
    expect(dataReferenceOf(undefined)).toEqual({ kind: 'generated', name: 'xor' });
  });

  it('reads a built-in table with its preset columns, or the columns training.data chooses', () => {
    expect(dataReferenceOf({ dataset: 'cars' })).toEqual({ kind: 'table', table: { kind: 'builtin', name: 'cars' }, choice: TABLE_DATASETS.cars.choice });
    expect(dataReferenceOf({ dataset: 'penguins', data: penguinChoice })).toEqual({
      kind: 'table',
      table: { kind: 'builtin', name: 'penguins' },
      choice: penguinChoice,
    });
  });

  it('reads a file by its name and hash, with its columns', () => {
    expect(dataReferenceOf({ data: { ...fileData, features: [...fileData.features] } })).toEqual({
      kind: 'table',
      table: { kind: 'file', file: 'birds.csv', sha256: HASH },
      choice: { target: 'kind', features: ['size'], columns: fileData.columns },
    });
  });
});

describe('knownDatasetInfo', () => {
  it('knows a generated set’s shape and a built-in table’s preset one, not a choice of columns', () => {
    expect(knownDatasetInfo({ dataset: 'iris' })).toBe(DATASETS.iris);
    expect(knownDatasetInfo({ dataset: 'mnist' })).toMatchObject({ inputSize: 784, task: { kind: 'classification', classes: 10 } });
    expect(knownDatasetInfo({ dataset: 'penguins', data: penguinChoice })).toBeUndefined();
    expect(knownDatasetInfo({ data: { ...fileData, features: ['size'] } })).toBeUndefined();
  });
});

describe('sameDataReference', () => {
  const file = dataReferenceOf({ data: { ...fileData, features: ['size'] } });

  it('matches a file by content, whatever it is called, and the columns chosen', () => {
    expect(sameDataReference(file, dataReferenceOf({ data: { ...fileData, file: 'renamed.csv', features: ['size'] } }))).toBe(true);
    expect(sameDataReference(file, dataReferenceOf({ data: { ...fileData, sha256: 'd'.repeat(64), features: ['size'] } }))).toBe(false);
    expect(sameDataReference(file, dataReferenceOf({ data: { ...fileData, features: ['size'], columns: { ...fileData.columns, size: 'categorical' } } }))).toBe(false);
  });

  it('tells generated sets and tables apart', () => {
    expect(sameDataReference(dataReferenceOf({ dataset: 'xor' }), dataReferenceOf({ dataset: 'xor' }))).toBe(true);
    expect(sameDataReference(dataReferenceOf({ dataset: 'xor' }), dataReferenceOf({ dataset: 'circle' }))).toBe(false);
    expect(sameDataReference(dataReferenceOf({ dataset: 'xor' }), file)).toBe(false);
    expect(sameDataReference(dataReferenceOf({ dataset: 'penguins' }), dataReferenceOf({ dataset: 'penguins', data: penguinChoice }))).toBe(false);
  });
});

describe('naming the data', () => {
  it('keys tables for caches, and labels the data for a person', () => {
    expect(tableKey({ kind: 'builtin', name: 'mnist' })).toBe('builtin:mnist');
    expect(tableKey({ kind: 'file', file: 'birds.csv', sha256: HASH })).toBe(`sha256:${HASH}`);
    expect(dataLabel(dataReferenceOf({ data: { ...fileData, features: ['size'] } }))).toBe('birds.csv');
    expect(dataLabel(dataReferenceOf({ dataset: 'penguins' }))).toBe('Palmer penguins (344, 3 species)');
  });
});
