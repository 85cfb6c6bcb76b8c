import { activation, add, batchNorm, chain, dense, graph, input, loss } from '../../compiler/testModels.ts';
import { compileOrThrow } from '../../compiler/index.ts';
import type { NetloomModel } from '../../model/index.ts';
import { randomDag, VERIFIED_DAGS } from '../testDags.ts';
import { NORM_MODELS } from '../testNormModels.ts';
import { INLINE_WEIGHT_LIMIT } from './weightsCode.ts';

/** A network the PyTorch export is verified on, and what to compare: `training` adds the gradients and the optimizer steps to the forward pass. */
export interface VerifiedCase {
  label: string;
  model: NetloomModel;
  /** The figures are reported per group: the graphs of Dense, activations and merges, and the networks with normalisation and Dropout. */
  group: 'graphs' | 'norms';
  training: boolean;
  /** Also run the script's own `train()` for one epoch on the batch. */
  epoch: boolean;
}

/**
 * Heads and shapes the random DAGs leave out: mse on the output of an activation (no fused head,
 * even after a softmax), a multi-output sigmoid under binary cross-entropy, mse straight on an
 * Add, node ids that are not Python names, and a network too large for inline weights (.npz,
 * with a BatchNorm, whose num_batches_tracked is then set beside the arrays; no bias before it,
 * see `withoutBiasBeforeBatchNorm`).
 */
function extraModels(): { label: string; model: NetloomModel }[] {
  const unfused = (fn: 'tanh' | 'softmax') =>
    graph([input('x', 3), dense('h', 5), activation('a', 'relu'), dense('o', 3), activation('head', fn), loss('L', 'mse')], chain('x', 'h', 'a', 'o', 'head', 'L'), {
      training: { seed: 5 },
    });
  return [
    { label: 'mse after tanh', model: unfused('tanh') },
    { label: 'mse after softmax (not fused)', model: unfused('softmax') },
    {
      label: 'sigmoid head with 3 outputs',
      model: graph([input('x', 4), dense('h', 6), activation('a', 'leaky_relu'), dense('o', 3), activation('s', 'sigmoid'), loss('L', 'binary_cross_entropy')], chain('x', 'h', 'a', 'o', 's', 'L'), {
        training: { seed: 6 },
      }),
    },
    {
      label: 'mse on an Add, ids that are not Python names',
      model: graph(
        [input('in put', 3), dense('hidden layer-1', 4), activation('train', 'tanh'), dense('2nd', 4), dense('x', 4, false), add('sum'), loss('L', 'mse')],
        [['in put', 'hidden layer-1'], ['hidden layer-1', 'train'], ['train', '2nd'], ['in put', 'x'], ['2nd', 'sum', 'in0'], ['x', 'sum', 'in1'], ['sum', 'L']],
        { training: { seed: 7 } },
      ),
    },
    {
      label: `over ${INLINE_WEIGHT_LIMIT.toLocaleString('en')} weights (.npz), with a BatchNorm`,
      model: graph(
        [input('x', 8), dense('h1', 128, false), batchNorm('bn', 0.9), activation('a1', 'relu'), dense('h2', 96), activation('a2', 'sigmoid'), dense('o', 3), activation('s', 'softmax'), loss('L', 'cross_entropy')],
        chain('x', 'h1', 'bn', 'a1', 'h2', 'a2', 'o', 's', 'L'),
        { training: { seed: 8 } },
      ),
    },
  ];
}

/**
 * LayerNorm, BatchNorm (moving statistics away from 0 and 1) and Dropout, as a chain and on a
 * residual branch, under each head; each network twice. Dropout's masks come from torch's
 * generator in the script and from Netloom's in the engine, so training (gradients, steps,
 * moving statistics, and `train()` for an epoch, whose batches of 5 over 16 rows end in one row
 * that BatchNorm cannot train on) is compared with every Dropout at rate 0 and without the
 * biases that have no gradient (`withoutBiasBeforeBatchNorm`); the network as drawn, its Dropout
 * at rate 0.5 or 0.2, is compared in eval mode, forward only.
 */
function normalizationCases(): VerifiedCase[] {
  return NORM_MODELS.flatMap(({ shape, head, model: build }): VerifiedCase[] => {
    const model = build();
    const label = `LayerNorm, BatchNorm and Dropout, ${shape}, ${head} head`;
    const nodes = model.nodes.map((node) => (node.type === 'dropout' ? { ...node, params: { rate: 0 } } : node));
    const rateZero = { ...model, nodes, training: { ...model.training, batchSize: 5 } };
    return [
      { label: `${label}, Dropout rate 0, no bias before BatchNorm`, model: withoutBiasBeforeBatchNorm(rateZero), group: 'norms', training: true, epoch: true },
      { label: `${label}, Dropout at its rate, eval mode`, model, group: 'norms', training: false, epoch: false },
    ];
  });
}

/**
 * The model with `useBias: false` on every Dense that only BatchNorms read, as is usual before
 * BatchNorm (its beta is the shift). Such a bias has an exact gradient of 0, since BatchNorm
 * subtracts the batch's mean, so what the engines compute for it is rounding (1e-9 to 1e-7 in
 * float32); Adam divides a gradient by its own size (lr · g / (|g| + 1e-8)) and turns that noise
 * into a step of any size up to the learning rate, in either direction, in Netloom and in
 * PyTorch alike, and from the second step on the BatchNorm's moving mean carries it too. No two
 * implementations agree on noise, so the training checks leave such biases out.
 */
function withoutBiasBeforeBatchNorm(model: NetloomModel): NetloomModel {
  const { ops } = compileOrThrow(model);
  const byId = new Map(ops.map((op) => [op.nodeId, op]));
  const onlyBatchNormReads = (id: string) => byId.get(id)!.consumers.every((consumer) => byId.get(consumer)?.node.type === 'batch_norm');
  return { ...model, nodes: model.nodes.map((node) => (node.type === 'dense' && onlyBatchNormReads(node.id) ? { ...node, params: { ...node.params, useBias: false } } : node)) };
}

/** Every network the PyTorch export is run on, in one Python process. */
export const VERIFIED_CASES: readonly VerifiedCase[] = [
  ...[
    ...VERIFIED_DAGS.map(({ hidden, head, seed }) => ({ label: `random DAG, ${hidden} hidden, ${head} head`, model: randomDag(hidden, head, seed) })),
    ...extraModels(),
  ].map((graphCase): VerifiedCase => ({ ...graphCase, group: 'graphs', training: true, epoch: false })),
  ...normalizationCases(),
];
