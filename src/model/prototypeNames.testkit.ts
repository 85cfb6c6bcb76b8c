/**
 * For tests (issue 15 item 5): models whose node ids are the names of `Object.prototype`'s
 * members. Each must be an id like any other in every layer: loaded, compiled, trained,
 * predicted, exported, edited and sent between threads without losing a node's weights,
 * training the wrong network, or touching `Object.prototype`.
 */
import { idRecord } from './idRecord.ts';
import type { NetloomModel } from './types.ts';

/** `__proto__`, `constructor`, `toString`, `hasOwnProperty`, `valueOf`, … every own name of Object.prototype. */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

const layer = (units: number, inputs: number, scale: number) => ({
  kernel: Array.from({ length: units }, (_, j) => Array.from({ length: inputs }, (_, i) => scale * (0.25 + 0.125 * ((i + 2 * j) % 5)) - 0.5)),
  bias: Array.from({ length: units }, (_, j) => 0.1 * j - 0.2),
});

/**
 * XOR's 2-4-1 chain as a file would hold it (own `__proto__` keys, as JSON.parse makes them):
 * input `hasOwnProperty` → dense `__proto__` (4, with weights) → `toString` (tanh) → dense
 * `constructor` (1, with weights) → `valueOf` (sigmoid) → loss `isPrototypeOf`.
 */
export function prototypeNamedChain(): unknown {
  const model: NetloomModel = {
    format: 'netloom',
    version: 1,
    name: 'prototype names',
    nodes: [
      { id: 'hasOwnProperty', type: 'input', params: { size: 2 } },
      { id: '__proto__', type: 'dense', params: { units: 4 } },
      { id: 'toString', type: 'activation', params: { fn: 'tanh' } },
      { id: 'constructor', type: 'dense', params: { units: 1 } },
      { id: 'valueOf', type: 'activation', params: { fn: 'sigmoid' } },
      { id: 'isPrototypeOf', type: 'loss', params: { fn: 'binary_cross_entropy' } },
    ],
    edges: [
      { source: 'hasOwnProperty', target: '__proto__' },
      { source: '__proto__', target: 'toString' },
      { source: 'toString', target: 'constructor' },
      { source: 'constructor', target: 'valueOf' },
      { source: 'valueOf', target: 'isPrototypeOf' },
    ],
    weights: idRecord([
      ['__proto__', layer(4, 2, 1)],
      ['constructor', layer(1, 4, -1)],
    ]),
    training: { dataset: 'xor', optimizer: 'adam', lr: 0.03, batchSize: 10, epochs: 5, seed: 1 },
  };
  return JSON.parse(JSON.stringify(model));
}

/**
 * A graph with a merge, every id a prototype name: input `hasOwnProperty` feeds dense
 * `__proto__` → `toString` (tanh) and dense `propertyIsEnumerable`; both join in the Add node
 * `__defineGetter__`, then dense `constructor` → `valueOf` (sigmoid) → loss `isPrototypeOf`.
 */
export function prototypeNamedGraph(): unknown {
  const model: NetloomModel = {
    format: 'netloom',
    version: 1,
    nodes: [
      { id: 'hasOwnProperty', type: 'input', params: { size: 2 } },
      { id: '__proto__', type: 'dense', params: { units: 4 } },
      { id: 'toString', type: 'activation', params: { fn: 'tanh' } },
      { id: 'propertyIsEnumerable', type: 'dense', params: { units: 4 } },
      { id: '__defineGetter__', type: 'add', params: { inputs: 2 } },
      { id: 'constructor', type: 'dense', params: { units: 1 } },
      { id: 'valueOf', type: 'activation', params: { fn: 'sigmoid' } },
      { id: 'isPrototypeOf', type: 'loss', params: { fn: 'binary_cross_entropy' } },
    ],
    edges: [
      { source: 'hasOwnProperty', target: '__proto__' },
      { source: '__proto__', target: 'toString' },
      { source: 'hasOwnProperty', target: 'propertyIsEnumerable' },
      { source: 'toString', target: '__defineGetter__', targetHandle: 'in0' },
      { source: 'propertyIsEnumerable', target: '__defineGetter__', targetHandle: 'in1' },
      { source: '__defineGetter__', target: 'constructor' },
      { source: 'constructor', target: 'valueOf' },
      { source: 'valueOf', target: 'isPrototypeOf' },
    ],
    weights: idRecord([['__proto__', layer(4, 2, 1)]]),
    training: { dataset: 'xor', optimizer: 'adam', lr: 0.03, batchSize: 10, epochs: 5, seed: 1 },
  };
  return JSON.parse(JSON.stringify(model));
}

/** Object.prototype's own property names and values, to check after a test that nothing was added or replaced. */
export function prototypeState(): [string, unknown][] {
  return Object.getOwnPropertyNames(Object.prototype).map((name) => [name, Object.getOwnPropertyDescriptor(Object.prototype, name)!.value]);
}
