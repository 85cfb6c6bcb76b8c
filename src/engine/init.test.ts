import { describe, expect, it } from 'vitest';
import { graph, input, loss } from '../compiler/testModels.ts';
import { INITIALIZERS, type Initializer, type ModelNode } from '../model/index.ts';
import { initializeKernel, kernelDistribution } from './init.ts';
import { createRng } from './rng.ts';
import { networkFor } from './testNetworks.ts';

/**
 * The standard deviation each initializer's formula gives (written out here, not taken from
 * init.ts): Glorot & Bengio 2010 √(2 / (fanIn + fanOut)), He et al. 2015 √(2 / fanIn), LeCun
 * 1998 √(1 / fanIn), Keras' RandomNormal 0.05 and RandomUniform ±0.05 (σ = 0.05 / √3).
 */
const FORMULA_STD: Record<Exclude<Initializer, 'auto'>, (fanIn: number, fanOut: number) => number> = {
  glorot_uniform: (fanIn, fanOut) => Math.sqrt(2 / (fanIn + fanOut)),
  glorot_normal: (fanIn, fanOut) => Math.sqrt(2 / (fanIn + fanOut)),
  he_uniform: (fanIn) => Math.sqrt(2 / fanIn),
  he_normal: (fanIn) => Math.sqrt(2 / fanIn),
  lecun_uniform: (fanIn) => Math.sqrt(1 / fanIn),
  lecun_normal: (fanIn) => Math.sqrt(1 / fanIn),
  random_normal: () => 0.05,
  random_uniform: () => 0.05 / Math.sqrt(3),
  zeros: () => 0,
};

function drawn(init: Initializer, fanIn: number, fanOut: number, nextActivation: 'relu' | null = null): Float64Array {
  const kernel = new Float64Array(fanIn * fanOut);
  initializeKernel(kernel, { init, fanIn, fanOut, nextActivation }, createRng(1, 'weights'));
  return kernel;
}

function meanAndStd(values: Float64Array): { mean: number; std: number } {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return { mean, std: Math.sqrt(variance) };
}

const SHAPES = [
  { fanIn: 256, fanOut: 256 },
  // As many values, but fanIn ≠ fanOut, which tells Glorot's formula from LeCun's.
  { fanIn: 512, fanOut: 128 },
];

describe('initializers', () => {
  for (const init of INITIALIZERS.filter((name) => name !== 'auto' && name !== 'zeros')) {
    it(`${init}: mean and standard deviation of the kernel within 5 % of the formula`, () => {
      for (const { fanIn, fanOut } of SHAPES) {
        const expected = FORMULA_STD[init as keyof typeof FORMULA_STD](fanIn, fanOut);
        const values = drawn(init, fanIn, fanOut);
        const { mean, std } = meanAndStd(values);
        expect(Math.abs(std - expected) / expected).toBeLessThan(0.05);
        // The formula's mean is 0: 5 % of its standard deviation is the tolerance.
        expect(Math.abs(mean)).toBeLessThan(0.05 * expected);
        const beyondTwoSigma = values.filter((v) => Math.abs(v) > 2 * expected).length / values.length;
        if (init.endsWith('uniform')) {
          // U(−√3σ, √3σ): nothing beyond its limit, and the limit is reached.
          expect(Math.max(...values.map(Math.abs))).toBeLessThanOrEqual(Math.sqrt(3) * expected);
          expect(Math.max(...values.map(Math.abs))).toBeGreaterThan(0.99 * Math.sqrt(3) * expected);
          expect(beyondTwoSigma).toBe(0);
        } else {
          // A plain (untruncated) normal: 4.55 % of it lies beyond 2σ.
          expect(beyondTwoSigma).toBeGreaterThan(0.04);
          expect(beyondTwoSigma).toBeLessThan(0.051);
        }
      }
    });
  }

  it('zeros: every weight 0', () => {
    expect(drawn('zeros', 256, 256).every((v) => v === 0)).toBe(true);
  });

  it('auto: Glorot uniform, or He uniform before a ReLU, drawing exactly what they draw', () => {
    expect(drawn('auto', 256, 256)).toEqual(drawn('glorot_uniform', 256, 256));
    expect(drawn('auto', 256, 256, 'relu')).toEqual(drawn('he_uniform', 256, 256));
    expect(kernelDistribution('auto', 64, 16, 'leaky_relu')).toEqual(kernelDistribution('he_uniform', 64, 16, null));
  });
});

describe('a dense node’s `init`', () => {
  const denseNet = (params: Record<string, unknown>) =>
    networkFor(
      graph([input('x', 128), { id: 'h', type: 'dense', params: { units: 128, ...params } } as ModelNode, loss('L', 'mse')], [['x', 'h'], ['h', 'L']]),
      { seed: 3 },
    );

  it('draws the kernel from the chosen initializer, biases at 0', () => {
    const { kernel, bias } = denseNet({ init: 'he_normal' }).weights().h as { kernel: number[][]; bias: number[] };
    const { std } = meanAndStd(Float64Array.from(kernel.flat()));
    expect(Math.abs(std - Math.sqrt(2 / 128)) / Math.sqrt(2 / 128)).toBeLessThan(0.05);
    expect(bias.every((b) => b === 0)).toBe(true);
  });

  it('left out, means auto, so older models draw the weights they always drew', () => {
    expect(denseNet({}).weights()).toEqual(denseNet({ init: 'auto' }).weights());
  });
});
