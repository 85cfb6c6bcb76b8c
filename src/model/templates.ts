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

/**
 * `depth` hidden layers of `width` units with activation `fn`, then a sigmoid output: the
 * vanishing-gradient experiment (sigmoid) and its control (relu).
 */
/** The deep networks' training: plain SGD, so the gradient each layer gets is what moves it. */
const DEEP_TRAINING: TrainingSettings = {
  dataset: 'circle', optimizer: 'sgd', lr: 0.1, batchSize: 16, epochs: 100, seed: 1, noise: 0, trainFraction: 0.5,
};

export function deepTemplate(fn: ActivationFn, depth = 10, width = 16): NetloomModel {
  const hidden = Array.from({ length: depth }, () => ({ units: width, fn }));
  return layerStack(2, [...hidden, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy', {
    name: `deep-${fn}`,
    training: DEEP_TRAINING,
  });
}

/** The templates offered in the editor's "Templates" menu, in menu order. */
export const TEMPLATES = [
  { id: 'xor', label: 'XOR network (2-8-1 tanh)', create: xorTemplate },
  { id: 'spiral', label: 'Spiral classifier (softmax)', create: spiralTemplate },
  { id: 'penguins', label: 'Penguin species (4-16-3 softmax)', create: penguinsTemplate },
  { id: 'mnist', label: 'MNIST digits (784-128-64-10 ReLU)', create: mnistTemplate },
  { id: 'deep-sigmoid', label: 'Deep sigmoid (10 × 16 sigmoid)', create: () => deepTemplate('sigmoid') },
  { id: 'deep-relu', label: 'Deep ReLU (10 × 16 ReLU)', create: () => deepTemplate('relu') },
] as const;
