import type { ActivationFn } from '../model/index.ts';
import type { Rng } from './rng.ts';
import type { FloatArray } from './tensor.ts';

/**
 * Fills a kernel uniformly in ±limit. The limit is He's √(6 / fanIn) when a ReLU-family
 * activation follows (it halves the variance that reaches the next layer; He et al. 2015),
 * Glorot's √(6 / (fanIn + fanOut)) otherwise (Glorot & Bengio 2010).
 */
export function initializeKernel(kernel: FloatArray, fanIn: number, fanOut: number, nextActivation: ActivationFn | null, rng: Rng): void {
  const reluFamily = nextActivation === 'relu' || nextActivation === 'leaky_relu';
  const limit = reluFamily ? Math.sqrt(6 / fanIn) : Math.sqrt(6 / (fanIn + fanOut));
  for (let i = 0; i < kernel.length; i++) kernel[i] = (2 * rng.uniform() - 1) * limit;
}
