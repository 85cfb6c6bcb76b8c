import { describe, expect, it } from 'vitest';
import { activation, add, dense, graph, input, loss } from '../../compiler/testModels.ts';
import { deepTemplate } from '../../model/index.ts';
import { fixedModel } from './diagnosisFix.ts';

const params = (model: ReturnType<typeof deepTemplate>, id: string) => model.nodes.find((node) => node.id === id)!.params;

describe('fixedModel', () => {
  const deep = { ...deepTemplate('sigmoid', 3, 8), weights: { dense1: { kernel: [[1, 2]], bias: [0] } } };

  it('turns the hidden sigmoids into ReLUs, keeps the sigmoid the loss reads, and drops the old weights', () => {
    const fixed = fixedModel(deep, { kind: 'setActivations', from: ['sigmoid', 'tanh'], to: 'relu' });
    expect(['act1', 'act2', 'act3'].map((id) => params(fixed, id))).toEqual([{ fn: 'relu' }, { fn: 'relu' }, { fn: 'relu' }]);
    expect(params(fixed, 'act4')).toEqual({ fn: 'sigmoid' });
    expect(fixed.weights).toBeUndefined();
    expect(fixed.edges).toBe(deep.edges);
  });

  it('doubles the hidden dense layers, not the output one', () => {
    const fixed = fixedModel(deep, { kind: 'widenLayers', factor: 2 });
    expect(['dense1', 'dense2', 'dense3', 'dense4'].map((id) => params(fixed, id))).toEqual([{ units: 16 }, { units: 16 }, { units: 16 }, { units: 1 }]);
  });

  it('finds the head through merges too', () => {
    const model = graph(
      [input('x', 2), dense('a', 4), activation('r', 'relu'), dense('b', 4), dense('c', 4), add('s'), activation('h', 'relu'), loss('L', 'mse')],
      [['x', 'a'], ['a', 'r'], ['r', 'b'], ['r', 'c'], ['b', 's'], ['c', 's', 'in1'], ['s', 'h'], ['h', 'L']],
    );
    const fixed = fixedModel(model, { kind: 'widenLayers', factor: 3 });
    expect(fixed.nodes.filter((node) => node.type === 'dense').map((node) => node.params)).toEqual([{ units: 12 }, { units: 4 }, { units: 4 }]);
    expect(params(fixedModel(model, { kind: 'setActivations', from: ['relu'], to: 'leaky_relu' }), 'h')).toEqual({ fn: 'relu' });
  });

  it('sets a new learning rate in the training settings, and keeps the graph and its weights', () => {
    const fixed = fixedModel(deep, { kind: 'setLearningRate', lr: 0.01 });
    expect(fixed.training).toMatchObject({ lr: 0.01, optimizer: 'sgd', dataset: 'circle' });
    expect(fixed.nodes).toBe(deep.nodes);
    expect(fixed.weights).toBe(deep.weights);
  });
});
