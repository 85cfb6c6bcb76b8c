import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { activation, chain, concatenate, dense, graph, input, loss } from '../../compiler/testModels.ts';
import { createRng, modelNetwork } from '../../engine/index.ts';
import { deepNetwork, type NetloomModel } from '../../model/index.ts';
import { importTfjs } from '../index.ts';
import { networkShape, randomDag, VERIFIED_DAGS } from '../testDags.ts';
import { enginePredict, outsideTolerance, randomInputs, randomModel, VERIFIED_NETWORKS } from '../testModels.ts';
import type { KerasLayerJson } from './format.ts';
import { loadWithTfjs, predictWithTfjs, TFJS_ABSOLUTE_TOLERANCE } from './loadWithTfjs.ts';
import { exported, savedByTfjs } from './tfjsTestFiles.ts';

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

/**
 * A functional TF.js model with a skip and a merge of the input: x(3) → Dense tanh `h` and
 * Dense `skip`, both read by Add `sum` → LeakyReLU `lk`; Concatenate(lk, x) → Dense softmax `y`.
 */
function tfjsDag(): tf.LayersModel {
  const apply = (layer: tf.layers.Layer, inputs: tf.SymbolicTensor | tf.SymbolicTensor[]) => layer.apply(inputs) as tf.SymbolicTensor;
  const x = tf.input({ shape: [3], name: 'x' });
  const h = apply(tf.layers.dense({ units: 4, activation: 'tanh', name: 'h' }), x);
  const skip = apply(tf.layers.dense({ units: 4, name: 'skip' }), x);
  const lk = apply(tf.layers.leakyReLU({ alpha: 0.01, name: 'lk' }), apply(tf.layers.add({ name: 'sum' }), [h, skip]));
  const y = apply(tf.layers.dense({ units: 2, activation: 'softmax', name: 'y' }), apply(tf.layers.concatenate({ name: 'cat' }), [lk, x]));
  return tf.model({ inputs: x, outputs: y });
}

/** TF.js' and Netloom's predictions for an imported model agree. */
function expectSamePredictions(imported: NetloomModel, model: tf.LayersModel, inputs: number): void {
  const x = randomInputs(createRng(inputs, 'data'), 16, inputs);
  expect(outsideTolerance(enginePredict(imported, x, 16), predictWithTfjs(model, x, 16), TFJS_ABSOLUTE_TOLERANCE)).toEqual([]);
}

/** Ids and what each node is: `['h', 'dense']`, `['h_tanh', 'tanh']`. */
function nodeKinds(model: NetloomModel): [string, string][] {
  return model.nodes.map((node) => [node.id, node.type === 'activation' ? node.params.fn : node.type]);
}

/** A TF.js 4.22 save in Keras 3's layout: `module` fields, `batch_shape`, `{args, kwargs}` calls, weights named `<model>/<layer>/<weight>` when `prefixWeights`. */
function asKeras3({ modelJson, weightData }: { modelJson: Record<string, unknown>; weightData: Uint8Array }, prefixWeights: boolean) {
  const topology = modelJson.modelTopology as { class_name: string; config: { name: string; layers: KerasLayerJson[] } };
  const modelName = topology.class_name === 'Sequential' ? 'sequential' : 'functional';
  const tensor = ([layer, node, index]: unknown[]) => ({ class_name: '__keras_tensor__', config: { shape: [null, 3], dtype: 'float32', keras_history: [layer, node, index] } });
  const layers = topology.config.layers.map((layer) => {
    const { batch_input_shape: batchShape, ...config } = layer.config;
    const calls = layer.inbound_nodes as unknown[][][] | undefined;
    return {
      module: 'keras.layers',
      class_name: layer.class_name,
      config: { ...config, ...(batchShape ? { batch_shape: batchShape } : {}), dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'float32' } } },
      registered_name: null,
      ...(layer.name ? { name: layer.name } : {}),
      ...(calls ? { inbound_nodes: calls.map((call) => ({ args: call.length === 1 ? [tensor(call[0]!)] : [call.map(tensor)], kwargs: {} })) } : {}),
    };
  });
  const manifest = modelJson.weightsManifest as { paths: string[]; weights: { name: string }[] }[];
  return {
    modelJson: {
      ...modelJson,
      modelTopology: { ...topology, class_name: topology.class_name === 'Sequential' ? 'Sequential' : 'Functional', config: { ...topology.config, name: modelName, layers } },
      weightsManifest: manifest.map((group) => ({ ...group, weights: group.weights.map((w) => ({ ...w, name: prefixWeights ? `${modelName}/${w.name}` : w.name })) })),
    },
    weightData,
  };
}

