import { deepNetwork, type DeepNetworkOptions } from './deepNetwork.ts';
import type { ActivationFn, LossFn } from './functions.ts';
import { CURRENT_VERSION, FORMAT } from './schema.ts';
import type { ModelEdge, ModelNode, NetloomModel, TrainingSettings } from './types.ts';

const COLUMN = 200;

/** One dense layer of a stack, optionally followed by an activation. */
export interface StackLayer {
  units: number;
  fn?: ActivationFn;
  useBias?: boolean;
}

/**
 * A chain input → (dense → activation?)* → loss, laid out left to right, with ids input,
 * dense1, act1, dense2, …, loss: the templates, and what tests and benchmarks build networks from.
 */
export function layerStack(
  inputSize: number,
  layers: readonly StackLayer[],
  loss: LossFn,
  extra: Partial<NetloomModel> = {},
): NetloomModel {
  const nodes: ModelNode[] = [{ id: 'input', type: 'input', params: { size: inputSize } }];
  layers.forEach(({ units, fn, useBias }, i) => {
    nodes.push({ id: `dense${i + 1}`, type: 'dense', params: useBias === undefined ? { units } : { units, useBias } });
    if (fn) nodes.push({ id: `act${i + 1}`, type: 'activation', params: { fn } });
  });
  nodes.push({ id: 'loss', type: 'loss', params: { fn: loss } });
  nodes.forEach((node, column) => (node.position = { x: column * COLUMN, y: 0 }));
  const edges: ModelEdge[] = nodes.slice(1).map((node, i) => ({ source: nodes[i]!.id, target: node.id }));
  const named = extra.name === undefined ? {} : { name: extra.name };
  return { format: FORMAT, version: CURRENT_VERSION, ...named, nodes, edges, ...extra };
}

/** 2-8-1 tanh network with a sigmoid + binary cross-entropy head: learns XOR in seconds. */
export function xorTemplate(): NetloomModel {
  return layerStack(2, [{ units: 8, fn: 'tanh' }, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy', {
    name: 'xor',
    training: { dataset: 'xor', optimizer: 'adam', lr: 0.03, batchSize: 10, epochs: 200, seed: 1, noise: 0, trainFraction: 0.5 },
  });
}

/** 2-16-16-3 ReLU classifier with a softmax head for the 3-class spiral. */
export function spiralTemplate(): NetloomModel {
  return layerStack(2, [{ units: 16, fn: 'relu' }, { units: 16, fn: 'relu' }, { units: 3, fn: 'softmax' }], 'cross_entropy', {
    name: 'spiral',
    training: { dataset: 'spiral3', optimizer: 'adam', lr: 0.01, batchSize: 16, epochs: 300, seed: 1, noise: 0, trainFraction: 0.5 },
  });
}

/** The penguins' four measurements (bill length and depth, flipper length, body mass): the numeric columns. */
export const PENGUIN_MEASUREMENTS = ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'] as const;

/** 4-16-3 ReLU classifier with a softmax head: the penguin species from the four measurements. */
export function penguinsTemplate(): NetloomModel {
  const columns = Object.fromEntries([['Species', 'categorical'], ...PENGUIN_MEASUREMENTS.map((name) => [name, 'numeric'])]);
  return layerStack(4, [{ units: 16, fn: 'relu' }, { units: 3, fn: 'softmax' }], 'cross_entropy', {
    name: 'penguins',
    training: {
      dataset: 'penguins',
      data: { target: 'Species', features: [...PENGUIN_MEASUREMENTS], columns },
      optimizer: 'adam', lr: 0.01, batchSize: 16, epochs: 100, seed: 1, trainFraction: 0.5,
    },
  });
}

/** 784-128-64-10 ReLU network with a softmax head for the MNIST digits: over 90 % in 5 epochs of Adam. */
export function mnistTemplate(): NetloomModel {
  return layerStack(784, [{ units: 128, fn: 'relu' }, { units: 64, fn: 'relu' }, { units: 10, fn: 'softmax' }], 'cross_entropy', {
    name: 'mnist',
    training: { dataset: 'mnist', optimizer: 'adam', lr: 0.001, batchSize: 64, epochs: 5, seed: 1, trainFraction: 0.8 },
  });
}

/** The deep networks' training: plain SGD, so the gradient each layer gets is what moves it. */
export const DEEP_TRAINING: Readonly<TrainingSettings> = {
  dataset: 'circle', optimizer: 'sgd', lr: 0.1, batchSize: 16, epochs: 100, seed: 1, noise: 0, trainFraction: 0.5,
};

/**
 * `depth` hidden layers of `width` units with activation `fn`, then a sigmoid output: the
 * vanishing-gradient experiment (sigmoid) and its control (relu).
 */
