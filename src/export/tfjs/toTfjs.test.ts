import { describe, expect, it } from 'vitest';
import { activation, add, batchNorm, chain, concatenate, dense, graph, input, loss } from '../../compiler/testModels.ts';
import { createRng } from '../../engine/index.ts';
import { loadModel, ownValue, type NetloomModel } from '../../model/index.ts';
import { prototypeNamedChain, prototypeState } from '../../model/prototypeNames.testkit.ts';
import { exportOnnx, exportTfjs, importTfjs } from '../index.ts';
import { randomDag, VERIFIED_DAGS } from '../testDags.ts';
import { enginePredict, inputSizeOf, linearOutputSlack, outsideTolerance, randomInputs, randomModel, VERIFIED_NETWORKS } from '../testModels.ts';
import { loadWithTfjs, predictWithTfjs, TFJS_ABSOLUTE_TOLERANCE } from './loadWithTfjs.ts';

const ROWS = 64;

describe('TensorFlow.js export', () => {
  it.each(VERIFIED_NETWORKS)('tf.loadLayersModel predicts what the engine does: $hidden hidden, $head head', async ({ hidden, head }) => {
    const model = randomModel(hidden, head, 11);
    const x = randomInputs(createRng(5, 'data'), ROWS, inputSizeOf(model));

    const predicted = predictWithTfjs(await loadWithTfjs(exportTfjs(model)), x, ROWS);

    expect(outsideTolerance(predicted, enginePredict(model, x, ROWS), TFJS_ABSOLUTE_TOLERANCE)).toEqual([]);
  });

  it('writes a chain as a Sequential, folds activations into Dense where Keras can, and writes leaky_relu as a LeakyReLU layer', () => {
    const { modelJson } = exportTfjs(randomModel('leaky_relu', 'softmax', 3));
    expect(modelJson.modelTopology.class_name).toBe('Sequential');
    const layers = modelJson.modelTopology.config.layers.map((layer) => [layer.class_name, layer.config.activation ?? layer.config.alpha]);
    expect(layers).toEqual([
      ['Dense', 'linear'],
      ['LeakyReLU', 0.01],
      ['Dense', 'linear'],
      ['LeakyReLU', 0.01],
      ['Dense', 'linear'],
      ['Dense', 'softmax'],
    ]);
  });

  it('writes each kernel transposed to Keras’ [inputs][units], then the bias', () => {
    const model = graph([input('x', 2), dense('h', 3), activation('s', 'sigmoid'), loss('L', 'binary_cross_entropy')], chain('x', 'h', 's', 'L'), {
      weights: { h: { kernel: [[1, 2], [3, 4], [5, 6]], bias: [7, 8, 9] } },
    });
    const { modelJson, weightData } = exportTfjs(model);
    expect(modelJson.weightsManifest[0]!.weights.map((w) => [w.name, w.shape])).toEqual([
      ['h/kernel', [2, 3]],
      ['h/bias', [3]],
    ]);
    expect(Array.from(new Float32Array(weightData.slice().buffer))).toEqual([1, 3, 5, 2, 4, 6, 7, 8, 9]);
  });

  it('refuses a graph that does not compile, saying why', () => {
    const model = randomModel('relu', 'softmax', 1);
    model.edges.pop();
    expect(() => exportTfjs(model)).toThrow(/Fix the graph before exporting it/);
  });
});

/** What TF.js predicts for an export of `model` and what the engine does, on random rows; `linear`: the head is linear (mse). */
async function tfjsMismatches(model: NetloomModel, seed: number, linear = false): Promise<string[]> {
  const x = randomInputs(createRng(seed, 'data'), ROWS, inputSizeOf(model));
  const predicted = predictWithTfjs(await loadWithTfjs(exportTfjs(model)), x, ROWS);
  const expected = enginePredict(model, x, ROWS);
  return outsideTolerance(predicted, expected, Math.max(TFJS_ABSOLUTE_TOLERANCE, linear ? linearOutputSlack(expected) : 0));
}

