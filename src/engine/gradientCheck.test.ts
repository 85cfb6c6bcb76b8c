import { describe, expect, it } from 'vitest';
import { ACTIVATION_FNS, type ActivationFn, type LossFn } from '../model/index.ts';
import { layerStack, type StackLayer } from './layerStack.ts';
import { createNetwork, type Network } from './network.ts';
import { createRng } from './rng.ts';

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
  const kernels = Object.values(network.weights()).map((w) => w.kernel.flat());
  return kernels.flat().reduce((sum, w) => sum + w * w, 0);
}

function check(hidden: ActivationFn, head: ActivationFn | undefined, loss: LossFn, options: { useBias?: boolean; l2?: number } = {}) {
  const stack: StackLayer[] = [
    { units: HIDDEN, fn: hidden, useBias: options.useBias },
    { units: OUTPUTS, fn: head, useBias: options.useBias },
  ];
  const network = createNetwork(layerStack(INPUTS, stack, loss), { seed: 7, dtype: 'float64' });
  const { error, norm } = gradientError(network, randomInputs(11), targetsFor(loss, 13), options.l2 ?? 0);
  expect(norm).toBeGreaterThan(1e-3);
  expect(error).toBeLessThan(1e-7);
}

/** The output activation each loss is trained with (fused for the two cross-entropies). */
const HEADS: Record<LossFn, ActivationFn | undefined> = {
  mse: undefined,
  cross_entropy: 'softmax',
  binary_cross_entropy: 'sigmoid',
};

describe('gradients match central finite differences (float64)', () => {
  for (const loss of Object.keys(HEADS) as LossFn[]) {
    for (const fn of ACTIVATION_FNS) {
      it(`${fn} hidden layer, ${loss} loss`, () => check(fn, HEADS[loss], loss));
    }
  }

  for (const fn of ACTIVATION_FNS) {
    it(`mse on a ${fn} output (general backward through the head)`, () => check('tanh', fn, 'mse'));
  }

  it('cross_entropy on a sigmoid output (unfused)', () => check('tanh', 'sigmoid', 'cross_entropy'));
  it('binary_cross_entropy on a softmax output (unfused)', () => check('tanh', 'softmax', 'binary_cross_entropy'));

  it('dense layers without bias', () => {
    for (const loss of Object.keys(HEADS) as LossFn[]) check('tanh', HEADS[loss], loss, { useBias: false });
  });

  it('with L2 weight decay on the kernels', () => {
    for (const loss of Object.keys(HEADS) as LossFn[]) check('relu', HEADS[loss], loss, { l2: 0.3 });
  });
});
