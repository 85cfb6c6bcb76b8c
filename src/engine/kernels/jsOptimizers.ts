import type { FloatArray } from '../tensor.ts';
import type { OptimizerKernels } from './types.ts';

/**
 * The optimizer updates as plain loops, computed in float64 and stored in the buffer's dtype.
 * The JavaScript kernels use them, and they are what the WebAssembly updates are tested against.
 * Each keeps the old value in `previous` and adds the new one (as stored) times 0 into `check`.
 */
export const jsOptimizers: OptimizerKernels = {
  sgd(value: FloatArray, grad: FloatArray, previous: FloatArray, lr: number): number {
    let check = 0;
    for (let i = 0; i < value.length; i++) {
      const w = value[i]!;
      previous[i] = w;
      value[i] = w - lr * grad[i]!;
      check += value[i]! * 0;
    }
    return check;
  },

  momentum(value: FloatArray, grad: FloatArray, velocity: FloatArray, previous: FloatArray, lr: number, mu: number): number {
    let check = 0;
    for (let i = 0; i < value.length; i++) {
      const w = value[i]!;
      previous[i] = w;
      velocity[i] = mu * velocity[i]! + grad[i]!;
      value[i] = w - lr * velocity[i]!;
      check += value[i]! * 0;
    }
    return check;
  },

  adam(
    value: FloatArray, grad: FloatArray, m: FloatArray, v: FloatArray, previous: FloatArray,
    lr: number, beta1: number, beta2: number, epsilon: number, step: number,
  ): number {
    const correction1 = 1 - beta1 ** step;
    const correction2 = 1 - beta2 ** step;
    let check = 0;
    for (let i = 0; i < value.length; i++) {
      const g = grad[i]!;
      const w = value[i]!;
      previous[i] = w;
      m[i] = beta1 * m[i]! + (1 - beta1) * g;
      v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
      value[i] = w - (lr * (m[i]! / correction1)) / (Math.sqrt(v[i]! / correction2) + epsilon);
      check += value[i]! * 0;
    }
    return check;
  },
};
