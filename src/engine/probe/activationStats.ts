import type { ActivationFn } from '../../model/index.ts';
import type { FloatArray } from '../tensor.ts';

/** One activation node's outputs over the steps a report covers. */
export interface ActivationStats {
  /** Mean of every output value sampled. */
  mean: number;
  /** Standard deviation of the same values (population form). */
  std: number;
  /**
   * Fraction of those values in a flat tail, where the derivative is under ~0.06 of its peak:
   * tanh |y| > 0.97, sigmoid y < 0.03 or y > 0.97. Null for functions without flat tails.
   */
  saturated: number | null;
  /**
   * Fraction of units that were ≤ 0 for every row seen in the last complete epoch (in the
   * current one before an epoch has completed): units that pass no gradient at all. Null for
   * functions other than relu and leaky_relu.
   */
  dead: number | null;
}

/** |y| above this is a saturated tanh (derivative 1 − y² < 0.06). */
export const TANH_SATURATION = 0.97;
/** y below this or above 1 − this is a saturated sigmoid (derivative y(1 − y) < 0.03, an eighth of its peak). */
export const SIGMOID_SATURATION = 0.03;

/** Whether `fn` has flat tails, where a unit stops passing gradient back (tanh, sigmoid). */
export function canSaturate(fn: ActivationFn): boolean {
  return fn === 'tanh' || fn === 'sigmoid';
}

/** Counts how many of `values[0 .. count)` sit in `fn`'s flat tails (0 for a function without any). */
export function countSaturated(fn: ActivationFn, values: FloatArray, count: number): number {
  let saturated = 0;
  if (fn === 'tanh') {
    for (let i = 0; i < count; i++) if (Math.abs(values[i]!) > TANH_SATURATION) saturated++;
  } else if (fn === 'sigmoid') {
    for (let i = 0; i < count; i++) {
      const y = values[i]!;
      if (y < SIGMOID_SATURATION || y > 1 - SIGMOID_SATURATION) saturated++;
    }
  }
  return saturated;
}

/** Whether units of `fn` can die (output ≤ 0, hence no gradient or a tiny one, for every input). */
export function canDie(fn: ActivationFn): boolean {
  return fn === 'relu' || fn === 'leaky_relu';
}

/** Marks in `alive` every unit (column) with an output > 0 in some row of a batch-major buffer. */
export function markAlive(values: FloatArray, rows: number, width: number, alive: Uint8Array): void {
  for (let r = 0; r < rows; r++) {
    const row = r * width;
    for (let j = 0; j < width; j++) if (values[row + j]! > 0) alive[j] = 1;
  }
}

/** The fraction of units never marked alive. */
export function deadFraction(alive: Uint8Array): number {
  let dead = 0;
  for (let j = 0; j < alive.length; j++) if (alive[j] === 0) dead++;
  return alive.length === 0 ? 0 : dead / alive.length;
}
