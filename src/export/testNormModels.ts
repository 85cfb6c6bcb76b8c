import { activation, add, batchNorm, dense, dropout, graph, input, layerNorm, loss, type Wire } from '../compiler/testModels.ts';
import { compileOrThrow } from '../compiler/index.ts';
import { createRng } from '../engine/index.ts';
import type { ModelNode, NetloomModel, NodeWeights } from '../model/index.ts';

/** The heads the networks with LayerNorm, BatchNorm and Dropout are verified under. */
export const NORM_HEADS = ['softmax', 'sigmoid', 'mse'] as const;
export type NormHead = (typeof NORM_HEADS)[number];

/** Ends `nodes` (the last one read by the head) with dense `out` → the head's activation → its loss. */
function withHead(nodes: ModelNode[], wires: Wire[], head: NormHead, seed: number): NetloomModel {
  const last = nodes.at(-1)!.id;
  const outputs = head === 'softmax' ? 3 : head === 'sigmoid' ? 1 : 2;
  const tail: ModelNode[] = [dense('out', outputs), ...(head === 'mse' ? [] : [activation('head', head)])];
  tail.push(loss('L', head === 'softmax' ? 'cross_entropy' : head === 'sigmoid' ? 'binary_cross_entropy' : 'mse'));
  const ids = [last, ...tail.map((node) => node.id)];
  const model = graph([...nodes, ...tail], [...wires, ...ids.slice(1).map((id, i): Wire => [ids[i]!, id])], { name: `norms-${head}`, training: { seed } });
  return withNormalisationWeights(model, seed);
}

/** x(4) → d1(6) → bn → relu → drop → d2(5) → ln → tanh: every new kind on a chain. */
export function normChainModel(head: NormHead, seed = 3): NetloomModel {
  const nodes = [input('x', 4), dense('d1', 6), batchNorm('bn', 0.9, 0.01), activation('r', 'relu'), dropout('drop', 0.5), dense('d2', 5), layerNorm('ln', 0.002), activation('t', 'tanh')];
  return withHead(nodes, nodes.slice(1).map((node, i): Wire => [nodes[i]!.id, node.id]), head, seed);
}

/**
 * x(3) → d1(4) → bn → sigmoid `s`; s → d2(4) → ln → tanh → drop → Add(·, s) → d3(4) → bn2:
 * normalisation on a residual branch. The tanh gives ln's beta a gradient: bn2 subtracts the
 * batch's mean, which cancels a shift of its input, so a shift that reached it through linear
 * steps only (Dropout, the Add, d3) would have a gradient of exactly 0 (and a ReLU is linear on
 * a feature it passes in every row).
 */
export function normDagModel(head: NormHead, seed = 5): NetloomModel {
  const nodes = [
    input('x', 3), dense('d1', 4), batchNorm('bn'), activation('s', 'sigmoid'),
    dense('d2', 4), layerNorm('ln'), activation('t', 'tanh'), dropout('drop', 0.2), add('sum'), dense('d3', 4), batchNorm('bn2', 0.5),
  ];
  const wires: Wire[] = [
    ['x', 'd1'], ['d1', 'bn'], ['bn', 's'], ['s', 'd2'], ['d2', 'ln'], ['ln', 't'], ['t', 'drop'], ['drop', 'sum', 'in0'], ['s', 'sum', 'in1'], ['sum', 'd3'], ['d3', 'bn2'],
  ];
  return withHead(nodes, wires, head, seed);
}

/** Random scales, shifts and moving statistics (as after training), so no export passes by leaning on 1, 0, 0 and 1. */
function withNormalisationWeights(model: NetloomModel, seed: number): NetloomModel {
  const rng = createRng(seed, 'weights');
  const vector = (width: number, draw: () => number) => Array.from({ length: width }, draw);
  const weights: Record<string, NodeWeights> = {};
  for (const op of compileOrThrow(model).ops) {
    const width = op.width;
    if (op.node.type !== 'layer_norm' && op.node.type !== 'batch_norm') continue;
    weights[op.nodeId] = { gamma: vector(width, () => 0.5 + rng.uniform()), beta: vector(width, () => rng.normal()) };
    if (op.node.type === 'batch_norm') {
      weights[op.nodeId] = { ...weights[op.nodeId], movingMean: vector(width, () => rng.normal()), movingVariance: vector(width, () => 0.2 + 3 * rng.uniform()) };
    }
  }
  return { ...model, weights };
}

/** Both networks under every head: LayerNorm, BatchNorm (moving statistics away from 0 and 1) and Dropout, as a chain and on a residual branch. */
export const NORM_MODELS = NORM_HEADS.flatMap((head) => [
  { shape: 'chain', head, model: () => normChainModel(head) },
  { shape: 'DAG', head, model: () => normDagModel(head) },
]);
