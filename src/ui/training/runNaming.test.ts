import { describe, expect, it } from 'vitest';
import { deepTemplate, xorTemplate, type ModelNode, type NetloomModel } from '../../model/index.ts';
import { describeRun, graphChanges, settingChanges } from './runNaming.ts';

const withTraining = (model: NetloomModel, training: NetloomModel['training']) => ({ ...model, training: { ...model.training, ...training } });

describe('describeRun', () => {
  it('names a first run from the graph and the dataset', () => {
    expect(describeRun(xorTemplate())).toBe('xor · XOR');
    expect(describeRun({ ...xorTemplate(), name: '  ' })).toBe('untitled · XOR');
  });

  it('adds what changed since the previous run', () => {
    const before = xorTemplate();
    const after = withTraining(before, { lr: 0.1, seed: 2 });
    expect(describeRun(after, before)).toBe('xor · XOR · seed 2 · lr 0.1');
    expect(describeRun(withTraining(before, { dataset: 'circle' }), before)).toBe('xor · Circle');
  });

  it('names a table by its label, and says when the same table is read with other columns', () => {
    const penguins = withTraining(xorTemplate(), { dataset: 'penguins' });
    expect(describeRun(penguins)).toBe('xor · Palmer penguins (344, 3 species)');
    const island = withTraining(penguins, { data: { target: 'Island', features: ['Beak Length (mm)'], columns: { Island: 'categorical', 'Beak Length (mm)': 'numeric' } } });
    expect(describeRun(island, penguins)).toBe('xor · Palmer penguins (344, 3 species) · columns');
  });

  it('reads one change made to many nodes as one, and counts what does not fit', () => {
    const before = deepTemplate('sigmoid', 4, 8);
    const relu = { ...before, nodes: before.nodes.map((node) => (node.type === 'activation' && node.id !== 'act5' ? { ...node, params: { fn: 'relu' } } : node)) } as NetloomModel;
    expect(describeRun(relu, before)).toBe('deep-sigmoid · Circle · 4 × fn=relu');
    const more = withTraining(relu, { lr: 1, batchSize: 4, seed: 9 });
    expect(describeRun(more, before)).toBe('deep-sigmoid · Circle · 4 × fn=relu · seed 9 · +2 more');
  });
});

describe('graphChanges', () => {
  it('lists added and removed nodes, changed params, and rewiring', () => {
    const before = xorTemplate();
    const added: ModelNode = { id: 'dense3', type: 'dense', params: { units: 2 } };
    const kept = before.nodes.filter((node) => node.id !== 'act2');
    const after: NetloomModel = {
      ...before,
      nodes: [...kept.map((node) => (node.id === 'dense1' ? ({ ...node, params: { units: 16 } } as ModelNode) : node)), added],
    };
    expect(graphChanges(before, after)).toEqual(['dense1 units=16', '+dense3', '−act2']);
    expect(graphChanges(before, { ...before, edges: before.edges.slice(1) })).toEqual(['rewired']);
    expect(graphChanges(before, before)).toEqual([]);
  });
});

describe('settingChanges', () => {
  it('names each setting that differs, the split as a percentage', () => {
    const before = xorTemplate();
    expect(settingChanges(before, withTraining(before, { trainFraction: 0.7, optimizer: 'sgd', noise: 0.1 }))).toEqual([
      'noise 0.1',
      'train split 70 %',
      'optimizer sgd',
    ]);
  });
});
