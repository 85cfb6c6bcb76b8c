import * as tf from '@tensorflow/tfjs';
import onnxProto from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { createRng, modelNetwork } from '../engine/index.ts';
import { exportOnnx, exportTfjs, ImportError, importTfjs } from './index.ts';
import { ONNX_RUNTIME_ABSOLUTE_TOLERANCE, predictWithOnnxRuntime } from './onnx/runWithOnnxRuntime.ts';
import { networkShape } from './testDags.ts';
import { NORM_MODELS, normChainModel } from './testNormModels.ts';
import { enginePredict, inputSizeOf, linearOutputSlack, outsideTolerance, randomInputs } from './testModels.ts';
import { loadWithTfjs, predictWithTfjs, TFJS_ABSOLUTE_TOLERANCE } from './tfjs/loadWithTfjs.ts';
import { exported, savedByTfjs } from './tfjs/tfjsTestFiles.ts';

const ROWS = 64;

describe('exports of LayerNorm, BatchNorm and Dropout', () => {
  it.each(NORM_MODELS)('tf.loadLayersModel predicts what the engine does in inference: $shape, $head head', async ({ head, model: build }) => {
    const model = build();
    const x = randomInputs(createRng(7, 'data'), ROWS, inputSizeOf(model));
    const predicted = predictWithTfjs(await loadWithTfjs(exportTfjs(model)), x, ROWS);
    const expected = enginePredict(model, x, ROWS);
    expect(outsideTolerance(predicted, expected, Math.max(TFJS_ABSOLUTE_TOLERANCE, head === 'mse' ? linearOutputSlack(expected) : 0))).toEqual([]);
  });

  it.each(NORM_MODELS)('onnxruntime predicts what the engine does in inference: $shape, $head head', async ({ head, model: build }) => {
    const model = build();
    const x = randomInputs(createRng(8, 'data'), ROWS, inputSizeOf(model));
    const predicted = await predictWithOnnxRuntime(exportOnnx(model), x, ROWS);
    const expected = enginePredict(model, x, ROWS);
    expect(outsideTolerance(predicted, expected, Math.max(ONNX_RUNTIME_ABSOLUTE_TOLERANCE, head === 'mse' ? linearOutputSlack(expected) : 0))).toEqual([]);
  });

  it('writes Keras BatchNormalization (moving statistics after gamma and beta), LayerNormalization and Dropout layers', () => {
    const { modelJson } = exportTfjs(normChainModel('sigmoid'));
    const layers = modelJson.modelTopology.config.layers.map((layer) => {
      const { name: _name, trainable: _trainable, dtype: _dtype, batch_input_shape: _shape, ...config } = layer.config;
      return [layer.class_name, config];
    });
    expect(layers.slice(1, 6)).toEqual([
      ['BatchNormalization', { axis: -1, momentum: 0.9, epsilon: 0.01, center: true, scale: true }],
      ['Activation', { activation: 'relu' }],
      ['Dropout', { rate: 0.5 }],
      ['Dense', { units: 5, activation: 'linear', use_bias: true }],
      ['LayerNormalization', { axis: -1, epsilon: 0.002, center: true, scale: true }],
    ]);
    const weights = modelJson.weightsManifest[0]!.weights.map((weight) => `${weight.name} ${weight.shape.join('×')}`);
    expect(weights.filter((name) => name.startsWith('bn/') || name.startsWith('ln/'))).toEqual([
      'bn/gamma 6', 'bn/beta 6', 'bn/moving_mean 6', 'bn/moving_variance 6', 'ln/gamma 5', 'ln/beta 5',
    ]);
  });

  it('writes ONNX BatchNormalization in inference form, LayerNormalization (opset 17) and an Identity for Dropout', () => {
    const { graph: onnxGraph, opsetImport } = onnxProto.onnx.ModelProto.decode(exportOnnx(normChainModel('sigmoid')));
    expect(opsetImport!.map((opset) => Number(opset.version))).toEqual([17]);
    const { FLOAT } = onnxProto.onnx.AttributeProto.AttributeType;
    const value = (a: onnxProto.onnx.IAttributeProto) => (a.type === FLOAT ? a.f : Number(a.i));
    const nodes = onnxGraph!.node!.map((node) => [node.opType, node.input, node.attribute!.map((a) => `${a.name}=${value(a)}`)]);
    expect(nodes.filter(([opType]) => opType !== 'Gemm')).toEqual([
      ['BatchNormalization', ['d1/output', 'bn/gamma', 'bn/beta', 'bn/moving_mean', 'bn/moving_variance'], [`epsilon=${Math.fround(0.01)}`, `momentum=${Math.fround(0.9)}`, 'training_mode=0']],
      ['Relu', ['bn/output'], []],
      ['Identity', ['r/output'], []],
      ['LayerNormalization', ['d2/output', 'ln/gamma', 'ln/beta'], ['axis=-1', `epsilon=${Math.fround(0.002)}`]],
      ['Tanh', ['ln/output'], []],
      ['Sigmoid', ['out/output'], []],
    ]);
  });
});

