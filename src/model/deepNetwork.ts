import type { ActivationFn, Initializer } from './functions.ts';
import { NODE_SPECS } from './nodes/registry.ts';
import { CURRENT_VERSION, FORMAT } from './schema.ts';
import type { ModelEdge, ModelNode, NetloomModel } from './types.ts';

/** Horizontal distance between consecutive nodes of a chain; an Add sits half a step on, below it. */
const COLUMN = 200;
const SKIP_ROW = 150;

/** A normalisation node put after each hidden dense layer, before its activation. */
export type DeepNormalization = 'layer_norm' | 'batch_norm';

/** A deep stack of equal hidden layers and the fixes that can be applied to it. */
export interface DeepNetworkOptions {
  /** The hidden layers' activation. */
  fn: ActivationFn;
  /** Hidden dense layers (the output layer not counted). */
  depth: number;
  /** Units per hidden layer. */
  width: number;
  /** The hidden layers' initializer (the output layer keeps `auto`); absent means `auto`. */
  init?: Initializer;
  normalization?: DeepNormalization;
  /**
   * Identity skips around each hidden layer after the first, in the "full pre-activation" form
   * of He et al. 2016 ("Identity Mappings in Deep Residual Networks"): each block is activation
   * → dense, and its output is added to its input, so the path from the last layer back to the
   * first goes through Adds alone (no activation derivative shrinks it on the way).
   */
  residual?: boolean;
}

/**
 * input(2) → dense1 → `depth − 1` × (activation → dense) → activation → dense(1) → sigmoid →
 * binary cross-entropy, the hidden layers `width` wide: the vanishing-gradient experiment and
 * its fixes. A normalisation node follows each hidden dense layer; with `residual`, an Add joins
 * each block (activation → dense [→ norm]) to its input. Ids: input, dense1, ln1 / bn1, act1,
 * dense2, …, add2, …, dense<depth + 1>, act<depth + 1>, loss. Laid out in one row, each Add
 * below the row, where its skip runs.
 */
export function deepNetwork(options: DeepNetworkOptions, extra: Partial<NetloomModel> = {}): NetloomModel {
  const { fn, depth, width, init, normalization, residual = false } = options;
  const nodes: ModelNode[] = [{ id: 'input', type: 'input', params: { size: 2 }, position: { x: 0, y: 0 } }];
  const edges: ModelEdge[] = [];
  let x = 0;
  /** The value the next node on the row reads. */
  let previous = 'input';
  const append = (node: ModelNode) => {
    nodes.push({ ...node, position: { x: (x += COLUMN), y: 0 } });
    edges.push({ source: previous, target: node.id });
    previous = node.id;
  };

  for (let layer = 1; layer <= depth; layer++) {
    const blockInput = previous;
    if (layer > 1) append({ id: `act${layer - 1}`, type: 'activation', params: { fn } });
    append({ id: `dense${layer}`, type: 'dense', params: init ? { units: width, init } : { units: width } });
    if (normalization) append(normalizationNode(`${NODE_SPECS[normalization].idPrefix}${layer}`, normalization));
    if (residual && layer > 1) {
      const add = `add${layer}`;
      nodes.push({ id: add, type: 'add', params: { inputs: 2 }, position: { x: x + COLUMN / 2, y: SKIP_ROW } });
      edges.push({ source: previous, target: add, targetHandle: 'in0' }, { source: blockInput, target: add, targetHandle: 'in1' });
      previous = add;
    }
  }
  append({ id: `act${depth}`, type: 'activation', params: { fn } });
  append({ id: `dense${depth + 1}`, type: 'dense', params: { units: 1 } });
  append({ id: `act${depth + 1}`, type: 'activation', params: { fn: 'sigmoid' } });
  append({ id: 'loss', type: 'loss', params: { fn: 'binary_cross_entropy' } });
  const named = extra.name === undefined ? {} : { name: extra.name };
  return { format: FORMAT, version: CURRENT_VERSION, ...named, nodes, edges, ...extra };
}

/** A LayerNorm or BatchNorm node with its kind's default params. */
function normalizationNode(id: string, type: DeepNormalization): ModelNode {
  if (type === 'layer_norm') return { id, type, params: { ...NODE_SPECS.layer_norm.defaultParams } };
  return { id, type, params: { ...NODE_SPECS.batch_norm.defaultParams } };
}
