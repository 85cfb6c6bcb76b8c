import type { FloatArray } from '../tensor.ts';
import type { OptimizerKernels } from './types.ts';

/**
 * The optimizer updates as plain loops, computed in float64 and stored in the buffer's dtype.
 * The JavaScript kernels use them, and they are what the WebAssembly updates are tested against.
 */
export const jsOptimizers: OptimizerKernels = {
  sgd(value: FloatArray, grad: FloatArray, lr: number): void {
    for (let i = 0; i < value.length; i++) value[i]! -= lr * grad[i]!;
  },

  momentum(value: FloatArray, grad: FloatArray, velocity: FloatArray, lr: number, mu: number): void {
    for (let i = 0; i < value.length; i++) {
      velocity[i] = mu * velocity[i]! + grad[i]!;
      value[i]! -= lr * velocity[i]!;
    }
  },

  adam(value: FloatArray, grad: FloatArray, m: FloatArray, v: FloatArray, lr: number, beta1: number, beta2: number, epsilon: number, step: number): void {
    const correction1 = 1 - beta1 ** step;
    const correction2 = 1 - beta2 ** step;
    for (let i = 0; i < value.length; i++) {
      const g = grad[i]!;
      m[i] = beta1 * m[i]! + (1 - beta1) * g;
      v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
      value[i]! -= (lr * (m[i]! / correction1)) / (Math.sqrt(v[i]! / correction2) + epsilon);
    }
  },
};
