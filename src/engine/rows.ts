import type { FloatArray } from './tensor.ts';

/** Row-wise helpers over batch-major buffers: row r of a `[rows][width]` matrix starts at r · width. */

/** The index (0 … width − 1) of the largest value of the row starting at `start`; the first on a tie. */
export function argmax(values: ArrayLike<number>, start: number, width: number): number {
  let best = 0;
  for (let i = 1; i < width; i++) if (values[start + i]! > values[start + best]!) best = i;
  return best;
}

/**
 * The class a row of outputs (or targets) stands for: for one output, 1 when it is at least 0.5
 * (a sigmoid's probability, or a 0/1 target); for several, the largest (argmax of softmax
 * probabilities, or of a one-hot target).
 */
export function predictedClass(values: ArrayLike<number>, start: number, width: number): number {
  return width === 1 ? (values[start]! >= 0.5 ? 1 : 0) : argmax(values, start, width);
}

/** log Σ exp(z_i) over one row, shifted by the row's maximum so exp never overflows. */
export function rowLogSumExp(z: FloatArray, start: number, width: number): number {
  const end = start + width;
  let max = -Infinity;
  for (let i = start; i < end; i++) if (z[i]! > max) max = z[i]!;
  let sum = 0;
  for (let i = start; i < end; i++) sum += Math.exp(z[i]! - max);
  return max + Math.log(sum);
}
