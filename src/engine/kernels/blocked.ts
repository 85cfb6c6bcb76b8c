import type { FloatArray } from '../tensor.ts';
import { jsOptimizers } from './jsOptimizers.ts';
import type { Kernels } from './types.ts';

/*
 * The three matrix products of a dense layer, with the kernel W stored [units][inputs] as in
 * the model. Each is register-blocked over 2 batch rows × 4 units: the inner loop runs over
 * contiguous inputs and each value loaded is used for several multiply-adds. On V8 this measured
 * 3–4× faster than the plain i-k-j loops (which reload and restore the output every step);
 * the tail loops finish the rows and units that do not fill a block.
 *
 * The three functions repeat the same blocking skeleton on purpose (the duplicate finder flags
 * it): sharing it would take a callback or a per-element branch inside the innermost loop, which
 * is exactly what the unrolling is there to avoid. Change one, and check the others and
 * `npm run bench -- --quick --only W2,W3`; kernels.test.ts holds all three to the naive
 * reference over awkward shapes (odd rows, units not a multiple of 4).
 */

/** The JavaScript kernels: the blocked products below and the plain optimizer loops. Any dtype. */
export const jsKernels: Kernels = {
  name: 'js',
  forward: denseForward,
  inputGradient: denseInputGradient,
  kernelGradient: denseKernelGradient,
  ...jsOptimizers,
};

/** out[r][j] = bias[j] + Σ_k x[r][k] · W[j][k] */
export function denseForward(
  x: FloatArray, W: FloatArray, bias: FloatArray | null, out: FloatArray,
  rows: number, inputs: number, units: number,
): void {
  let r = 0;
  for (; r + 1 < rows; r += 2) {
    const xa = r * inputs;
    const xb = xa + inputs;
    const oa = r * units;
    const ob = oa + units;
    let j = 0;
    for (; j + 3 < units; j += 4) {
      const w0 = j * inputs;
      const w1 = w0 + inputs;
      const w2 = w1 + inputs;
      const w3 = w2 + inputs;
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
      for (let k = 0; k < inputs; k++) {
        const p = x[xa + k]!;
        const q = x[xb + k]!;
        const v0 = W[w0 + k]!, v1 = W[w1 + k]!, v2 = W[w2 + k]!, v3 = W[w3 + k]!;
        a0 += p * v0; a1 += p * v1; a2 += p * v2; a3 += p * v3;
        b0 += q * v0; b1 += q * v1; b2 += q * v2; b3 += q * v3;
      }
      const c0 = bias === null ? 0 : bias[j]!, c1 = bias === null ? 0 : bias[j + 1]!;
      const c2 = bias === null ? 0 : bias[j + 2]!, c3 = bias === null ? 0 : bias[j + 3]!;
      out[oa + j] = a0 + c0; out[oa + j + 1] = a1 + c1; out[oa + j + 2] = a2 + c2; out[oa + j + 3] = a3 + c3;
      out[ob + j] = b0 + c0; out[ob + j + 1] = b1 + c1; out[ob + j + 2] = b2 + c2; out[ob + j + 3] = b3 + c3;
    }
    for (; j < units; j++) {
      const w = j * inputs;
      let a = 0, b = 0;
      for (let k = 0; k < inputs; k++) {
        a += x[xa + k]! * W[w + k]!;
        b += x[xb + k]! * W[w + k]!;
      }
      const c = bias === null ? 0 : bias[j]!;
      out[oa + j] = a + c;
      out[ob + j] = b + c;
    }
  }
  for (; r < rows; r++) {
    const xa = r * inputs;
    for (let j = 0; j < units; j++) {
      const w = j * inputs;
      let a = bias === null ? 0 : bias[j]!;
      for (let k = 0; k < inputs; k++) a += x[xa + k]! * W[w + k]!;
      out[r * units + j] = a;
    }
  }
}

