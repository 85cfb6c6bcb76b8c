import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { activation, chain, dense, errorsOf, graph, input, loss } from './testModels.ts';

describe('checkDataset (through compile)', () => {
  /** x(inputSize) → o(outputs) → [activation] → L(lossFn) */
  const network = (inputSize: number, outputs: number, lossFn: Parameters<typeof loss>[1]) => {
    const headFn = { cross_entropy: 'softmax', binary_cross_entropy: 'sigmoid', mse: 'linear' } as const;
    return graph(
      [input('x', inputSize), dense('o', outputs), activation('a', headFn[lossFn]), loss('L', lossFn)],
      chain('x', 'o', 'a', 'L'),
    );
  };

  it('checks against the model’s own dataset, or the one given', () => {
    const model = { ...network(3, 1, 'mse'), training: { dataset: 'xor' as const } };
    expect(errorsOf(model)[0]).toEqual({
      code: 'dataset_input',
      nodeIds: ['x'],
      message: 'the xor dataset has 2 numbers per sample, but Input node "x" has size 3: set its size to 2',
    });
    expect(errorsOf(network(2, 1, 'mse'), { dataset: 'iris' })[0]!.code).toBe('dataset_input');
    expect(compile(network(3, 1, 'mse')).ok).toBe(true);
  });

  it.each([
    [1, 'binary_cross_entropy'],
    [1, 'mse'],
    [2, 'cross_entropy'],
    [2, 'mse'],
  ] as const)('fits 2 classes with %i output(s) and %s', (outputs, lossFn) => {
    expect(compile(network(2, outputs, lossFn), { dataset: 'xor' }).ok).toBe(true);
  });

  it.each([
    [1, 'cross_entropy', /softmax over 1 output is always 1/],
    [2, 'binary_cross_entropy', /one-hot, which binary_cross_entropy does not score/],
    [3, 'mse', /needs 1 output .* or 2 one-hot outputs .*, not 3/],
  ] as const)('refuses 2 classes with %i output(s) and %s, saying why', (outputs, lossFn, why) => {
    const [error] = errorsOf(network(2, outputs, lossFn), { dataset: 'moons' });
    expect(error).toMatchObject({ code: 'dataset_output', nodeIds: ['o', 'L'] });
    expect(error!.message).toMatch(why);
  });

  it('needs one output per class for 3 classes, and no binary_cross_entropy', () => {
    expect(compile(network(4, 3, 'cross_entropy'), { dataset: 'iris' }).ok).toBe(true);
    expect(errorsOf(network(4, 2, 'cross_entropy'), { dataset: 'iris' })[0]!.message).toBe(
      'the iris dataset has 3 classes, so the network needs 3 outputs (one per class), not 2: give the last Dense layer 3 units',
    );
    expect(errorsOf(network(4, 3, 'binary_cross_entropy'), { dataset: 'iris' })[0]!.message).toMatch(
      /use Softmax \+ cross_entropy$/,
    );
  });

  it('needs the right number of outputs and mse for regression', () => {
    expect(compile(network(2, 1, 'mse'), { dataset: 'regression' }).ok).toBe(true);
    expect(errorsOf(network(2, 2, 'mse'), { dataset: 'regression' })[0]!.message).toBe(
      'the regression dataset predicts 1 number per sample, but the network has 2 outputs: give the last Dense layer 1 unit',
    );
    expect(errorsOf(network(2, 1, 'binary_cross_entropy'), { dataset: 'regression' })[0]!.message).toMatch(
      /predicts numbers, not classes: use the mse loss/,
    );
  });

  it('names the input as the width source when no dense layer precedes the loss', () => {
    const model = graph([input('x', 2), loss('L', 'mse')], chain('x', 'L'));
    expect(errorsOf(model, { dataset: 'regression' })[0]!.nodeIds).toEqual(['x', 'L']);
  });
});

describe('checkDataset on a loss that has a stray wire besides its input (found by the fuzz suite)', () => {
  it('names the node whose width reaches the loss along its port, not the first wire listed', () => {
    // The first wire goes into a port the loss does not have, from an activation nothing feeds.
    const model = graph([activation('a', 'relu'), input('x', 1), loss('L', 'mse')], [['a', 'L', 'in7'], ['x', 'L']]);
    const errors = errorsOf(model, { dataset: 'iris' });
    expect(errors.find((error) => error.code === 'dataset_output')?.nodeIds).toEqual(['x', 'L']);
  });
});
