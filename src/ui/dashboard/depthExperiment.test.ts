import { describe, expect, it } from 'vitest';
import { deepTemplate, loadModel, spiralTemplate, xorTemplate, type NetloomModel } from '../../model/index.ts';
import { comparisonRuns, DEFAULT_SHAPE } from './depthExperiment.ts';

const activations = (model: NetloomModel) =>
  model.nodes.flatMap((node) => (node.type === 'activation' ? [node.params.fn] : []));

describe('comparisonRuns', () => {
  it('builds a sigmoid and a ReLU network of the same shape, named with it and the data', () => {
    const [sigmoid, relu] = comparisonRuns(xorTemplate(), { depth: 8, width: 4 });
    expect([sigmoid.description, relu.description]).toEqual(['Deep sigmoid 8 × 4 · XOR', 'Deep ReLU 8 × 4 · XOR']);
    expect([sigmoid.kind, relu.kind]).toEqual(['sigmoid', 'ReLU']);
    expect(activations(sigmoid.model)).toEqual([...Array(8).fill('sigmoid'), 'sigmoid']);
    expect(activations(relu.model)).toEqual([...Array(8).fill('relu'), 'sigmoid']);
  });

  it('is 10 × 16 until the person picks another shape, whatever the graph', () => {
    expect(DEFAULT_SHAPE).toEqual({ depth: 10, width: 16 });
  });

  it('gives both runs the same training settings, with the current seed and two-class 2-D data', () => {
    const xor = xorTemplate();
    const current: NetloomModel = { ...xor, training: { ...xor.training, seed: 42, dataset: 'moons', noise: 0.2 } };
    const [sigmoid, relu] = comparisonRuns(current, DEFAULT_SHAPE);
    expect(sigmoid.model.training).toEqual(relu.model.training);
    expect(sigmoid.model.training).toMatchObject({ seed: 42, dataset: 'moons', noise: 0.2, optimizer: 'sgd' });
  });

  it("keeps the template's dataset when the current one does not fit one sigmoid output", () => {
    const [sigmoid] = comparisonRuns(spiralTemplate(), DEFAULT_SHAPE);
    expect(sigmoid.model.training?.dataset).toBe(deepTemplate('sigmoid').training?.dataset);
  });

  it('builds models that load as valid documents', () => {
    for (const run of comparisonRuns(xorTemplate(), DEFAULT_SHAPE)) expect(loadModel(run.model).ok).toBe(true);
  });
});