export function deepTemplate(fn: ActivationFn, depth = 10, width = 16): NetloomModel {
  return deepNetwork({ fn, depth, width }, { name: `deep-${fn}`, training: { ...DEEP_TRAINING } });
}

/** A deep network with fixes applied (see `deepNetwork`), trained as the deep templates are. */
export function fixedDeepTemplate(name: string, options: DeepNetworkOptions): NetloomModel {
  return deepNetwork(options, { name, training: { ...DEEP_TRAINING } });
}

/**
 * A wide & deep classifier (Cheng et al. 2016): the raw input goes straight to the output layer
 * (the wide, linear part) beside two ReLU layers (the deep part), joined by a Concatenate.
 */
export function wideAndDeepTemplate(): NetloomModel {
  const at = (x: number, y = 0) => ({ position: { x, y } });
  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    name: 'wide-and-deep',
    nodes: [
      { id: 'input', type: 'input', params: { size: 2 }, ...at(0, 120) },
      { id: 'dense1', type: 'dense', params: { units: 16 }, ...at(200) },
      { id: 'act1', type: 'activation', params: { fn: 'relu' }, ...at(400) },
      { id: 'dense2', type: 'dense', params: { units: 16 }, ...at(600) },
      { id: 'act2', type: 'activation', params: { fn: 'relu' }, ...at(800) },
      { id: 'concat', type: 'concatenate', params: { inputs: 2 }, ...at(1000, 120) },
      { id: 'dense3', type: 'dense', params: { units: 1 }, ...at(1200, 120) },
      { id: 'act3', type: 'activation', params: { fn: 'sigmoid' }, ...at(1400, 120) },
      { id: 'loss', type: 'loss', params: { fn: 'binary_cross_entropy' }, ...at(1600, 120) },
    ],
    edges: [
      { source: 'input', target: 'dense1' },
      { source: 'dense1', target: 'act1' },
      { source: 'act1', target: 'dense2' },
      { source: 'dense2', target: 'act2' },
      { source: 'input', target: 'concat', targetHandle: 'in0' },
      { source: 'act2', target: 'concat', targetHandle: 'in1' },
      { source: 'concat', target: 'dense3' },
      { source: 'dense3', target: 'act3' },
      { source: 'act3', target: 'loss' },
    ],
    training: { dataset: 'moons', optimizer: 'adam', lr: 0.01, batchSize: 16, epochs: 100, seed: 1, noise: 0.1, trainFraction: 0.5 },
  };
}

/** A menu entry for a 10 × 16 deep network with fixes applied, named `id`. */
function fixedDeep<const Id extends string>(id: Id, label: string, options: Omit<DeepNetworkOptions, 'depth' | 'width'>) {
  return { id, label, create: () => fixedDeepTemplate(id, { depth: 10, width: 16, ...options }) };
}

/** The templates offered in the editor's "Templates" menu, in menu order. */
export const TEMPLATES = [
  { id: 'xor', label: 'XOR network (2-8-1 tanh)', create: xorTemplate },
  { id: 'spiral', label: 'Spiral classifier (softmax)', create: spiralTemplate },
  { id: 'penguins', label: 'Penguin species (4-16-3 softmax)', create: penguinsTemplate },
  { id: 'mnist', label: 'MNIST digits (784-128-64-10 ReLU)', create: mnistTemplate },
  { id: 'deep-sigmoid', label: 'Deep sigmoid (10 × 16 sigmoid)', create: () => deepTemplate('sigmoid') },
  { id: 'deep-relu', label: 'Deep ReLU (10 × 16 ReLU)', create: () => deepTemplate('relu') },
  fixedDeep('deep-sigmoid-layer-norm', 'Deep sigmoid + LayerNorm (10 × 16)', { fn: 'sigmoid', normalization: 'layer_norm' }),
  fixedDeep('deep-sigmoid-batch-norm', 'Deep sigmoid + BatchNorm (10 × 16)', { fn: 'sigmoid', normalization: 'batch_norm' }),
  fixedDeep('residual-deep-sigmoid', 'Residual deep sigmoid (10 × 16, Add skips)', { fn: 'sigmoid', residual: true }),
  fixedDeep('deep-relu-random-normal', 'Deep ReLU, random normal init (σ 0.05)', { fn: 'relu', init: 'random_normal' }),
  fixedDeep('deep-relu-he-normal', 'Deep ReLU, He normal init', { fn: 'relu', init: 'he_normal' }),
  { id: 'wide-and-deep', label: 'Wide & deep (Concatenate)', create: wideAndDeepTemplate },
] as const;