/** dx[r][k] = Σ_j g[r][j] · W[j][k]: the gradient passed to the layer below. */
export function denseInputGradient(
  g: FloatArray, W: FloatArray, dx: FloatArray,
  rows: number, inputs: number, units: number,
): void {
  dx.fill(0, 0, rows * inputs);
  let r = 0;
  for (; r + 1 < rows; r += 2) {
    const oa = r * inputs;
    const ob = oa + inputs;
    const ga = r * units;
    const gb = ga + units;
    let j = 0;
    for (; j + 3 < units; j += 4) {
      const w0 = j * inputs;
      const w1 = w0 + inputs;
      const w2 = w1 + inputs;
      const w3 = w2 + inputs;
      const a0 = g[ga + j]!, a1 = g[ga + j + 1]!, a2 = g[ga + j + 2]!, a3 = g[ga + j + 3]!;
      const b0 = g[gb + j]!, b1 = g[gb + j + 1]!, b2 = g[gb + j + 2]!, b3 = g[gb + j + 3]!;
      for (let k = 0; k < inputs; k++) {
        const v0 = W[w0 + k]!, v1 = W[w1 + k]!, v2 = W[w2 + k]!, v3 = W[w3 + k]!;
        dx[oa + k]! += a0 * v0 + a1 * v1 + a2 * v2 + a3 * v3;
        dx[ob + k]! += b0 * v0 + b1 * v1 + b2 * v2 + b3 * v3;
      }
    }
    for (; j < units; j++) {
      const a = g[ga + j]!;
      const b = g[gb + j]!;
      const w = j * inputs;
      for (let k = 0; k < inputs; k++) {
        dx[oa + k]! += a * W[w + k]!;
        dx[ob + k]! += b * W[w + k]!;
      }
    }
  }
  for (; r < rows; r++) {
    const o = r * inputs;
    for (let j = 0; j < units; j++) {
      const a = g[r * units + j]!;
      const w = j * inputs;
      for (let k = 0; k < inputs; k++) dx[o + k]! += a * W[w + k]!;
    }
  }
}

/** dW[j][k] = Σ_r g[r][j] · x[r][k], overwriting dW. */
export function denseKernelGradient(
  g: FloatArray, x: FloatArray, dW: FloatArray,
  rows: number, inputs: number, units: number,
): void {
  dW.fill(0);
  let r = 0;
  for (; r + 1 < rows; r += 2) {
    const xa = r * inputs;
    const xb = xa + inputs;
    const ga = r * units;
    const gb = ga + units;
    let j = 0;
    for (; j + 3 < units; j += 4) {
      const w0 = j * inputs;
      const w1 = w0 + inputs;
      const w2 = w1 + inputs;
      const w3 = w2 + inputs;
      const a0 = g[ga + j]!, a1 = g[ga + j + 1]!, a2 = g[ga + j + 2]!, a3 = g[ga + j + 3]!;
      const b0 = g[gb + j]!, b1 = g[gb + j + 1]!, b2 = g[gb + j + 2]!, b3 = g[gb + j + 3]!;
      for (let k = 0; k < inputs; k++) {
        const p = x[xa + k]!;
        const q = x[xb + k]!;
        dW[w0 + k]! += a0 * p + b0 * q;
        dW[w1 + k]! += a1 * p + b1 * q;
        dW[w2 + k]! += a2 * p + b2 * q;
        dW[w3 + k]! += a3 * p + b3 * q;
      }
    }
    for (; j < units; j++) {
      const a = g[ga + j]!;
      const b = g[gb + j]!;
      const w = j * inputs;
      for (let k = 0; k < inputs; k++) dW[w + k]! += a * x[xa + k]! + b * x[xb + k]!;
    }
  }
  for (; r < rows; r++) {
    const xa = r * inputs;
    for (let j = 0; j < units; j++) {
      const a = g[r * units + j]!;
      const w = j * inputs;
      for (let k = 0; k < inputs; k++) dW[w + k]! += a * x[xa + k]!;
    }
  }
}