/** x(2) → h(3) tanh, x → s(3); Add(h, s); Concatenate(sum, x) → o(1) sigmoid. */
const SKIP_AND_CONCAT = graph(
  [input('x', 2), dense('h', 3), activation('t', 'tanh'), dense('s', 3), add('sum'), concatenate('cat'), dense('o', 1), activation('sg', 'sigmoid'), loss('L', 'binary_cross_entropy')],
  [['x', 'h'], ['h', 't'], ['x', 's'], ['t', 'sum'], ['s', 'sum'], ['sum', 'cat'], ['x', 'cat'], ['cat', 'o'], ['o', 'sg'], ['sg', 'L']],
  { name: 'skip', training: { seed: 2 } },
);

describe('TensorFlow.js export of graphs with branches and merges', () => {
  it.each(VERIFIED_DAGS)('tf.loadLayersModel predicts what the engine does on a random DAG: $hidden hidden, $head head', async ({ hidden, head, seed }) => {
    const model = randomDag(hidden, head, seed);
    expect(exportTfjs(model).modelJson.modelTopology.class_name).toBe('Model');
    expect(await tfjsMismatches(model, seed, head === 'mse')).toEqual([]);
  });

  it('writes a functional Model: an InputLayer, each layer’s one call double-wrapped, Add and Concatenate, input_layers and output_layers', () => {
    const { modelTopology, userDefinedMetadata } = exportTfjs(SKIP_AND_CONCAT).modelJson;
    const common = { trainable: true, dtype: 'float32' };
    const call = (...sources: string[]) => [sources.map((source) => [source, 0, 0, {}])];
    expect(modelTopology.class_name).toBe('Model');
    expect(modelTopology.config).toEqual({
      name: 'skip',
      layers: [
        { name: 'x', class_name: 'InputLayer', config: { batch_input_shape: [null, 2], dtype: 'float32', sparse: false, name: 'x' }, inbound_nodes: [] },
        { name: 'h', class_name: 'Dense', config: { name: 'h', ...common, units: 3, activation: 'tanh', use_bias: true }, inbound_nodes: call('x') },
        { name: 's', class_name: 'Dense', config: { name: 's', ...common, units: 3, activation: 'linear', use_bias: true }, inbound_nodes: call('x') },
        { name: 'sum', class_name: 'Add', config: { name: 'sum', ...common }, inbound_nodes: call('h', 's') },
        { name: 'cat', class_name: 'Concatenate', config: { name: 'cat', ...common, axis: -1 }, inbound_nodes: call('sum', 'x') },
        { name: 'o', class_name: 'Dense', config: { name: 'o', ...common, units: 1, activation: 'sigmoid', use_bias: true }, inbound_nodes: call('cat') },
      ],
      input_layers: [['x', 0, 0]],
      output_layers: [['o', 0, 0]],
    });
    expect(userDefinedMetadata.netloom.layerNodeIds).toEqual({ h: ['h', 't'], s: ['s'], sum: ['sum'], cat: ['cat'], o: ['o', 'sg'] });
  });

  it('keeps an activation that follows a fan-out as a layer of its own', () => {
    // d's value is read by the activation and by the Add: Keras could not fold the one without the other.
    const model = graph(
      [input('x', 2), dense('d', 2), activation('r', 'relu'), add('sum'), dense('o', 1), activation('sg', 'sigmoid'), loss('L', 'binary_cross_entropy')],
      [['x', 'd'], ['d', 'r'], ['r', 'sum'], ['d', 'sum'], ['sum', 'o'], ['o', 'sg'], ['sg', 'L']],
    );
    const layers = exportTfjs(model).modelJson.modelTopology.config.layers;
    expect(layers.map((layer) => [layer.name, layer.class_name, layer.config.activation])).toEqual([
      ['x', 'InputLayer', undefined],
      ['d', 'Dense', 'linear'],
      ['r', 'Activation', 'relu'],
      ['sum', 'Add', undefined],
      ['o', 'Dense', 'sigmoid'],
    ]);
  });

  it('gives a repeated read (x + x) an identity layer of its own, so TF.js 4.22 does not free the value while another layer still reads it', async () => {
    const model = graph(
      [input('x', 3), dense('d', 2), concatenate('twice'), concatenate('join', 3), dense('o', 1), activation('sg', 'sigmoid'), loss('L', 'binary_cross_entropy')],
      [['x', 'd'], ['d', 'twice'], ['d', 'twice'], ['twice', 'join'], ['d', 'join'], ['d', 'join'], ['join', 'o'], ['o', 'sg'], ['sg', 'L']],
      { training: { seed: 4 } },
    );
    const { modelTopology, userDefinedMetadata } = exportTfjs(model).modelJson;
    const layers = modelTopology.config.layers.map((layer) => [layer.name, layer.class_name, (layer.inbound_nodes as unknown[] | undefined)?.[0]]);
    expect(layers).toContainEqual(['twice_in1', 'Activation', [['d', 0, 0, {}]]]);
    expect(layers).toContainEqual(['twice', 'Concatenate', [['d', 0, 0, {}], ['twice_in1', 0, 0, {}]]]);
    expect(layers).toContainEqual(['join', 'Concatenate', [['twice', 0, 0, {}], ['d', 0, 0, {}], ['join_in2', 0, 0, {}]]]);
    expect(userDefinedMetadata.netloom.layerNodeIds).toMatchObject({ twice_in1: [], join_in2: [] });
    expect(await tfjsMismatches(model, 4)).toEqual([]);
  });
});

