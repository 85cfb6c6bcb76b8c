import { describe, expect, it } from 'vitest';
import { deepTemplate, loadModel, spiralTemplate, xorTemplate, type NetloomModel } from '../../model/index.ts';
import { comparisonRuns, DEFAULT_SHAPE, suggestedShape } from './depthExperiment.ts';

const activations = (model: NetloomModel) =>
  model.nodes.flatMap((node) => (node.type === 'activation' ? [node.params.fn] : []));

describe('suggestedShape', () => {
  it("takes a deep graph's hidden layers, not counting the output layer", () => {
    expect(suggestedShape(deepTemplate('tanh', 6, 12))).toEqual({ depth: 6, width: 12 });
  });

  it('falls back to 10 × 16 for a shallow graph', () => {
    expect(suggestedShape(xorTemplate())).toEqual(DEFAULT_SHAPE);
    expect(DEFAULT_SHAPE).toEqual({ depth: 10, width: 16 });
  });
});

describe('comparisonRuns', () => {
  it('builds a sigmoid and a ReLU network of the same shape, named with it', () => {
    const [sigmoid, relu] = comparisonRuns(xorTemplate(), { depth: 8, width: 4 });
    expect([sigmoid.name, relu.name]).toEqual(['Deep sigmoid (8 × 4)', 'Deep ReLU (8 × 4)']);
    expect(activations(sigmoid.model)).toEqual([...Array(8).fill('sigmoid'), 'sigmoid']);
    expect(activations(relu.model)).toEqual([...Array(8).fill('relu'), 'sigmoid']);
    expect(sigmoid.color).not.toBe(relu.color);
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
