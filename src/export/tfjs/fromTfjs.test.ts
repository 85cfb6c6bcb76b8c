import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { activation, chain, dense, graph, input, loss } from '../../compiler/testModels.ts';
import { createRng } from '../../engine/index.ts';
import type { NetloomModel } from '../../model/index.ts';
import { exportTfjs, ImportError, importTfjs } from '../index.ts';
import { engineNetwork, enginePredict, outsideTolerance, randomInputs, randomModel, VERIFIED_NETWORKS } from '../testModels.ts';
import type { KerasLayerJson } from './format.ts';
import { loadWithTfjs, predictWithTfjs, TFJS_ABSOLUTE_TOLERANCE } from './loadWithTfjs.ts';

/** The parts of a model that make it the same network: no positions. */
function graphOf(model: NetloomModel) {
  return {
    name: model.name,
    nodes: model.nodes.map(({ id, type, params }) => ({ id, type, params })),
    edges: model.edges.map(({ source, target }) => ({ source, target })),
  };
}

/** A Netloom export as it reads back from disk: model.json through JSON, the weights as bytes. */
function exported(model: NetloomModel) {
  const { modelJson, weightData } = exportTfjs(model);
  return { modelJson: JSON.parse(JSON.stringify(modelJson)) as ReturnType<typeof exportTfjs>['modelJson'], weightData };
}

/** model.json and weights as TF.js itself saves `model`: no Netloom metadata. */
async function savedByTfjs(model: tf.LayersModel): Promise<{ modelJson: Record<string, unknown>; weightData: Uint8Array }> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  const { modelTopology, weightSpecs, weightData } = saved!;
  return {
    modelJson: { format: 'layers-model', modelTopology, weightsManifest: [{ paths: ['weights.bin'], weights: weightSpecs }] },
    weightData: new Uint8Array(weightData as ArrayBuffer),
  };
}

/** x(3) → Dense relu → LeakyReLU → Dense without bias → tanh → Dense softmax, built with TF.js. */
function tfjsSequential(): tf.Sequential {
  return tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [3], units: 5, activation: 'relu', name: 'hidden' }),
      tf.layers.leakyReLU({ alpha: 0.01, name: 'leaky' }),
      tf.layers.dense({ units: 4, useBias: false, name: 'narrow' }),
      tf.layers.activation({ activation: 'tanh', name: 'squash' }),
      tf.layers.dense({ units: 2, activation: 'softmax', name: 'probs' }),
    ],
  });
}

/** A Functional TF.js model: x(3) → Dense `h` → (`merge` ? Add(h, Dense `skip` of x) :) → Dense sigmoid. */
function tfjsFunctional(merge: boolean): tf.LayersModel {
  const x = tf.input({ shape: [3], name: 'x' });
  const h = tf.layers.dense({ units: 4, activation: 'tanh', name: 'h' }).apply(x) as tf.SymbolicTensor;
  const joined = merge ? (tf.layers.add({ name: 'sum' }).apply([h, tf.layers.dense({ units: 4, name: 'skip' }).apply(x) as tf.SymbolicTensor]) as tf.SymbolicTensor) : h;
  const y = tf.layers.dense({ units: 1, activation: 'sigmoid', name: 'y' }).apply(joined) as tf.SymbolicTensor;
  return tf.model({ inputs: x, outputs: y });
}

describe('TensorFlow.js import', () => {
  it.each(VERIFIED_NETWORKS)('Netloom → TF.js → Netloom gives the same graph and weights: $hidden hidden, $head head', ({ hidden, head }) => {
    const model = randomModel(hidden, head, 31);
    const { modelJson, weightData } = exported(model);

    const back = importTfjs(modelJson, weightData);

    expect(graphOf(back)).toEqual(graphOf(model));
    expect(back.weights).toEqual(engineNetwork(model).weights());
  });

  it('keeps node ids that are not valid Keras names: TF.js loads the sanitised names, the import restores the ids', async () => {
    const model = graph(
      [input('the input', 2), dense('dense a/b', 3), activation('a b', 'relu'), dense('a/b', 1), activation('σ', 'sigmoid'), loss('loss!', 'binary_cross_entropy')],
      chain('the input', 'dense a/b', 'a b', 'a/b', 'σ', 'loss!'),
      { name: 'odd ids', training: { seed: 3 } },
    );
    const { modelJson, weightData } = exported(model);

    expect(modelJson.modelTopology.config.layers.map((layer) => layer.config.name)).toEqual(['dense_a_b', 'a_b']);
    const x = randomInputs(createRng(1, 'data'), 4, 2);
    const loaded = await loadWithTfjs({ modelJson, weightData });
    expect(outsideTolerance(predictWithTfjs(loaded, x, 4), enginePredict(model, x, 4), TFJS_ABSOLUTE_TOLERANCE)).toEqual([]);
    expect(graphOf(importTfjs(modelJson, weightData))).toEqual(graphOf(model));
  });

  it('imports a model TF.js saved itself, computing what TF.js computes', async () => {
    const model = tfjsSequential();
    const { modelJson, weightData } = await savedByTfjs(model);

    const imported = importTfjs(modelJson, weightData);

    expect(imported.nodes.map((node) => [node.id, node.type === 'activation' ? node.params.fn : node.type])).toEqual([
      ['input', 'input'],
      ['hidden', 'dense'],
      ['hidden_relu', 'relu'],
      ['leaky', 'leaky_relu'],
      ['narrow', 'dense'],
      ['squash', 'tanh'],
      ['probs', 'dense'],
      ['probs_softmax', 'softmax'],
      ['loss', 'loss'],
    ]);
    expect(imported.nodes.at(-1)!.params).toEqual({ fn: 'cross_entropy' });
    const x = randomInputs(createRng(2, 'data'), 32, 3);
    expect(outsideTolerance(enginePredict(imported, x, 32), predictWithTfjs(model, x, 32), TFJS_ABSOLUTE_TOLERANCE)).toEqual([]);
  });

  it('imports a Functional model that is a plain chain', async () => {
    const model = tfjsFunctional(false);
    const { modelJson, weightData } = await savedByTfjs(model);

    const imported = importTfjs(modelJson, weightData);

    expect(imported.nodes.map((node) => node.id)).toEqual(['input', 'h', 'h_tanh', 'y', 'y_sigmoid', 'loss']);
    const x = randomInputs(createRng(4, 'data'), 8, 3);
    expect(outsideTolerance(enginePredict(imported, x, 8), predictWithTfjs(model, x, 8), TFJS_ABSOLUTE_TOLERANCE)).toEqual([]);
  });

  it('reads the Python converter’s layout: topology under model_config, an explicit InputLayer', async () => {
    const { modelJson, weightData } = await savedByTfjs(tfjsSequential());
    const topology = modelJson.modelTopology as { config: { layers: KerasLayerJson[] } };
    const inputLayer = { class_name: 'InputLayer', config: { name: 'features', batch_input_shape: [null, 3] } };
    const converted = {
      ...modelJson,
      modelTopology: { keras_version: '2.15.0', model_config: { class_name: 'Sequential', config: { layers: [inputLayer, ...topology.config.layers] } } },
    };
    expect(importTfjs(converted, weightData).nodes[0]!.params).toEqual({ size: 3 });
  });
});

