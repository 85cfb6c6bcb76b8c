import type { ActivationFn } from '../model/index.ts';
import type { DenseLayer } from './dense.ts';
import type { Rng } from './rng.ts';

/**
 * Fills the kernel uniformly in ±limit and leaves the bias at 0. The limit is He's
 * √(6 / fanIn) when a ReLU-family activation follows (it halves the variance that reaches the
 * next layer), Glorot's √(6 / (fanIn + fanOut)) otherwise.
 */
export function initializeDense(layer: DenseLayer, nextActivation: ActivationFn | null, rng: Rng): void {
  const fanIn = layer.inputSize;
  const fanOut = layer.outputSize;
  const reluFamily = nextActivation === 'relu' || nextActivation === 'leaky_relu';
  const limit = reluFamily ? Math.sqrt(6 / fanIn) : Math.sqrt(6 / (fanIn + fanOut));
  const { kernel } = layer;
  for (let i = 0; i < kernel.length; i++) kernel[i] = (2 * rng.uniform() - 1) * limit;
  layer.bias?.fill(0);
}
