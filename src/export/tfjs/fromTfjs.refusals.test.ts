import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { activation, add, chain, concatenate, dense, graph, input, loss } from '../../compiler/testModels.ts';
import { ImportError, importTfjs } from '../index.ts';
import { randomModel } from '../testModels.ts';
import type { KerasLayerJson, TfjsModelJson } from './format.ts';
import { exported, savedByTfjs } from './tfjsTestFiles.ts';

/** A functional export: InputLayer x(2), Dense tanh h(3), Dense s(3), Add sum(h, s), Concatenate cat(sum, x), Dense sigmoid o(1). */
const DAG = exported(
  graph(
    [input('x', 2), dense('h', 3), activation('t', 'tanh'), dense('s', 3), add('sum'), concatenate('cat'), dense('o', 1), activation('sg', 'sigmoid'), loss('L', 'binary_cross_entropy')],
    [['x', 'h'], ['h', 't'], ['x', 's'], ['t', 'sum'], ['s', 'sum'], ['sum', 'cat'], ['x', 'cat'], ['cat', 'o'], ['o', 'sg'], ['sg', 'L']],
  ),
);

/** A Sequential export: Dense d1, LeakyReLU a1, Dense d2 without bias, LeakyReLU a2, Dense d3, Dense out with a sigmoid. */
const CHAIN = exported(randomModel('leaky_relu', 'sigmoid', 5));

/** A copy of model.json with the layer named `name` changed by `edit`. */
function withLayer(modelJson: TfjsModelJson, name: string, edit: (layer: KerasLayerJson) => void): TfjsModelJson {
  const copy = structuredClone(modelJson);
  const layer = copy.modelTopology.config.layers.find((candidate) => (candidate.name ?? candidate.config.name) === name);
  if (!layer) throw new Error(`no layer ${name}`);
  edit(layer);
  return copy;
}

/** `importTfjs` must fail with an ImportError whose message contains `message` and never the word "undefined". */
function expectRefusal(modelJson: unknown, weightData: Uint8Array, message: string | RegExp): void {
  let thrown: unknown;
  try {
    importTfjs(modelJson, weightData);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ImportError);
  expect((thrown as Error).message).toMatch(message);
  expect((thrown as Error).message).not.toMatch(/undefined/);
}

/** Zeroed weight data of the size `modelJson`'s manifest describes. */
function zeroWeights(modelJson: TfjsModelJson): Uint8Array {
  return new Uint8Array(4 * modelJson.weightsManifest[0]!.weights.reduce((sum, w) => sum + w.shape.reduce((a, b) => a * b, 1), 0));
}

