import { describe, expect, it } from 'vitest';
import { activation, concatenate, dense, graph, input, loss } from '../compiler/testModels.ts';
import { layerStack, loadModel, ownValue, serializeModel, type DenseWeights } from '../model/index.ts';
import { prototypeNamedChain, prototypeNamedGraph, prototypeState } from '../model/prototypeNames.testkit.ts';
import { modelNetwork, planTraining, setUpTraining } from './setup.ts';
import { storedWeights } from './tensor.ts';
import { createRng } from './rng.ts';
import { networkFor, stackNetwork } from './testNetworks.ts';

/** 2 → 2 linear layer with known weights: kernel rows are units, columns inputs. */
function knownLinear() {
  return networkFor(layerStack(2, [{ units: 2 }], 'mse', { weights: { dense1: { kernel: [[1, 2], [3, 4]], bias: [0.5, -1] } } }), { seed: 1 });
}

describe('createNetwork', () => {
  it('uses the weights given in the model, kernel as [units][inputs]', () => {
    const network = knownLinear();
    // unit 0: 1·1 + 2·10 + 0.5; unit 1: 3·1 + 4·10 − 1
    expect(Array.from(network.predict([1, 10], 1))).toEqual([21.5, 42]);
    expect(network.weights()).toEqual({ dense1: { kernel: [[1, 2], [3, 4]], bias: [0.5, -1] } });
  });

  it('returns kernel and bias gradients averaged over the rows, in the model form', () => {
    const network = knownLinear();
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
    const network = stackNetwork(3, [{ units: 4, fn: 'tanh' }, { units: 1 }], 'mse', { seed: 1, dtype: 'float64' });
    const { grads } = network.lossAndGradients([1, 2, 3], [1], 1);
    const norms = new Float64Array(2);
    network.kernelGradNorms(norms);
    expect(network.denseIds).toEqual(['dense1', 'dense2']);
    network.denseIds.forEach((id, d) => {
      expect(norms[d]).toBeCloseTo(Math.hypot(...(grads[id]!.kernel as number[][]).flat()), 12);
    });
  });

  it('omits the bias of a dense layer without one', () => {
    const network = stackNetwork(2, [{ units: 3, useBias: false }], 'mse', { seed: 1 });
    expect(network.weights().dense1).not.toHaveProperty('bias');
    expect(network.parameters).toHaveLength(1);
  });

  it('initialises He-uniform before a ReLU, Glorot-uniform otherwise, biases at 0, from the seed', () => {
    const maxAbs = (fn: 'relu' | 'tanh', seed: number) => {
      const { kernel, bias } = stackNetwork(64, [{ units: 64, fn }], 'mse', { seed }).weights().dense1 as DenseWeights;
      expect(bias!.every((b) => b === 0)).toBe(true);
      return Math.max(...kernel.flat().map(Math.abs));
    };
    const he = Math.sqrt(6 / 64);
    const glorot = Math.sqrt(6 / 128);
    expect(maxAbs('relu', 1)).toBeLessThanOrEqual(he);
    expect(maxAbs('relu', 1)).toBeGreaterThan(glorot);
    expect(maxAbs('tanh', 1)).toBeLessThanOrEqual(glorot);
    expect(maxAbs('tanh', 1)).toBeGreaterThan(0.95 * glorot);
    const weightsOf = (seed: number) => stackNetwork(2, [{ units: 4, fn: 'tanh' }], 'mse', { seed }).weights();
    expect(weightsOf(5)).toEqual(weightsOf(5));
    expect(weightsOf(5)).not.toEqual(weightsOf(6));
  });

  it('predicts many rows (in chunks, growing no buffer) exactly as it predicts them one by one', () => {
    const network = stackNetwork(2, [{ units: 8, fn: 'relu' }, { units: 3, fn: 'softmax' }], 'cross_entropy', { seed: 2 });
    const rng = createRng(3, 'data');
    const rows = 600;
    const x = Float32Array.from({ length: rows * 2 }, () => rng.normal());
    const all = network.predict(x, rows);
    for (const r of [0, 255, 256, 599]) {
      expect(Array.from(all.subarray(r * 3, r * 3 + 3))).toEqual(Array.from(network.predict(x.subarray(r * 2, r * 2 + 2), 1)));
    }
  });

  it('keeps working when a batch larger than any before arrives', () => {
    const network = stackNetwork(2, [{ units: 4, fn: 'tanh' }, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy', { seed: 2 });
    const small = network.computeGradients([1, 1, -1, 1], [1, 0], 2);
    const large = network.computeGradients(new Float32Array(2 * 300).fill(1), new Float32Array(300).fill(1), 300);
    expect(network.lossOn([1, 1, -1, 1], [1, 0], 2)).toBeCloseTo(small, 6);
    expect(network.lossOn([1, 1], [1], 1)).toBeCloseTo(large, 6);
  });

  it('scores accuracy by the 0.5 threshold for one output and by argmax for several', () => {
    const single = knownLinear();
    const one = stackNetwork(1, [{ units: 1 }], 'mse', { seed: 1 });
    // knownLinear maps (0, 0) to (0.5, −1): argmax 0
    expect(single.score([0, 0, 0, 0], [1, 0, 0, 1], 2).accuracy).toBe(0.5);
    const w = (one.weights().dense1 as DenseWeights).kernel[0]![0]!;
    // output w·x: x = 1/w gives exactly 1, x = 0 gives 0
    expect(one.score([1 / w, 0], [1, 1], 2).accuracy).toBe(0.5);
  });

  it('adds the gradients of a value read by several ops: each reader contributes its share', () => {
    // x → h (known weights) → two linear readers p and q → cat → mse. Zero targets, so dL/dp and
    // dL/dq are the outputs themselves (scaled), and dL/dh is p's and q's pulled back, added.
    const model = graph(
      [input('x', 1), dense('h', 1), dense('p', 1), dense('q', 1), concatenate('cat'), loss('L', 'mse')],
      [['x', 'h'], ['h', 'p'], ['h', 'q'], ['p', 'cat', 'in0'], ['q', 'cat', 'in1'], ['cat', 'L']],
      { weights: { h: { kernel: [[2]], bias: [0] }, p: { kernel: [[3]], bias: [0] }, q: { kernel: [[-5]], bias: [0] } } },
    );
    const network = networkFor(model, { seed: 1, dtype: 'float64' });
    const { grads } = network.lossAndGradients([1], [0, 0], 1);
    // h = 2, p = 6, q = −10; L = (p² + q²) / 2, so dL/dp = p = 6, dL/dq = q = −10
    // dL/dh = 3 · 6 + (−5) · (−10) = 68, and dL/dW_h = dL/dh · x = 68
    expect(grads.p).toEqual({ kernel: [[12]], bias: [6] });
    expect(grads.q).toEqual({ kernel: [[-20]], bias: [-10] });
    expect(grads.h).toEqual({ kernel: [[68]], bias: [68] });
  });

  it('orders dense layers by depth, the longest path from the input, whatever the document order', () => {
    const model = graph(
      [input('x', 2), dense('deep', 2), activation('a', 'relu'), dense('first', 2), dense('side', 2), concatenate('cat'), loss('L', 'mse')],
      [['x', 'first'], ['first', 'a'], ['a', 'deep'], ['x', 'side'], ['deep', 'cat'], ['side', 'cat'], ['cat', 'L']],
    );
    expect(networkFor(model, { seed: 1 }).denseIds).toEqual(['first', 'side', 'deep']);
  });

  it('names weights of any node id safely, `constructor` and `__proto__` included', () => {
    const model = graph(
      [input('x', 1), dense('constructor', 1), dense('__proto__', 1), loss('L', 'mse')],
      [['x', 'constructor'], ['constructor', '__proto__'], ['__proto__', 'L']],
    );
    const weights = networkFor(model, { seed: 1 }).weights();
    expect(Object.keys(weights)).toEqual(['constructor', '__proto__']);
    expect(Object.getPrototypeOf(weights)).toBeNull();
  });
});

describe('node ids that are names of Object.prototype (issue 15 item 5)', () => {
  it.each([
    ['a chain', prototypeNamedChain],
    ['a graph with a merge', prototypeNamedGraph],
  ])('%s trains, predicts from its stored weights, and reports every tensor under its own id', (_, doc) => {
    const before = prototypeState();
    const loaded = loadModel(doc());
    if (!loaded.ok) throw new Error('the model does not load');
    const model = loaded.model;
    const { network, trainer } = setUpTraining(model, planTraining(model.training));
    const given = ownValue(model.weights, '__proto__')!;
    expect(ownValue(network.weights(), '__proto__')).toEqual({
      kernel: (given.kernel as number[][]).map((row) => row.map(Math.fround)),
      bias: (given.bias as number[]).map(Math.fround),
    });
    for (let i = 0; i < 20; i++) trainer.step();
    const trained = network.weights();
    expect(Object.keys(trained)).toEqual(network.denseIds.length === 2 ? ['__proto__', 'constructor'] : ['__proto__', 'propertyIsEnumerable', 'constructor']);
    expect(Object.getPrototypeOf(trained)).toBeNull();
    // The weights go back into the model and come out as the same network.
    const reloaded = loadModel(JSON.parse(serializeModel({ ...model, weights: trained })));
    if (!reloaded.ok) throw new Error('the trained model does not load');
    const x = [0.5, -0.5, 1, 1];
    expect(Array.from(modelNetwork(reloaded.model).predict(x, 2))).toEqual(Array.from(network.predict(x, 2)));
    expect(storedWeights(network.weightSnapshot())).toEqual(trained);
    expect(prototypeState()).toEqual(before);
  });
});
