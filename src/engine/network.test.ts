import { describe, expect, it } from 'vitest';
import { layerStack } from './layerStack.ts';
import { createNetwork } from './network.ts';
import { createRng } from './rng.ts';

/** 2 → 2 linear layer with known weights: kernel rows are units, columns inputs. */
function knownLinear() {
  const compiled = layerStack(2, [{ units: 2 }], 'mse');
  const layer = compiled.layers[0]!;
  if (layer.kind === 'dense') layer.weights = { kernel: [[1, 2], [3, 4]], bias: [0.5, -1] };
  return compiled;
}

describe('createNetwork', () => {
  it('uses the weights given in the model, kernel as [units][inputs]', () => {
    const network = createNetwork(knownLinear(), { seed: 1 });
    // unit 0: 1·1 + 2·10 + 0.5; unit 1: 3·1 + 4·10 − 1
    expect(Array.from(network.predict([1, 10], 1))).toEqual([21.5, 42]);
    expect(network.weights()).toEqual({ dense1: { kernel: [[1, 2], [3, 4]], bias: [0.5, -1] } });
  });

  it('returns kernel and bias gradients averaged over the rows, in the model form', () => {
    const network = createNetwork(knownLinear(), { seed: 1 });
    // outputs (3.5, 6) and (2.5, 3) against zero targets; dL/dy = 2y / 4
    const { loss, grads } = network.lossAndGradients([1, 1, 0, 1], [0, 0, 0, 0], 2);
    expect(loss).toBe((3.5 ** 2 + 6 ** 2 + 2.5 ** 2 + 3 ** 2) / 4);
    const dy = [[1.75, 3], [1.25, 1.5]];
    expect(grads.dense1).toEqual({
      kernel: [[dy[0]![0]!, dy[0]![0]! + dy[1]![0]!], [dy[0]![1]!, dy[0]![1]! + dy[1]![1]!]],
      bias: [dy[0]![0]! + dy[1]![0]!, dy[0]![1]! + dy[1]![1]!],
    });
  });

  it('reports kernel gradient norms in denseIds order', () => {
    const network = createNetwork(layerStack(3, [{ units: 4, fn: 'tanh' }, { units: 1 }], 'mse'), { seed: 1, dtype: 'float64' });
    const { grads } = network.lossAndGradients([1, 2, 3], [1], 1);
    const norms = new Float64Array(2);
    network.kernelGradNorms(norms);
    expect(network.denseIds).toEqual(['dense1', 'dense2']);
    network.denseIds.forEach((id, d) => {
      expect(norms[d]).toBeCloseTo(Math.hypot(...grads[id]!.kernel.flat()), 12);
    });
  });

  it('omits the bias of a dense layer without one', () => {
    const network = createNetwork(layerStack(2, [{ units: 3, useBias: false }], 'mse'), { seed: 1 });
    expect(network.weights().dense1).not.toHaveProperty('bias');
    expect(network.parameters).toHaveLength(1);
  });

  it('initialises He-uniform before a ReLU, Glorot-uniform otherwise, biases at 0, from the seed', () => {
    const maxAbs = (fn: 'relu' | 'tanh', seed: number) => {
      const { kernel, bias } = createNetwork(layerStack(64, [{ units: 64, fn }], 'mse'), { seed }).weights().dense1!;
      expect(bias!.every((b) => b === 0)).toBe(true);
      return Math.max(...kernel.flat().map(Math.abs));
    };
    const he = Math.sqrt(6 / 64);
    const glorot = Math.sqrt(6 / 128);
    expect(maxAbs('relu', 1)).toBeLessThanOrEqual(he);
    expect(maxAbs('relu', 1)).toBeGreaterThan(glorot);
    expect(maxAbs('tanh', 1)).toBeLessThanOrEqual(glorot);
    expect(maxAbs('tanh', 1)).toBeGreaterThan(0.95 * glorot);
    const stack = layerStack(2, [{ units: 4, fn: 'tanh' }], 'mse');
    expect(createNetwork(stack, { seed: 5 }).weights()).toEqual(createNetwork(stack, { seed: 5 }).weights());
    expect(createNetwork(stack, { seed: 5 }).weights()).not.toEqual(createNetwork(stack, { seed: 6 }).weights());
  });

  it('predicts many rows (in chunks, growing no buffer) exactly as it predicts them one by one', () => {
    const network = createNetwork(layerStack(2, [{ units: 8, fn: 'relu' }, { units: 3, fn: 'softmax' }], 'cross_entropy'), { seed: 2 });
    const rng = createRng(3, 'data');
    const rows = 600;
    const x = Float32Array.from({ length: rows * 2 }, () => rng.normal());
    const all = network.predict(x, rows);
    for (const r of [0, 255, 256, 599]) {
      expect(Array.from(all.subarray(r * 3, r * 3 + 3))).toEqual(Array.from(network.predict(x.subarray(r * 2, r * 2 + 2), 1)));
    }
  });

  it('keeps working when a batch larger than any before arrives', () => {
    const network = createNetwork(layerStack(2, [{ units: 4, fn: 'tanh' }, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy'), { seed: 2 });
    const small = network.computeGradients([1, 1, -1, 1], [1, 0], 2);
    const large = network.computeGradients(new Float32Array(2 * 300).fill(1), new Float32Array(300).fill(1), 300);
    expect(network.lossOn([1, 1, -1, 1], [1, 0], 2)).toBeCloseTo(small, 6);
    expect(network.lossOn([1, 1], [1], 1)).toBeCloseTo(large, 6);
  });

  it('scores accuracy by the 0.5 threshold for one output and by argmax for several', () => {
    const single = createNetwork(knownLinear(), { seed: 1 });
    const one = createNetwork(layerStack(1, [{ units: 1 }], 'mse'), { seed: 1 });
    // knownLinear maps (0, 0) to (0.5, −1): argmax 0
    expect(single.score([0, 0, 0, 0], [1, 0, 0, 1], 2).accuracy).toBe(0.5);
    const w = one.weights().dense1!.kernel[0]![0]!;
    // output w·x: x = 1/w gives exactly 1, x = 0 gives 0
    expect(one.score([1 / w, 0], [1, 1], 2).accuracy).toBe(0.5);
  });
});
