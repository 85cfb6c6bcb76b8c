import { describe, expect, it } from 'vitest';
import { activation, chain, dense, graph, input, loss } from '../../compiler/testModels.ts';
import { createRng } from '../../engine/index.ts';
import { loadModel, ownValue } from '../../model/index.ts';
import { prototypeNamedChain, prototypeState } from '../../model/prototypeNames.testkit.ts';
import { exportOnnx, exportTfjs, importTfjs } from '../index.ts';
import { enginePredict, inputSizeOf, outsideTolerance, randomInputs, randomModel, VERIFIED_NETWORKS } from '../testModels.ts';
import { loadWithTfjs, predictWithTfjs, TFJS_ABSOLUTE_TOLERANCE } from './loadWithTfjs.ts';

const ROWS = 64;

describe('TensorFlow.js export', () => {
  it.each(VERIFIED_NETWORKS)('tf.loadLayersModel predicts what the engine does: $hidden hidden, $head head', async ({ hidden, head }) => {
    const model = randomModel(hidden, head, 11);
    const x = randomInputs(createRng(5, 'data'), ROWS, inputSizeOf(model));

    const predicted = predictWithTfjs(await loadWithTfjs(exportTfjs(model)), x, ROWS);

    expect(outsideTolerance(predicted, enginePredict(model, x, ROWS), TFJS_ABSOLUTE_TOLERANCE)).toEqual([]);
  });

  it('folds activations into Dense where Keras can, and writes leaky_relu as a LeakyReLU layer', () => {
    const { modelJson } = exportTfjs(randomModel('leaky_relu', 'softmax', 3));
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
});