describe('TensorFlow.js import refuses layers Netloom cannot represent, naming them', () => {
  const chainWith = (name: string, edit: (layer: KerasLayerJson) => void) => ({ modelJson: withLayer(CHAIN.modelJson, name, edit), weightData: CHAIN.weightData });
  const dagWith = (name: string, edit: (layer: KerasLayerJson) => void) => ({ modelJson: withLayer(DAG.modelJson, name, edit), weightData: DAG.weightData });
  const other = (modelJson: unknown) => ({ modelJson, weightData: new Uint8Array() });
  it.each([
    ['something that is not a model', other({ hello: 'world' }), 'not a TensorFlow.js Layers model.json: modelTopology: missing (Invalid input: expected object)'],
    ['a Netloom model', other(randomModel('relu', 'softmax', 1)), /already a Netloom model/],
    ['a TF.js graph model', other({ format: 'graph-model', modelTopology: { node: [] } }), /graph model/],
    ['a convolution', chainWith('d2', (layer) => Object.assign(layer, { class_name: 'Conv2D' })), 'layer "d2" (Conv2D) cannot be imported: Netloom reads Dense, Activation, LeakyReLU, LayerNormalization, BatchNormalization, Dropout, Add, Concatenate, InputLayer layers'],
    ['an activation Netloom lacks', chainWith('d1', (layer) => (layer.config.activation = 'elu')), 'layer "d1" (Dense): activation "elu" has no Netloom equivalent (relu, sigmoid, tanh, linear, softmax)'],
    ['a LeakyReLU of another slope', chainWith('a1', (layer) => (layer.config.alpha = 0.3)), 'layer "a1" (LeakyReLU): slope 0.3 differs'],
    ['a Concatenate on the batch axis', dagWith('cat', (layer) => (layer.config.axis = 0)), 'layer "cat" (Concatenate): config.axis: Netloom joins vectors side by side, on axis -1 (or 1)'],
    ['an Add of 70 inputs', dagWith('sum', (layer) => (layer.inbound_nodes = [Array.from({ length: 70 }, () => ['h', 0, 0, {}])])), 'layer "sum" (Add): as a Netloom Add node, inputs: expected a whole number of inputs from 2 to 64'],
    ['an Add of different widths', dagWith('sum', (layer) => (layer.inbound_nodes = [[['h', 0, 0, {}], ['x', 0, 0, {}]]])), 'layer "sum" (Add) gets 3 from "h" (in0) but 2 from "x" (in1): every input of an Add must have the same width'],
    ['a Dense reading two layers', dagWith('o', (layer) => (layer.inbound_nodes = [[['cat', 0, 0, {}], ['x', 0, 0, {}]]])), 'layer "o" (Dense) reads 2 layers ("cat", "x"), but a Netloom Dense node reads 1'],
  ])('%s', (_, { modelJson, weightData }, message) => {
    expectRefusal(modelJson, weightData, message);
  });

  it('refuses a Dense wider than Netloom allows (so what import writes, validate accepts)', () => {
    const wide = withLayer(CHAIN.modelJson, 'out', (layer) => (layer.config.units = 5000));
    const [kernel, bias] = wide.weightsManifest[0]!.weights.slice(-2);
    kernel!.shape = [kernel!.shape[0]!, 5000];
    bias!.shape = [5000];
    expectRefusal(wide, zeroWeights(wide), 'layer "out" (Dense) has 5000 units; it needs a whole number from 1 to 4096');
  });
});

describe('TensorFlow.js import refuses weights that do not fit, naming them', () => {
  const { modelJson, weightData } = CHAIN;

  it('weight data that is missing or cut short, naming the first weight it lacks', () => {
    expectRefusal(modelJson, new Uint8Array(), /is 0 bytes .* weight d1\/kernel is missing or cut short/);
    expectRefusal(modelJson, weightData.subarray(0, weightData.length - 4), /weight out\/bias is missing or cut short/);
  });

  it('weight data longer than the manifest describes', () => {
    expectRefusal(modelJson, new Uint8Array(weightData.length + 8), /does not belong to this model\.json/);
  });

  it('a manifest without the weight a Dense needs', () => {
    const renamed = structuredClone(modelJson);
    renamed.weightsManifest[0]!.weights[0]!.name = 'other/kernel';
    expectRefusal(renamed, weightData, 'layer "d1" (Dense): weightsManifest has no weight named d1/kernel or ');
  });

  it('a kernel declared in another shape of the same size, rather than reading it transposed', () => {
    const transposed = structuredClone(modelJson);
    const kernel = transposed.weightsManifest[0]!.weights[0]!;
    const [inputs, units] = kernel.shape as [number, number];
    expect(inputs).not.toBe(units);
    kernel.shape = [units, inputs];
    expectRefusal(transposed, weightData, `layer "d1" (Dense): weight d1/kernel has shape [${units}, ${inputs}], but the layer's kernel is [${inputs}, ${units}] (input × unit)`);
  });
});

