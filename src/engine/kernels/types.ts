import type { FloatArray } from '../tensor.ts';

/**
 * The three matrix products of a dense layer, with the kernel W stored [units][inputs] as in the
 * model and every matrix batch-major (row r of a [rows][width] matrix starts at r · width).
 * Each writes its whole output (no accumulation into what was there).
 */
export interface DenseKernels {
  /** out[r][j] = bias[j] + Σ_k x[r][k] · W[j][k] (X Wᵀ + b); a null bias adds nothing. */
  forward(x: FloatArray, W: FloatArray, bias: FloatArray | null, out: FloatArray, rows: number, inputs: number, units: number): void;
  /** dx[r][k] = Σ_j g[r][j] · W[j][k] (dY W): the gradient passed to the layer below. */
  inputGradient(g: FloatArray, W: FloatArray, dx: FloatArray, rows: number, inputs: number, units: number): void;
  /** dW[j][k] = Σ_r g[r][j] · x[r][k] (dYᵀ X): the kernel's gradient, summed over the batch. */
  kernelGradient(g: FloatArray, x: FloatArray, dW: FloatArray, rows: number, inputs: number, units: number): void;
}

/**
 * Optimizer updates of one parameter array from its gradient, in place; the state arrays
 * (velocity, moments) have the parameter's length and belong to the caller. Each first keeps
 * every old value in `previous` (the parameter's length too) and returns a check: 0 when every
 * new value, as stored, is finite; NaN when one is not (it sums value × 0, and NaN or ±Infinity
 * times 0 is NaN), so the caller can put the old values back.
 */
export interface OptimizerKernels {
  /** w ← w − lr · g */
  sgd(value: FloatArray, grad: FloatArray, previous: FloatArray, lr: number): number;
  /** v ← μ v + g; w ← w − lr · v (PyTorch's heavy-ball form). */
  momentum(value: FloatArray, grad: FloatArray, velocity: FloatArray, previous: FloatArray, lr: number, mu: number): number;
  /**
   * Adam step number `step` (from 1): m ← β1 m + (1 − β1) g; v ← β2 v + (1 − β2) g²;
   * w ← w − lr · m̂ / (√v̂ + ε) with m̂ = m / (1 − β1ᵗ), v̂ = v / (1 − β2ᵗ) (Kingma & Ba, algorithm 1).
   */
  adam(
    value: FloatArray, grad: FloatArray, m: FloatArray, v: FloatArray, previous: FloatArray,
    lr: number, beta1: number, beta2: number, epsilon: number, step: number,
  ): number;
}

/** Which implementation runs the kernels. */
export type KernelName = 'reference' | 'js' | 'wasm-simd' | 'wasm-relaxed-simd';

/** Every kernel the engine's hot path calls. */
export interface Kernels extends DenseKernels, OptimizerKernels {
  readonly name: KernelName;
}
