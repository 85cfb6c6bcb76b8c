import { describe, it } from 'vitest';
import { activation, add, batchNorm, concatenate, dense, input, layerNorm } from '../compiler/testModels.ts';
import { ACTIVATION_FNS, type ActivationFn, type LossFn, type StackLayer } from '../model/index.ts';
import { expectGradientsMatch, HEADS, HIDDEN, INPUTS, LOSSES, OUTPUTS, withHead } from './gradientCheck.testkit.ts';
import { networkFor, stackNetwork } from './testNetworks.ts';

function check(hidden: ActivationFn, head: ActivationFn | undefined, loss: LossFn, options: { useBias?: boolean; l2?: number } = {}) {
  const stack: StackLayer[] = [
    { units: HIDDEN, fn: hidden, useBias: options.useBias },
    { units: OUTPUTS, fn: head, useBias: options.useBias },
  ];
  expectGradientsMatch(stackNetwork(INPUTS, stack, loss, { seed: 7, dtype: 'float64' }), loss, options.l2);
}

describe('gradients match central finite differences (float64)', () => {
  for (const loss of LOSSES) {
    for (const fn of ACTIVATION_FNS) {
      it(`${fn} hidden layer, ${loss} loss`, () => check(fn, HEADS[loss], loss));
    }
  }

  for (const fn of ACTIVATION_FNS) {
    it(`mse on a ${fn} output (general backward through the head)`, () => check('tanh', fn, 'mse'));
  }


  it('dense layers without bias', () => {
    for (const loss of LOSSES) check('tanh', HEADS[loss], loss, { useBias: false });
  });

  it('with L2 weight decay on the kernels', () => {
    for (const loss of LOSSES) check('relu', HEADS[loss], loss, { l2: 0.3 });
  });
});

describe('gradients through branches and merges match central differences (float64)', () => {
  for (const lossFn of LOSSES) {
    it(`fan-out into two branches joined by Concatenate, ${lossFn} loss`, () => {
      // x → h → (a → p, b → q) → cat(p, q): h's value is read by two ops, so its gradient is a sum.
      const model = withHead(
        [input('x', INPUTS), dense('h', HIDDEN), activation('a', 'tanh'), activation('b', 'sigmoid'), dense('p', 3), dense('q', 2), concatenate('cat')],
        [['x', 'h'], ['h', 'a'], ['h', 'b'], ['a', 'p'], ['b', 'q'], ['p', 'cat', 'in0'], ['q', 'cat', 'in1']],
        'cat',
        lossFn,
      );
      expectGradientsMatch(networkFor(model, { seed: 3, dtype: 'float64' }), lossFn);
    });

    it(`a skip around several layers (the input joined to a deep branch), ${lossFn} loss`, () => {
      const model = withHead(
        [input('x', INPUTS), dense('d1', 4), activation('t1', 'tanh'), dense('d2', 4), activation('t2', 'tanh'), dense('d3', 4), concatenate('cat')],
        [['x', 'd1'], ['d1', 't1'], ['t1', 'd2'], ['d2', 't2'], ['t2', 'd3'], ['d3', 'cat', 'in0'], ['t1', 'cat', 'in1']],
        'cat',
        lossFn,
      );
      expectGradientsMatch(networkFor(model, { seed: 5, dtype: 'float64' }), lossFn, 0.1);
    });
  }

  for (const lossFn of LOSSES) {
    it(`residual blocks joined by Add (identity skips around two layers), ${lossFn} loss`, () => {
      // x → d0 → s0; then twice: s → dense → sigmoid → dense → sigmoid → add(·, s): the skip's value is read twice.
      const model = withHead(
        [
          input('x', INPUTS), dense('d0', 4), activation('s0', 'tanh'),
          dense('a1', 4), activation('b1', 'sigmoid'), dense('c1', 4), activation('e1', 'sigmoid'), add('r1'),
          dense('a2', 4), activation('b2', 'sigmoid'), dense('c2', 4), activation('e2', 'sigmoid'), add('r2', 3),
        ],
        [
          ['x', 'd0'], ['d0', 's0'],
          ['s0', 'a1'], ['a1', 'b1'], ['b1', 'c1'], ['c1', 'e1'], ['e1', 'r1'], ['s0', 'r1'],
          ['r1', 'a2'], ['a2', 'b2'], ['b2', 'c2'], ['c2', 'e2'], ['e2', 'r2'], ['r1', 'r2'], ['s0', 'r2'],
        ],
        'r2',
        lossFn,
      );
      expectGradientsMatch(networkFor(model, { seed: 9, dtype: 'float64' }), lossFn);
    });
  }

  it('the same value into both ports of a merge', () => {
    const model = withHead(
      [input('x', INPUTS), dense('h', HIDDEN), activation('a', 'tanh'), concatenate('cat')],
      [['x', 'h'], ['h', 'a'], ['a', 'cat', 'in0'], ['a', 'cat', 'in1']],
      'cat',
      'mse',
    );
    expectGradientsMatch(networkFor(model, { seed: 8, dtype: 'float64' }), 'mse');
  });
});

describe('gradients through normalisation match central differences (float64)', () => {
  for (const lossFn of LOSSES) {
    it(`LayerNorm between dense layers (its gamma, beta and input gradient), ${lossFn} loss`, () => {
      const model = withHead(
        [input('x', INPUTS), dense('h', HIDDEN), layerNorm('ln'), activation('a', 'sigmoid')],
        [['x', 'h'], ['h', 'ln'], ['ln', 'a']],
        'a',
        lossFn,
      );
      expectGradientsMatch(networkFor(model, { seed: 4, dtype: 'float64' }), lossFn, 0.1);
    });

    it(`BatchNorm in training mode, through the batch statistics, ${lossFn} loss`, () => {
      // The numeric gradient differentiates the training pass: every row's output depends on every row's input.
      const model = withHead(
        [input('x', INPUTS), dense('h', HIDDEN), batchNorm('bn'), activation('a', 'tanh'), dense('g', HIDDEN), batchNorm('bn2', 0.5), activation('b', 'relu')],
        [['x', 'h'], ['h', 'bn'], ['bn', 'a'], ['a', 'g'], ['g', 'bn2'], ['bn2', 'b']],
        'b',
        lossFn,
      );
      expectGradientsMatch(networkFor(model, { seed: 6, dtype: 'float64' }), lossFn, 0.1, 'training');
    });
  }

  it('LayerNorm and BatchNorm on a residual branch', () => {
    const model = withHead(
      [input('x', INPUTS), dense('h', HIDDEN), activation('a', 'sigmoid'), dense('d', HIDDEN), batchNorm('bn'), layerNorm('ln'), add('r')],
      [['x', 'h'], ['h', 'a'], ['a', 'd'], ['d', 'bn'], ['bn', 'ln'], ['ln', 'r', 'in0'], ['a', 'r', 'in1']],
      'r',
      'mse',
    );
    expectGradientsMatch(networkFor(model, { seed: 2, dtype: 'float64' }), 'mse', 0, 'training');
  });
});
