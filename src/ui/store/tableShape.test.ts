import { afterEach, describe, expect, it } from 'vitest';
import { DATASETS, dataReferenceOf, layerStack, penguinsTemplate, type TrainingSettings } from '../../model/index.ts';
import { compileModel } from './compileModel.ts';
import { datasetInfoFor, setTableShape } from './tableShape.ts';

const fileTraining: TrainingSettings = { data: { file: 'b.csv', sha256: 'b'.repeat(64), target: 'k', features: ['x', 'y', 'z'], columns: {} } };
const fileInfo = { name: 'b.csv', label: 'b.csv', inputSize: 3, task: { kind: 'classification', classes: 2 }, planar: false } as const;

afterEach(() => setTableShape(null));

describe('datasetInfoFor', () => {
  it('checks a named dataset by its known shape, and nothing for a model that names none', () => {
    expect(datasetInfoFor({ dataset: 'iris' })).toBe(DATASETS.iris);
    expect(datasetInfoFor(undefined)).toBeUndefined();
  });

  it('checks a table’s columns once they are planned, and only for the data the model names', () => {
    expect(datasetInfoFor(fileTraining)).toBeUndefined();
    setTableShape({ reference: dataReferenceOf(fileTraining), info: fileInfo });
    expect(datasetInfoFor(fileTraining)).toBe(fileInfo);
    expect(datasetInfoFor(penguinsTemplate().training)).toBeUndefined();
  });
});

describe('compileModel', () => {
  it('compiles again when the table’s shape arrives, naming the file in the error', () => {
    const model = layerStack(2, [{ units: 1, fn: 'sigmoid' }], 'binary_cross_entropy', { training: fileTraining });
    expect(compileModel(model).ok).toBe(true);
    setTableShape({ reference: dataReferenceOf(fileTraining), info: fileInfo });
    const result = compileModel(model);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toBe('the b.csv dataset has 3 numbers per sample, but Input node "input" has size 2: set its size to 3');
  });
});
