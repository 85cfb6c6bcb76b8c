import { expect } from 'vitest';
import { activation, dense, graph, loss } from '../compiler/testModels.ts';
import type { ActivationFn, LossFn, NetloomModel } from '../model/index.ts';
import { centralDifferenceError } from './centralDifferences.testkit.ts';
import type { Network } from './network.ts';
import { createRng } from './rng.ts';

/** Gradient checks against central finite differences (float64), shared by the engine's gradient tests. */

export const INPUTS = 3;
export const HIDDEN = 5;
export const OUTPUTS = 4;
export const ROWS = 5;

/** Targets each loss is defined for: one-hot rows, 0/1 values, or any real numbers. */
export function targetsFor(loss: LossFn, seed: number): Float64Array {
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

export function randomInputs(seed: number): Float64Array {
  const rng = createRng(seed, 'data');
  return Float64Array.from({ length: ROWS * INPUTS }, () => rng.normal());
}

/**
 * Which loss the numeric gradient differentiates: the inference pass's (`lossOn`), or the
 * training pass's (BatchNorm on the batch's statistics), whose gradients `computeGradients` gives.
 */
export type CheckedPass = 'inference' | 'training';

/**
 * ‖analytic − numeric‖ / (‖analytic‖ + ‖numeric‖) over every parameter, the numeric gradient
 * by central differences of (loss + l2/2 · Σ‖kernel‖²).
 */
function gradientError(network: Network, x: Float64Array, t: Float64Array, l2: number, pass: CheckedPass): { error: number; norm: number } {
  network.computeGradients(x, t, ROWS, l2);
  const analytic = network.parameters.map((p) => Float64Array.from(p.grad));
  const loss = () => (pass === 'training' ? network.computeGradients(x, t, ROWS) : network.lossOn(x, t, ROWS));
  const objective = () => loss() + (l2 / 2) * kernelSquares(network);
  const checked = network.parameters.map(({ value }, p) => ({ values: value, analytic: analytic[p]! }));
  return centralDifferenceError(checked, objective);
}

function kernelSquares(network: Network): number {
  const kernels = Object.values(network.weights()).map((w) => ((w.kernel ?? []) as number[][]).flat());
  return kernels.flat().reduce((sum, w) => sum + w * w, 0);
}

export function expectGradientsMatch(network: Network, loss: LossFn, l2 = 0, pass: CheckedPass = 'inference') {
  const { error, norm } = gradientError(network, randomInputs(11), targetsFor(loss, 13), l2, pass);
  expect(norm).toBeGreaterThan(1e-3);
  expect(error).toBeLessThan(1e-7);
}

/** The output activation each loss is trained with (fused for the two cross-entropies). */
export const HEADS: Record<LossFn, ActivationFn | undefined> = {
  mse: undefined,
  cross_entropy: 'softmax',
  binary_cross_entropy: 'sigmoid',
};
export const LOSSES = Object.keys(HEADS) as LossFn[];

/** Ends a graph with `last` → dense `out` (OUTPUTS wide) → the loss's head → the loss. */
export function withHead(nodes: NetloomModel['nodes'], edges: Parameters<typeof graph>[1], last: string, lossFn: LossFn): NetloomModel {
  const head = HEADS[lossFn];
  const tail = [dense('out', OUTPUTS), ...(head ? [activation('head', head)] : []), loss('L', lossFn)];
  const ids = [last, ...tail.map((node) => node.id)];
  return graph([...nodes, ...tail], [...edges, ...ids.slice(1).map((id, i): [string, string] => [ids[i]!, id])]);
}

