import type { FloatArray } from '../tensor.ts';
import { jsOptimizers } from './jsOptimizers.ts';
import type { Kernels } from './types.ts';

/**
 * The naive reference: each product as the plain triple loop of its definition, summed in
 * float64. Slow on purpose and obviously right; every other kernel set is tested against it.
 */
export const referenceKernels: Kernels = {
  name: 'reference',
  ...jsOptimizers,

  forward(x: FloatArray, W: FloatArray, bias: FloatArray | null, out: FloatArray, rows: number, inputs: number, units: number): void {
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < units; j++) {
        let sum = bias === null ? 0 : bias[j]!;
        for (let k = 0; k < inputs; k++) sum += x[r * inputs + k]! * W[j * inputs + k]!;
        out[r * units + j] = sum;
      }
    }
  },

  inputGradient(g: FloatArray, W: FloatArray, dx: FloatArray, rows: number, inputs: number, units: number): void {
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < inputs; k++) {
        let sum = 0;
        for (let j = 0; j < units; j++) sum += g[r * units + j]! * W[j * inputs + k]!;
        dx[r * inputs + k] = sum;
      }
    }
  },

  kernelGradient(g: FloatArray, x: FloatArray, dW: FloatArray, rows: number, inputs: number, units: number): void {
    for (let j = 0; j < units; j++) {
      for (let k = 0; k < inputs; k++) {
        let sum = 0;
        for (let r = 0; r < rows; r++) sum += g[r * units + j]! * x[r * inputs + k]!;
        dW[j * inputs + k] = sum;
      }
    }
  },
};