describe('TensorFlow.js import refuses graphs it cannot read, naming the layer, whatever the layout', () => {
  const { modelJson, weightData } = DAG;
  const TENSOR = 'expected ["<layer>", <node index>, <tensor index>, {…}]';

  it.each([
    ['[[null]]', [[null]], `layer "cat" (Concatenate): inbound_nodes[0][0] is null; ${TENSOR}`],
    ['[null]', [null], 'layer "cat" (Concatenate): inbound_nodes[0] is null; expected a list of'],
    ['a string', 'sum', `layer "cat" (Concatenate): inbound_nodes is "sum"; expected a list with the layer's one call`],
    ['no call', [], 'layer "cat" (Concatenate) is not connected to anything (its inbound_nodes is empty)'],
    ['an empty call', [[]], 'layer "cat" (Concatenate) reads no layer (its call in inbound_nodes lists no tensors)'],
    ['an empty Keras 3 call', [{ args: [], kwargs: {} }], 'layer "cat" (Concatenate) reads no layer (its call in inbound_nodes lists no tensors)'],
    ['a reference without indices', [[['sum']]], `layer "cat" (Concatenate): inbound_nodes[0][0] is ["sum"]; ${TENSOR}`],
    ['a number for a name', [[[7, 0, 0, {}], ['x', 0, 0, {}]]], `layer "cat" (Concatenate): inbound_nodes[0][0] is [7,0,0]; ${TENSOR}`],
    ['two calls', [[['sum', 0, 0, {}]], [['x', 0, 0, {}]]], 'layer "cat" (Concatenate) is called 2 times (a shared layer)'],
    ['a second call of a layer', [[['sum', 1, 0, {}], ['x', 0, 0, {}]]], 'layer "cat" (Concatenate) reads call 1 of layer "sum" (a shared layer)'],
    ['a second output of a layer', [[['sum', 0, 1, {}], ['x', 0, 0, {}]]], 'layer "cat" (Concatenate) reads output 1 of layer "sum"; Netloom layers have one output'],
    ['a layer the model does not have', [[['nope', 0, 0, {}], ['x', 0, 0, {}]]], 'layer "cat" (Concatenate) reads "nope", which is not a layer of this model'],
    ['Keras 3 args that are not tensors', [{ args: [null], kwargs: {} }], 'layer "cat" (Concatenate): inbound_nodes[0].args[0] is null; expected {"class_name": "__keras_tensor__"'],
    ['a Keras 3 history that is not a reference', [{ args: [[{ config: { keras_history: ['sum'] } }]] }], 'layer "cat" (Concatenate): inbound_nodes[0].args[0][0] is {"config":{"keras_history":["sum"]}}'],
  ])('inbound_nodes: %s', (_, inboundNodes, message) => {
    expectRefusal(withLayer(modelJson, 'cat', (layer) => (layer.inbound_nodes = inboundNodes)), weightData, message);
  });

  it('inbound_nodes nested thousands deep, before anything recursive reads them', () => {
    let call: unknown = ['t', 0, 0, {}];
    for (let i = 0; i < 5000; i++) call = [call];
    expectRefusal(
      withLayer(modelJson, 'cat', (layer) => (layer.inbound_nodes = [call])),
      weightData,
      'model.json is nested more than 100 levels deep; Netloom reads arrays and objects nested up to 100 levels (at modelTopology.config.layers[4].inbound_nodes[0][0][0]…)',
    );
  });

  it('a loop', () => {
    expectRefusal(withLayer(modelJson, 'cat', (layer) => (layer.inbound_nodes = [[['o', 0, 0, {}], ['x', 0, 0, {}]]])), weightData, 'layers "cat", "o" read each other in a loop');
  });

  it('a second InputLayer', () => {
    const twoInputs = structuredClone(modelJson);
    twoInputs.modelTopology.config.layers.push({ ...twoInputs.modelTopology.config.layers[0]!, name: 'x2', config: { name: 'x2', batch_input_shape: [null, 2] } });
    expectRefusal(twoInputs, weightData, 'layer "x2" (InputLayer) is a second input; Netloom networks have one input');
  });

  it('two layers of one name', () => {
    expectRefusal(withLayer(modelJson, 's', (layer) => (layer.name = 'h')), weightData, 'two layers are named "h"');
  });

  it.each([
    ['input_layers naming a Dense', { input_layers: [['h', 0, 0]] }, 'input_layers names "h", which is a Dense layer; expected an InputLayer'],
    ['no input_layers', { input_layers: undefined }, 'modelTopology.config.input_layers is missing; Netloom networks have one input'],
    ['output_layers naming nothing', { output_layers: [['gone', 0, 0]] }, 'output_layers names "gone", which is not a layer of this model'],
    ['two outputs', { output_layers: [['o', 0, 0], ['cat', 0, 0]] }, 'modelTopology.config.output_layers is [["o",0,0],["cat",0,0]] (2 of them); Netloom networks have one output'],
  ])('%s', (_, config, message) => {
    const edited = structuredClone(modelJson);
    Object.assign(edited.modelTopology.config, config);
    expectRefusal(edited, weightData, message);
  });

  it('a model TF.js saved with two heads', async () => {
    const x = tf.input({ shape: [3], name: 'x' });
    const first = tf.layers.dense({ units: 2, name: 'first' }).apply(x) as tf.SymbolicTensor;
    const second = tf.layers.dense({ units: 2, name: 'second' }).apply(x) as tf.SymbolicTensor;
    const saved = await savedByTfjs(tf.model({ inputs: x, outputs: [first, second] }));
    expectRefusal(saved.modelJson, saved.weightData, /output_layers is .* \(2 of them\); Netloom networks have one output/);
  });

  it('a model TF.js saved with a layer used twice', async () => {
    const x = tf.input({ shape: [3], name: 'x' });
    const shared = tf.layers.dense({ units: 3, name: 'shared' });
    const saved = await savedByTfjs(tf.model({ inputs: x, outputs: shared.apply(shared.apply(x)) as tf.SymbolicTensor }));
    expectRefusal(saved.modelJson, saved.weightData, 'layer "shared" (Dense) is called 2 times (a shared layer)');
  });

  it('a layer no path from the input to the output goes through', () => {
    // cat reads sum twice, so nothing reads s's Dense any more.
    const dangling = withLayer(modelJson, 'cat', (layer) => (layer.inbound_nodes = [[['sum', 0, 0, {}], ['x', 0, 0, {}]]]));
    const unread = withLayer(dangling, 'sum', (layer) => (layer.inbound_nodes = [[['h', 0, 0, {}], ['h', 0, 0, {}]]]));
    expectRefusal(unread, weightData, /the imported graph does not compile: .*"s"/);
  });
});

describe('TensorFlow.js import refuses a Sequential with nothing to read, saying what is missing', () => {
  it('an empty model, and a Sequential that is only an InputLayer', () => {
    const empty = structuredClone(CHAIN.modelJson);
    empty.modelTopology.config.layers = [];
    expectRefusal(empty, new Uint8Array(), 'the model has no layers');
    const onlyInput = structuredClone(CHAIN.modelJson);
    onlyInput.modelTopology.config.layers = [{ class_name: 'InputLayer', config: { name: 'in', batch_input_shape: [null, 2] } }];
    expectRefusal(onlyInput, new Uint8Array(), 'the model has an input but no layers');
  });

  it('a first layer without an input shape', () => {
    const model = graph([input('x', 2), dense('h', 1), activation('s', 'sigmoid'), loss('L', 'binary_cross_entropy')], chain('x', 'h', 's', 'L'));
    const { modelJson, weightData } = exported(model);
    delete modelJson.modelTopology.config.layers[0]!.config.batch_input_shape;
    expectRefusal(modelJson, weightData, 'layer "h" (Dense): the first layer has no input shape (batch_input_shape)');
  });
});