describe('node ids that are names of Object.prototype (issue 15 item 5)', () => {
  it('exports to TF.js and ONNX, predicts as the engine does, and imports back to the same graph and weights', async () => {
    const before = prototypeState();
    const loaded = loadModel(prototypeNamedChain());
    if (!loaded.ok) throw new Error('the model does not load');
    const model = loaded.model;
    const artifacts = exportTfjs(model);
    const x = randomInputs(createRng(5, 'data'), ROWS, 2);
    const predicted = predictWithTfjs(await loadWithTfjs(artifacts), x, ROWS);
    expect(outsideTolerance(predicted, enginePredict(model, x, ROWS), TFJS_ABSOLUTE_TOLERANCE)).toEqual([]);
    const back = importTfjs(artifacts.modelJson, artifacts.weightData);
    expect(back.nodes.map((node) => node.id)).toEqual(model.nodes.map((node) => node.id));
    expect(Object.keys(back.weights!)).toEqual(['__proto__', 'constructor']);
    expect(ownValue(back.weights, '__proto__')!.kernel).toEqual(
      (ownValue(model.weights, '__proto__')!.kernel as number[][]).map((row) => row.map(Math.fround)),
    );
    expect(exportOnnx(model).length).toBeGreaterThan(0);
    expect(prototypeState()).toEqual(before);
  });

  it('imports an export whose layer was renamed `constructor` after it was written (found by the fuzz suite)', () => {
    const model = graph(
      [input('x', 2), dense('h', 4), batchNorm('bn'), activation('t', 'tanh'), dense('o', 1), activation('s', 'sigmoid'), loss('L', 'binary_cross_entropy')],
      chain('x', 'h', 'bn', 't', 'o', 's', 'L'),
    );
    const { modelJson, weightData } = exportTfjs(model);
    // A one-node layer renamed: Netloom's metadata still knows it as bn, so nothing is restored for `constructor`.
    const json = JSON.parse(JSON.stringify(modelJson).replaceAll('"bn"', '"constructor"').replaceAll('"bn/', '"constructor/'));
    const imported = importTfjs(json, weightData);
    expect(imported.nodes.map((node) => node.id)).toEqual(['x', 'h', 'constructor', 't', 'o', 's', 'L']);
  });
});