describe('TF.js import of LayerNorm, BatchNorm and Dropout', () => {
  it.each(NORM_MODELS)('Netloom → TF.js → Netloom gives the same graph and weights, moving statistics included: $shape, $head head', ({ model: build }) => {
    const model = build();
    const { modelJson, weightData } = exported(model);
    const back = importTfjs(modelJson, weightData);
    expect(networkShape(back)).toEqual(networkShape(model));
    expect(back.weights).toEqual(modelNetwork(model).weights());
  });

  it('reads the layers TF.js itself saves, and computes what TF.js computes', async () => {
    const built = tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [3], units: 4, name: 'h' }),
        tf.layers.batchNormalization({ momentum: 0.9, epsilon: 0.01, name: 'bn' }),
        tf.layers.activation({ activation: 'tanh', name: 't' }),
        tf.layers.dropout({ rate: 0.3, name: 'drop' }),
        tf.layers.layerNormalization({ epsilon: 0.005, name: 'ln' }),
        tf.layers.dense({ units: 2, activation: 'softmax', name: 'y' }),
      ],
    });
    const rng = createRng(4, 'weights');
    // Moving statistics away from TF.js' 0 and 1, so inference really uses them.
    built.getLayer('bn').setWeights([0.5, 0, 0, 0.2].map((low) => tf.tensor1d(Array.from({ length: 4 }, () => low + rng.uniform()))));
    const { modelJson, weightData } = await savedByTfjs(built);

    const imported = importTfjs(modelJson, weightData);

    expect(imported.nodes.map((node) => [node.id, node.type, node.type === 'activation' ? node.params.fn : node.params])).toEqual([
      ['input', 'input', { size: 3 }],
      ['h', 'dense', { units: 4 }],
      ['bn', 'batch_norm', { momentum: 0.9, epsilon: 0.01 }],
      ['t', 'activation', 'tanh'],
      ['drop', 'dropout', { rate: 0.3 }],
      ['ln', 'layer_norm', { epsilon: 0.005 }],
      ['y', 'dense', { units: 2 }],
      ['y_softmax', 'activation', 'softmax'],
      ['loss', 'loss', { fn: 'cross_entropy' }],
    ]);
    const x = randomInputs(createRng(2, 'data'), 16, 3);
    expect(outsideTolerance(enginePredict(imported, x, 16), predictWithTfjs(built, x, 16), TFJS_ABSOLUTE_TOLERANCE)).toEqual([]);
  });

  it.each([
    ['LayerNormalization', 'ln', { axis: 0 }, 'layer "ln" (LayerNormalization): axis 0: Netloom normalises over the features of each row (axis -1)'],
    ['BatchNormalization', 'bn', { center: false }, 'layer "bn" (BatchNormalization): center: false has no Netloom equivalent (it always learns a scale and a shift)'],
    ['Dropout', 'drop', { noise_shape: [1, 6] }, 'layer "drop" (Dropout): config.noise_shape: a noise shape (dropping whole features) has no Netloom equivalent'],
    ['Dropout', 'drop', { rate: 1 }, 'as a Netloom Dropout node, rate: expected a number from 0 to 1, 1 excluded'],
  ])('refuses a %s it cannot compute the same, naming the layer: %j', (_className, name, config, message) => {
    const { modelJson, weightData } = exported(normChainModel('sigmoid'));
    const layer = modelJson.modelTopology.config.layers.find((candidate) => candidate.config.name === name)!;
    Object.assign(layer.config, config);
    expect(() => importTfjs(modelJson, weightData)).toThrow(ImportError);
    expect(() => importTfjs(modelJson, weightData)).toThrow(message);
  });
});
