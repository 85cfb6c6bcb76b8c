import type { ActivationFn, Initializer } from '../model/index.ts';
import { assertNever } from './assertNever.ts';
import type { Rng } from './rng.ts';
import type { FloatArray } from './tensor.ts';

/** The spread of Keras' `RandomNormal` (stddev) and `RandomUniform` (limit) defaults. */
export const SMALL_RANDOM_SCALE = 0.05;

/** How one initializer draws: uniform in ±scale, normal with standard deviation scale, or all zeros. */
export type KernelDistribution = { kind: 'uniform' | 'normal'; scale: number } | { kind: 'zeros' };

/**
 * The distribution an initializer draws a kernel from, for a layer with `fanIn` inputs and
 * `fanOut` units. Uniform variants draw from U(−limit, limit), whose variance is limit² / 3;
 * normal variants from a plain normal N(0, σ²) with the same variance, as PyTorch's
 * `xavier_normal_` / `kaiming_normal_` do (Keras draws a truncated normal rescaled to that
 * variance; the variance, which is what each formula is about, is the same).
 *
 * - glorot (Glorot & Bengio 2010, eqs. 12 and 16): variance 2 / (fanIn + fanOut), so
 *   limit √(6 / (fanIn + fanOut)), σ √(2 / (fanIn + fanOut)). Keeps the variance of both
 *   activations and gradients when the activation is near-linear around 0 (tanh, sigmoid).
 * - he (He et al. 2015, eq. 10): variance 2 / fanIn, limit √(6 / fanIn), σ √(2 / fanIn). A
 *   ReLU zeroes half its inputs, which the factor 2 makes up for.
 * - lecun (LeCun et al. 1998, "Efficient BackProp" §4.6): variance 1 / fanIn, limit √(3 / fanIn),
 *   σ √(1 / fanIn). What SELU networks use.
 * - random_normal: N(0, 0.05²); random_uniform: U(−0.05, 0.05) (Keras' defaults, independent
 *   of the layer's size, so a deep stack's signal shrinks or grows layer by layer).
 * - zeros: every weight 0 (every unit then learns the same thing: a baseline, not a choice).
 * - auto: glorot_uniform, or he_uniform when a ReLU-family activation alone reads the layer.
 */
export function kernelDistribution(init: Initializer, fanIn: number, fanOut: number, nextActivation: ActivationFn | null): KernelDistribution {
  switch (init) {
    case 'auto':
      return kernelDistribution(nextActivation === 'relu' || nextActivation === 'leaky_relu' ? 'he_uniform' : 'glorot_uniform', fanIn, fanOut, null);
    case 'glorot_uniform':
      return { kind: 'uniform', scale: Math.sqrt(6 / (fanIn + fanOut)) };
    case 'glorot_normal':
      return { kind: 'normal', scale: Math.sqrt(2 / (fanIn + fanOut)) };
    case 'he_uniform':
      return { kind: 'uniform', scale: Math.sqrt(6 / fanIn) };
    case 'he_normal':
      return { kind: 'normal', scale: Math.sqrt(2 / fanIn) };
    case 'lecun_uniform':
      return { kind: 'uniform', scale: Math.sqrt(3 / fanIn) };
    case 'lecun_normal':
      return { kind: 'normal', scale: Math.sqrt(1 / fanIn) };
    case 'random_normal':
      return { kind: 'normal', scale: SMALL_RANDOM_SCALE };
    case 'random_uniform':
      return { kind: 'uniform', scale: SMALL_RANDOM_SCALE };
    case 'zeros':
      return { kind: 'zeros' };
    default:
      return assertNever(init);
  }
}

/** Fills a kernel of a layer with `fanIn` inputs and `fanOut` units from `init`'s distribution (see `kernelDistribution`). */
export function initializeKernel(
  kernel: FloatArray,
  { init, fanIn, fanOut, nextActivation }: { init: Initializer; fanIn: number; fanOut: number; nextActivation: ActivationFn | null },
  rng: Rng,
): void {
  const distribution = kernelDistribution(init, fanIn, fanOut, nextActivation);
  switch (distribution.kind) {
    case 'uniform':
      for (let i = 0; i < kernel.length; i++) kernel[i] = (2 * rng.uniform() - 1) * distribution.scale;
      return;
    case 'normal':
      for (let i = 0; i < kernel.length; i++) kernel[i] = rng.normal() * distribution.scale;
      return;
    case 'zeros':
      kernel.fill(0);
      return;
    default:
      assertNever(distribution);
  }
}
