import { centralDifferenceError } from '../centralDifferences.testkit.ts';
import { createRng } from '../rng.ts';
import type { Op, StepContext } from './op.ts';

/** A float64 row-major batch of standard normal values, from the seed's data stream. */
export function normalValues(length: number, seed: number): Float64Array {
  const rng = createRng(seed, 'data');
  return Float64Array.from({ length }, () => rng.normal());
}

/**
 * Checks one op's backward against central differences of L = Σ c · y (c fixed and random) on
 * one input batch `x`: the input gradient and every trainable tensor's. `context` gives the
 * step context of each pass; a fresh one per pass keeps anything random (a dropout mask) fixed.
 */
export function opGradientError(op: Op, x: Float64Array, outputLength: number, context: () => StepContext): { error: number; norm: number } {
  const c = normalValues(outputLength, 99);
  const y = new Float64Array(outputLength);
  const objective = () => {
    op.forward([x], y, context());
    let sum = 0;
    for (let i = 0; i < outputLength; i++) sum += c[i]! * y[i]!;
    return sum;
  };
  objective();
  const dx = new Float64Array(x.length);
  op.backward([x], y, c, [dx], context());
  const checked = [{ values: x, analytic: dx }, ...op.tensors.flatMap((tensor) => (tensor.grad ? [{ values: tensor.value, analytic: Float64Array.from(tensor.grad) }] : []))];
  return centralDifferenceError(checked, objective);
}

/** A step context for `rows` rows whose random stream starts afresh from `seed` at every call. */
export function freshContext(training: boolean, rows: number, seed = 5): () => StepContext {
  return () => ({ training, rows, random: createRng(seed, 'dropout') });
}
