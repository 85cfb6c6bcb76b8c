import type { ActivationFn } from './functions.ts';
import { CURRENT_VERSION, FORMAT } from './schema.ts';
import type { ModelEdge, ModelNode, NetloomModel, TrainingSettings } from './types.ts';

const COLUMN = 200;

/** A chain input → (dense → activation)* → loss, laid out left to right. */
function stack(
  name: string,
  inputSize: number,
  layers: { units: number; fn: ActivationFn }[],
  loss: 'mse' | 'cross_entropy' | 'binary_cross_entropy',
  training: TrainingSettings,
): NetloomModel {
  const nodes: ModelNode[] = [{ id: 'input', type: 'input', params: { size: inputSize }, position: { x: 0, y: 0 } }];
  layers.forEach((layer, i) => {
    const n = i + 1;
    nodes.push({ id: `dense${n}`, type: 'dense', params: { units: layer.units }, position: { x: (2 * i + 1) * COLUMN, y: 0 } });
    nodes.push({ id: `act${n}`, type: 'activation', params: { fn: layer.fn }, position: { x: (2 * i + 2) * COLUMN, y: 0 } });
  });
  nodes.push({ id: 'loss', type: 'loss', params: { fn: loss }, position: { x: (2 * layers.length + 1) * COLUMN, y: 0 } });
  const edges: ModelEdge[] = nodes.slice(1).map((node, i) => ({ source: nodes[i]!.id, target: node.id }));
  return { format: FORMAT, version: CURRENT_VERSION, name, nodes, edges, training };
}

/** 2-8-1 tanh network with a sigmoid + binary cross-entropy head: learns XOR in seconds. */
export function xorTemplate(): NetloomModel {
  return stack('xor', 2, [{ units: 8, fn: 'tanh' }, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy', {
    dataset: 'xor', optimizer: 'adam', lr: 0.03, batchSize: 10, epochs: 200, seed: 1, noise: 0, trainFraction: 0.5,
  });
}

/** 2-16-16-3 ReLU classifier with a softmax head for the 3-class spiral. */
export function spiralTemplate(): NetloomModel {
  return stack(
    'spiral',
    2,
    [{ units: 16, fn: 'relu' }, { units: 16, fn: 'relu' }, { units: 3, fn: 'softmax' }],
    'cross_entropy',
    { dataset: 'spiral3', optimizer: 'adam', lr: 0.01, batchSize: 16, epochs: 300, seed: 1, noise: 0, trainFraction: 0.5 },
  );
}

/**
 * `depth` hidden layers of `width` units with activation `fn`, then a sigmoid output: the
 * vanishing-gradient experiment (sigmoid) and its control (relu).
 */
export function deepTemplate(fn: ActivationFn, depth = 10, width = 16): NetloomModel {
  const hidden = Array.from({ length: depth }, () => ({ units: width, fn }));
  return stack(`deep-${fn}`, 2, [...hidden, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy', {
    dataset: 'circle', optimizer: 'sgd', lr: 0.1, batchSize: 16, epochs: 100, seed: 1, noise: 0, trainFraction: 0.5,
  });
}

/** The templates offered in the editor's "Templates" menu, in menu order. */
export const TEMPLATES = [
  { id: 'xor', label: 'XOR network (2-8-1 tanh)', create: xorTemplate },
  { id: 'spiral', label: 'Spiral classifier (softmax)', create: spiralTemplate },
  { id: 'deep-sigmoid', label: 'Deep sigmoid (10 × 16 sigmoid)', create: () => deepTemplate('sigmoid') },
  { id: 'deep-relu', label: 'Deep ReLU (10 × 16 ReLU)', create: () => deepTemplate('relu') },
] as const;
