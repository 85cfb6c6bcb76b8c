import { describe, expect, it } from 'vitest';
import { activation, add, concatenate, dense, graph, input, loss } from '../compiler/testModels.ts';
import { ACTIVATION_FNS, type ActivationFn, type LossFn, type NetloomModel, type StackLayer } from '../model/index.ts';
import type { Network } from './network.ts';
import { createRng } from './rng.ts';
import { networkFor, stackNetwork } from './testNetworks.ts';

const INPUTS = 3;
const HIDDEN = 5;
const OUTPUTS = 4;
const ROWS = 5;
const STEP = 1e-6;

/** Targets each loss is defined for: one-hot rows, 0/1 values, or any real numbers. */
function targetsFor(loss: LossFn, seed: number): Float64Array {
  const rng = createRng(seed, 'data');
  const t = new Float64Array(ROWS * OUTPUTS);
  for (let r = 0; r < ROWS; r++) {
    if (loss === 'cross_entropy') t[r * OUTPUTS + rng.int(OUTPUTS)] = 1;
    for (let j = 0; j < OUTPUTS; j++) {
      if (loss === 'binary_cross_entropy') t[r * OUTPUTS + j] = rng.int(2);
      if (loss === 'mse') t[r * OUTPUTS + j] = rng.normal();
    }
  }
  return t;
}

function randomInputs(seed: number): Float64Array {
  const rng = createRng(seed, 'data');
  return Float64Array.from({ length: ROWS * INPUTS }, () => rng.normal());
}

/**
 * ‖analytic − numeric‖ / (‖analytic‖ + ‖numeric‖) over every parameter, the numeric gradient
 * by central differences of (loss + l2/2 · Σ‖kernel‖²).
 */
function gradientError(network: Network, x: Float64Array, t: Float64Array, l2: number): { error: number; norm: number } {
  network.computeGradients(x, t, ROWS, l2);
  const analytic = network.parameters.map((p) => Float64Array.from(p.grad));
  const objective = () => network.lossOn(x, t, ROWS) + (l2 / 2) * kernelSquares(network);
  let diff = 0;
  let norms = 0;
  let analyticNorm = 0;
  network.parameters.forEach(({ value }, p) => {
    for (let i = 0; i < value.length; i++) {
      const saved = value[i]!;
      value[i] = saved + STEP;
      const up = objective();
      value[i] = saved - STEP;
      const down = objective();
      value[i] = saved;
      const numeric = (up - down) / (2 * STEP);
      const a = analytic[p]![i]!;
      diff += (a - numeric) ** 2;
      norms += a * a + numeric * numeric;
      analyticNorm += a * a;
    }
  });
  return { error: Math.sqrt(diff) / Math.sqrt(norms), norm: Math.sqrt(analyticNorm) };
}

function kernelSquares(network: Network): number {
  const kernels = Object.values(network.weights()).map((w) => (w.kernel as number[][]).flat());
  return kernels.flat().reduce((sum, w) => sum + w * w, 0);
}

function expectGradientsMatch(network: Network, loss: LossFn, l2 = 0) {
  const { error, norm } = gradientError(network, randomInputs(11), targetsFor(loss, 13), l2);
  expect(norm).toBeGreaterThan(1e-3);
  expect(error).toBeLessThan(1e-7);
}

function check(hidden: ActivationFn, head: ActivationFn | undefined, loss: LossFn, options: { useBias?: boolean; l2?: number } = {}) {
  const stack: StackLayer[] = [
    { units: HIDDEN, fn: hidden, useBias: options.useBias },
    { units: OUTPUTS, fn: head, useBias: options.useBias },
  ];
  expectGradientsMatch(stackNetwork(INPUTS, stack, loss, { seed: 7, dtype: 'float64' }), loss, options.l2);
}

/** The output activation each loss is trained with (fused for the two cross-entropies). */
const HEADS: Record<LossFn, ActivationFn | undefined> = {
  mse: undefined,
  cross_entropy: 'softmax',
  binary_cross_entropy: 'sigmoid',
};
const LOSSES = Object.keys(HEADS) as LossFn[];

/** Ends a graph with `last` → dense `out` (OUTPUTS wide) → the loss's head → the loss. */
function withHead(nodes: NetloomModel['nodes'], edges: Parameters<typeof graph>[1], last: string, lossFn: LossFn): NetloomModel {
  const head = HEADS[lossFn];
  const tail = [dense('out', OUTPUTS), ...(head ? [activation('head', head)] : []), loss('L', lossFn)];
  const ids = [last, ...tail.map((node) => node.id)];
  return graph([...nodes, ...tail], [...edges, ...ids.slice(1).map((id, i): [string, string] => [ids[i]!, id])]);
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