describe('TensorFlow.js import refuses what Netloom cannot represent, saying what and where', () => {
  const { modelJson, weightData } = exported(randomModel('tanh', 'sigmoid', 5));
  const withLayer = (index: number, layer: KerasLayerJson) => {
    const copy = structuredClone(modelJson);
    copy.modelTopology.config.layers[index] = layer;
    return copy;
  };

  it.each([
    ['something that is not a model', { hello: 'world' }, /not a TensorFlow\.js Layers model\.json: modelTopology/],
    ['a Netloom model', randomModel('relu', 'softmax', 1), /already a Netloom model/],
    ['a TF.js graph model', { format: 'graph-model', modelTopology: { node: [] } }, /graph model/],
    ['a convolution', withLayer(1, { class_name: 'Conv2D', config: { name: 'conv', filters: 8 } }), /layer "conv" \(Conv2D\) cannot be imported/],
    ['an activation Netloom lacks', withLayer(0, { ...modelJson.modelTopology.config.layers[0]!, class_name: 'Dense', config: { ...modelJson.modelTopology.config.layers[0]!.config, activation: 'elu' } }), /layer "d1" \(Dense\): activation "elu" has no Netloom equivalent/],
    ['a LeakyReLU of another slope', withLayer(1, { class_name: 'LeakyReLU', config: { name: 'leaky', alpha: 0.3 } }), /layer "leaky" \(LeakyReLU\): slope 0\.3/],
  ])('%s', (_, json, message) => {
    expect(() => importTfjs(json, weightData)).toThrow(message);
  });

  it('a Functional model with a merge, naming the merge layer', async () => {
    const functional = await savedByTfjs(tfjsFunctional(true));
    expect(() => importTfjs(functional.modelJson, functional.weightData)).toThrow(/layer "sum" \(Add\) merges 2 inputs \(h, skip\)/);
  });

  it('a Functional model with a branch (two heads on one input), naming the layer that branches off', async () => {
    const x = tf.input({ shape: [3], name: 'x' });
    const first = tf.layers.dense({ units: 2, name: 'first' }).apply(x) as tf.SymbolicTensor;
    const second = tf.layers.dense({ units: 2, name: 'second' }).apply(x) as tf.SymbolicTensor;
    const branched = await savedByTfjs(tf.model({ inputs: x, outputs: [first, second] }));
    expect(() => importTfjs(branched.modelJson, branched.weightData)).toThrow(/layer "second" \(Dense\) is fed by "x", not by the layer before it, "first" \(a branch\)/);
  });

  it('weight data that is missing or cut short, naming the first weight it lacks', () => {
    expect(() => importTfjs(modelJson, new Uint8Array())).toThrow(/is 0 bytes .* weight d1\/kernel is missing or cut short/);
    expect(() => importTfjs(modelJson, weightData.subarray(0, weightData.length - 4))).toThrow(/weight out\/bias is missing or cut short/);
  });

  it('weight data longer than the manifest describes', () => {
    expect(() => importTfjs(modelJson, new Uint8Array(weightData.length + 8))).toThrow(/does not belong to this model\.json/);
  });

  it('inbound_nodes nested thousands deep, before anything recursive reads them', () => {
    let call: unknown = ['d1', 0, 0, {}];
    for (let i = 0; i < 5000; i++) call = [call];
    const deep = withLayer(1, { ...modelJson.modelTopology.config.layers[1]!, name: 'h2', inbound_nodes: [call] });
    const functional = { ...deep, modelTopology: { ...deep.modelTopology, class_name: 'Functional' } };
    expect(() => importTfjs(functional, weightData)).toThrow(
      new ImportError(
        'model.json is nested more than 100 levels deep; Netloom reads arrays and objects nested up to 100 levels ' +
          '(at modelTopology.config.layers[1].inbound_nodes[0][0][0]…)',
      ),
    );
  });

  it('a manifest without the weight a Dense needs', () => {
    const renamed = structuredClone(modelJson);
    renamed.weightsManifest[0]!.weights[0]!.name = 'other/kernel';
    expect(() => importTfjs(renamed, weightData)).toThrow(/layer "d1" \(Dense\): weightsManifest has no weight named d1\/kernel/);
  });
});
