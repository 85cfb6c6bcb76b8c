import { activation, chain, dense, graph, input, loss } from '../compiler/testModels.ts';
import { createRng, modelNetwork, type Rng } from '../engine/index.ts';
import { ACTIVATION_FNS, type ActivationFn, type ModelNode, type NetloomModel } from '../model/index.ts';

/** The two classification heads the exports are verified with. */
export const HEADS = ['softmax', 'sigmoid'] as const;
export type Head = (typeof HEADS)[number];

/** Every hidden activation × every head: the networks each export must reproduce. */
export const VERIFIED_NETWORKS = ACTIVATION_FNS.flatMap((hidden) => HEADS.map((head) => ({ hidden, head })));

/**
 * A random stack for the export tests: input → dense → `hidden` → dense without bias →
 * `hidden` → dense → dense → `head` → loss. The dense → dense pair and the missing bias cover
 * the cases the exporters treat specially. No weights: the engine initialises them from `seed`.
 */
export function randomModel(hidden: ActivationFn, head: Head, seed: number): NetloomModel {
  const rng = createRng(seed, 'data');
  const size = () => 2 + rng.int(6);
  const outputs = head === 'softmax' ? 2 + rng.int(3) : 1;
  const nodes: ModelNode[] = [
    input('x', size()),
    dense('d1', size()),
    activation('a1', hidden),
    dense('d2', size(), false),
    activation('a2', hidden),
    dense('d3', size()),
    dense('out', outputs),
    activation('head', head),
    loss('L', head === 'softmax' ? 'cross_entropy' : 'binary_cross_entropy'),
  ];
  return graph(nodes, chain(...nodes.map((node) => node.id)), { name: `random-${hidden}-${head}`, training: { seed } });
}

/** `rows` input rows uniform in [-3, 3): wide enough to reach every activation's bends and tails. */
export function randomInputs(rng: Rng, rows: number, width: number): Float32Array {
  return Float32Array.from({ length: rows * width }, () => 6 * rng.uniform() - 3);
}

/** What Netloom's own engine predicts, with the weights an export of `model` carries. */
export function enginePredict(model: NetloomModel, x: Float32Array, rows: number): Float32Array {
  return Float32Array.from(modelNetwork(model).predict(x, rows));
}

export function inputSizeOf(model: NetloomModel): number {
  const node = model.nodes.find((n) => n.type === 'input');
  if (node?.type !== 'input') throw new Error('model has no input node');
  return node.params.size;
}

/** The exports must reproduce the engine to this relative error (plus an absolute slack near zero each test states). */
export const RELATIVE_TOLERANCE = 1e-5;

/**
 * The absolute slack for a linear (mse) head: 1e-5 of the largest output of the batch. A linear
 * output that is a small difference of large terms carries the float32 rounding of those terms,
 * and the runtimes add them in other orders than the engine (onnxruntime's MLAS measured up to
 * 6.4e-4 relative at outputs near 0, yet within 1.4e-6 of the batch's largest output), so its
 * own relative error says nothing about the export. Probability heads need no such slack.
 */
export function linearOutputSlack(expected: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < expected.length; i++) largest = Math.max(largest, Math.abs(expected[i]!));
  return RELATIVE_TOLERANCE * largest;
}

/** Every value where `actual` strays from `expected` by more than `absoluteTolerance` + RELATIVE_TOLERANCE·|expected| (empty when they agree). */
export function outsideTolerance(actual: ArrayLike<number>, expected: ArrayLike<number>, absoluteTolerance: number): string[] {
  if (actual.length !== expected.length) return [`${actual.length} values, expected ${expected.length}`];
  const mismatches: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    // Written so that NaN fails.
    if (!(Math.abs(a - e) <= absoluteTolerance + RELATIVE_TOLERANCE * Math.abs(e))) mismatches.push(`[${i}] ${a} vs ${e}`);
  }
  return mismatches;
}