describe('TensorFlow.js import of Netloom’s own exports', () => {
  it.each(VERIFIED_NETWORKS)('Netloom → TF.js → Netloom gives the same chain and weights: $hidden hidden, $head head', ({ hidden, head }) => {
    const model = randomModel(hidden, head, 31);
    const { modelJson, weightData } = exported(model);

    const back = importTfjs(modelJson, weightData);

    expect(networkShape(back)).toEqual(networkShape(model));
    expect(back.weights).toEqual(modelNetwork(model).weights());
  });

  it.each(VERIFIED_DAGS)('Netloom → TF.js → Netloom gives the same graph and bit-identical weights: $hidden hidden, $head head', ({ hidden, head, seed }) => {
    const model = randomDag(hidden, head, seed);
    const { modelJson, weightData } = exported(model);

    const back = importTfjs(modelJson, weightData);

    expect(networkShape(back)).toEqual(networkShape(model));
    expect(back.weights).toEqual(modelNetwork(model).weights());
  });

  it('passes through the identity layers the export adds for a repeated read, back to x + x', () => {
    const model = graph(
      [input('x', 2), dense('d', 2), concatenate('twice'), concatenate('join'), dense('o', 1), activation('sg', 'sigmoid'), loss('L', 'binary_cross_entropy')],
      [['x', 'd'], ['d', 'twice'], ['d', 'twice'], ['twice', 'join'], ['d', 'join'], ['join', 'o'], ['o', 'sg'], ['sg', 'L']],
      { name: 'twice' },
    );
    const { modelJson, weightData } = exported(model);
    expect(modelJson.modelTopology.config.layers.map((layer) => layer.name)).toContain('twice_in1');

    expect(networkShape(importTfjs(modelJson, weightData))).toEqual(networkShape(model));
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
    expect(networkShape(importTfjs(modelJson, weightData))).toEqual(networkShape(model));
  });

  it('gives each dense node its initializer back from Netloom’s metadata (Keras’ config has no field for it)', () => {
    const model = deepNetwork({ fn: 'relu', depth: 2, width: 4, init: 'he_normal' }, { name: 'he', training: { dataset: 'circle' } });
    const { modelJson, weightData } = exported(model);
    expect(modelJson.userDefinedMetadata.netloom.nodeParams).toEqual({ dense1: { init: 'he_normal' }, dense2: { init: 'he_normal' } });
    expect(modelJson.modelTopology.config.layers.every((layer) => !('kernel_initializer' in layer.config))).toBe(true);

    expect(networkShape(importTfjs(modelJson, weightData))).toEqual(networkShape(model));
  });

  it('gives an export whose head was edited the loss that head needs (sigmoid → softmax: cross-entropy)', () => {
    const { modelJson, weightData } = exported(randomModel('tanh', 'sigmoid', 6));
    const head = modelJson.modelTopology.config.layers.at(-1)!;
    head.config.activation = 'softmax';

    const imported = importTfjs(modelJson, weightData);

    expect(imported.nodes.find((node) => node.type === 'loss')!.params).toEqual({ fn: 'cross_entropy' });
  });
});

describe('TensorFlow.js import of files TF.js and Keras wrote', () => {
  it('a Sequential TF.js saved itself, computing what TF.js computes', async () => {
    const model = tfjsSequential();
    const { modelJson, weightData } = await savedByTfjs(model);

    const imported = importTfjs(modelJson, weightData);

    expect(nodeKinds(imported)).toEqual([
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
    expectSamePredictions(imported, model, 3);
  });

  it('a functional DAG TF.js saved: fan-out, Add, LeakyReLU, Concatenate with the input, wired port by port', async () => {
    const model = tfjsDag();
    const { modelJson, weightData } = await savedByTfjs(model);

    const imported = importTfjs(modelJson, weightData);

    expect(nodeKinds(imported)).toEqual([
      ['input', 'input'],
      ['h', 'dense'],
      ['h_tanh', 'tanh'],
      ['skip', 'dense'],
      ['sum', 'add'],
      ['lk', 'leaky_relu'],
      ['cat', 'concatenate'],
      ['y', 'dense'],
      ['y_softmax', 'softmax'],
      ['loss', 'loss'],
    ]);
    expect(imported.edges.filter((edge) => edge.targetHandle)).toEqual([
      { source: 'h_tanh', target: 'sum', targetHandle: 'in0' },
      { source: 'skip', target: 'sum', targetHandle: 'in1' },
      { source: 'lk', target: 'cat', targetHandle: 'in0' },
      { source: 'input', target: 'cat', targetHandle: 'in1' },
    ]);
    expectSamePredictions(imported, model, 3);
  });

  it('the Python converter’s layout: topology under model_config, an explicit InputLayer', async () => {
    const { modelJson, weightData } = await savedByTfjs(tfjsSequential());
    const topology = modelJson.modelTopology as { config: { layers: KerasLayerJson[] } };
    const inputLayer = { class_name: 'InputLayer', config: { name: 'features', batch_input_shape: [null, 3] } };
    const converted = {
      ...modelJson,
      modelTopology: { keras_version: '2.15.0', model_config: { class_name: 'Sequential', config: { layers: [inputLayer, ...topology.config.layers] } } },
    };
    expect(importTfjs(converted, weightData).nodes[0]!.params).toEqual({ size: 3 });
  });

  it('a Keras 3 Sequential, whose weights the converter names sequential/<layer>/<weight>', async () => {
    const model = tfjsSequential();
    const keras3 = asKeras3(await savedByTfjs(model), true);
    expect(keras3.modelJson.weightsManifest[0]!.weights[0]!.name).toBe('sequential/hidden/kernel');

    expectSamePredictions(importTfjs(keras3.modelJson, keras3.weightData), model, 3);
  });

  it('a Keras 3 functional DAG: {args, kwargs} calls of keras_history tensors, a merge’s inputs as one list, bare input and output refs', async () => {
    const model = tfjsDag();
    const keras3 = asKeras3(await savedByTfjs(model), false);
    const config: { layers: { name?: string; inbound_nodes?: unknown }[]; input_layers?: unknown; output_layers?: unknown } = keras3.modelJson.modelTopology.config;
    expect(config.layers.find((layer) => layer.name === 'sum')!.inbound_nodes).toMatchObject([
      { args: [[{ config: { keras_history: ['h', 0, 0] } }, { config: { keras_history: ['skip', 0, 0] } }]] },
    ]);
    config.input_layers = ['x', 0, 0];
    config.output_layers = ['y', 0, 0];

    expectSamePredictions(importTfjs(keras3.modelJson, keras3.weightData), model, 3);
  });
});
