import { describe, expect, it } from 'vitest';
import { tableDatasetInfo } from './dataSource.ts';
import { formatIssue, loadModel, xorTemplate, type TrainingSettings } from './index.ts';

const HASH = 'a'.repeat(64);
const penguins = { file: 'penguins.csv', sha256: HASH, target: 'species', features: ['bill', 'island'], columns: { bill: 'numeric', island: 'categorical', species: 'categorical' } };
const builtinChoice = { target: 'Species', features: ['Beak Length (mm)'], columns: { Species: 'categorical', 'Beak Length (mm)': 'numeric' } };

/** Loads the XOR template with these data fields in place of its `training.dataset`, returning its issues as text. */
function issuesWith(fields: Record<string, unknown>): string[] {
  const { dataset: _dataset, ...training } = xorTemplate().training!;
  const loaded = loadModel({ ...xorTemplate(), training: { ...training, ...fields } });
  return loaded.ok ? [] : loaded.issues.map(formatIssue);
}

describe('training.data', () => {
  it('records a table by file name, hash, target, features and column types', () => {
    expect(issuesWith({ data: penguins })).toEqual([]);
    const loaded = loadModel({ ...xorTemplate(), training: { data: penguins } });
    expect(loaded.ok && loaded.model.training?.data).toEqual(penguins);
  });

  it('refuses a bad hash, no features, or a column type it does not know, saying where', () => {
    expect(issuesWith({ data: { ...penguins, sha256: 'ABC' } })).toEqual(['training.data.sha256: expected a SHA-256 hash: 64 lowercase hex digits']);
    expect(issuesWith({ data: { ...penguins, features: [] } })).toEqual(['training.data.features: expected at least one feature column']);
    expect(issuesWith({ data: { ...penguins, columns: { bill: 'date' } } })).toEqual(['training.data.columns.bill: expected numeric or categorical']);
    expect(issuesWith({ data: { ...penguins, target: '' } })).toEqual(['training.data.target: expected a column name']);
  });

  it('refuses the target among the features, a feature twice, and types for columns it does not use', () => {
    expect(issuesWith({ data: { ...penguins, features: ['bill', 'species', 'bill'] } })).toEqual([
      'training.data.features[1]: "species": the target cannot also be a feature',
      'training.data.features[2]: "bill": listed twice',
      'training.data.columns.island: not the target or a feature',
    ]);
  });

  it('records a file by name and hash together', () => {
    const { sha256: _sha256, ...noHash } = penguins;
    expect(issuesWith({ data: noHash })).toEqual([
      'training.data.sha256: a file is recorded by its name and its hash: give both, or neither for a built-in table',
    ]);
  });

  it('a file replaces training.dataset: both is refused, naming the file', () => {
    expect(issuesWith({ dataset: 'xor', data: penguins })).toEqual([
      'training.dataset: remove it: training.data names the file this model trains on (penguins.csv), and a model trains on one dataset',
    ]);
  });

  it('without a file, chooses the columns of the built-in table training.dataset names', () => {
    expect(issuesWith({ dataset: 'penguins', data: builtinChoice })).toEqual([]);
    expect(issuesWith({ dataset: 'xor', data: builtinChoice })).toEqual([
      'training.data: the xor dataset is generated and has no columns to choose: remove training.data, or use a built-in table (penguins, cars, mnist)',
    ]);
    expect(issuesWith({ data: builtinChoice })).toEqual([
      'training.data: columns without a file: give the file (file and sha256), or set training.dataset to a built-in table (penguins, cars, mnist)',
    ]);
  });

  it('accepts the built-in tables by name in training.dataset', () => {
    for (const dataset of ['penguins', 'cars', 'mnist'] satisfies TrainingSettings['dataset'][]) expect(issuesWith({ dataset })).toEqual([]);
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
