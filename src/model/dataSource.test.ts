import { describe, expect, it } from 'vitest';
import { tableDatasetInfo } from './dataSource.ts';
import { formatIssue, loadModel, xorTemplate } from './index.ts';

const HASH = 'a'.repeat(64);
const penguins = { file: 'penguins.csv', sha256: HASH, target: 'species', features: ['bill', 'island'], columns: { bill: 'numeric', island: 'categorical', species: 'categorical' } };

/** Loads the XOR template with `training.data` set, returning its issues as text. */
function issuesWith(data: unknown): string[] {
  const model = xorTemplate();
  const loaded = loadModel({ ...model, training: { ...model.training, data } });
  return loaded.ok ? [] : loaded.issues.map(formatIssue);
}

describe('training.data', () => {
  it('records a table by file name, hash, target, features and column types', () => {
    expect(issuesWith(penguins)).toEqual([]);
    const model = xorTemplate();
    const loaded = loadModel({ ...model, training: { ...model.training, data: penguins } });
    expect(loaded.ok && loaded.model.training?.data).toEqual(penguins);
  });

  it('refuses a bad hash, no features, or a column type it does not know, saying where', () => {
    expect(issuesWith({ ...penguins, sha256: 'ABC' })).toEqual(['training.data.sha256: expected a SHA-256 hash: 64 lowercase hex digits']);
    expect(issuesWith({ ...penguins, features: [] })).toEqual(['training.data.features: expected at least one feature column']);
    expect(issuesWith({ ...penguins, columns: { bill: 'date' } })).toEqual(['training.data.columns.bill: expected numeric or categorical']);
    expect(issuesWith({ ...penguins, target: '' })).toEqual(['training.data.target: expected a column name']);
  });

  it('refuses the target among the features, a feature twice, and types for columns it does not use', () => {
    expect(issuesWith({ ...penguins, features: ['bill', 'species', 'bill'] })).toEqual([
      'training.data.features[1]: "species": the target cannot also be a feature',
      'training.data.features[2]: "bill": listed twice',
      'training.data.columns.island: not the target or a feature',
    ]);
  });
});

describe('tableDatasetInfo', () => {
  it('names the dataset after its file, and draws a decision boundary for two inputs only', () => {
    expect(tableDatasetInfo('penguins.csv', { inputSize: 9, task: { kind: 'classification', classes: 3 } })).toEqual({
      name: 'penguins.csv',
      label: 'penguins.csv',
      inputSize: 9,
      task: { kind: 'classification', classes: 3 },
      planar: false,
    });
    expect(tableDatasetInfo('two.csv', { inputSize: 2, task: { kind: 'regression', outputs: 1 } }).planar).toBe(true);
  });
});
