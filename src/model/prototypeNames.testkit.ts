/**
 * For tests (issue 15 item 5): models whose node ids are the names of `Object.prototype`'s
 * members. Each must be an id like any other in every layer: loaded, compiled, trained,
 * predicted, exported, edited and sent between threads without losing a node's weights,
 * training the wrong network, or touching `Object.prototype`.
 */
import { idRecord } from './idRecord.ts';
import type { ModelNode, NetloomModel } from './types.ts';

/** `__proto__`, `constructor`, `toString`, `hasOwnProperty`, `valueOf`, … every own name of Object.prototype. */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

const layer = (units: number, inputs: number, scale: number) => ({
  kernel: Array.from({ length: units }, (_, j) => Array.from({ length: inputs }, (_, i) => scale * (0.25 + 0.125 * ((i + 2 * j) % 5)) - 0.5)),
  bias: Array.from({ length: units }, (_, j) => 0.1 * j - 0.2),
});

/** The nodes both documents share, each named after a member of Object.prototype. */
function sharedNodes(): Record<'input' | 'hidden' | 'squash' | 'out' | 'head' | 'loss', ModelNode> {
  return {
    input: { id: 'hasOwnProperty', type: 'input', params: { size: 2 } },
    hidden: { id: '__proto__', type: 'dense', params: { units: 4 } },
    squash: { id: 'toString', type: 'activation', params: { fn: 'tanh' } },
    out: { id: 'constructor', type: 'dense', params: { units: 1 } },
    head: { id: 'valueOf', type: 'activation', params: { fn: 'sigmoid' } },
    loss: { id: 'isPrototypeOf', type: 'loss', params: { fn: 'binary_cross_entropy' } },
  };
}

/** The document as a file holds it: through JSON, so `__proto__` keys are own keys, as JSON.parse makes them. */
function asFile(nodes: ModelNode[], edges: [string, string, string?][], weights: NetloomModel['weights'], name?: string): unknown {
  const model: NetloomModel = {
    format: 'netloom',
    version: 1,
    ...(name ? { name } : {}),
    nodes,
    edges: edges.map(([source, target, targetHandle]) => (targetHandle ? { source, target, targetHandle } : { source, target })),
    weights,
    training: { dataset: 'xor', optimizer: 'adam', lr: 0.03, batchSize: 10, epochs: 5, seed: 1 },
  };
  return JSON.parse(JSON.stringify(model));
}

/**
 * XOR's 2-4-1 chain: input `hasOwnProperty` → dense `__proto__` (4, with weights) →
 * `toString` (tanh) → dense `constructor` (1, with weights) → `valueOf` (sigmoid) → loss
 * `isPrototypeOf`.
 */
export function prototypeNamedChain(): unknown {
  const { input, hidden, squash, out, head, loss } = sharedNodes();
  const ids = [input, hidden, squash, out, head, loss].map((node) => node.id);
  return asFile(
    [input, hidden, squash, out, head, loss],
    ids.slice(1).map((id, i) => [ids[i]!, id]),
    idRecord([
      ['__proto__', layer(4, 2, 1)],
      ['constructor', layer(1, 4, -1)],
    ]),
    'prototype names',
  );
}

/**
 * A graph with a merge: input `hasOwnProperty` feeds dense `__proto__` → `toString` (tanh) and
 * dense `propertyIsEnumerable`; both join in the Add node `__defineGetter__`, then dense
 * `constructor` → `valueOf` (sigmoid) → loss `isPrototypeOf`.
 */
export function prototypeNamedGraph(): unknown {
  const { input, hidden, squash, out, head, loss } = sharedNodes();
  const side: ModelNode = { id: 'propertyIsEnumerable', type: 'dense', params: { units: 4 } };
  const join: ModelNode = { id: '__defineGetter__', type: 'add', params: { inputs: 2 } };
  return asFile(
    [input, hidden, squash, side, join, out, head, loss],
    [
      [input.id, hidden.id],
      [hidden.id, squash.id],
      [input.id, side.id],
      [squash.id, join.id, 'in0'],
      [side.id, join.id, 'in1'],
      [join.id, out.id],
      [out.id, head.id],
      [head.id, loss.id],
    ],
    idRecord([['__proto__', layer(4, 2, 1)]]),
  );
}

/** Object.prototype's own property names and values, to check after a test that nothing was added or replaced. */
export function prototypeState(): [string, unknown][] {
  return Object.getOwnPropertyNames(Object.prototype).map((name) => [name, Object.getOwnPropertyDescriptor(Object.prototype, name)!.value]);
}
