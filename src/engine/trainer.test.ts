import { describe, expect, it } from 'vitest';
import { activation, batchNorm, chain, dense, dropout, graph, input, loss } from '../compiler/testModels.ts';
import { DATASETS, type DenseWeights, type NodeWeights, type OptimizerName } from '../model/index.ts';
import type { Dataset } from './datasets/dataset.ts';
import { BatchTooSmallError } from './batchTooSmall.ts';
import { generateDataset } from './datasets/index.ts';
import { CROSS_ENTROPY_CEILING } from './losses.ts';
import type { NetworkOptions } from './network.ts';
import { networkFor, stackNetwork } from './testNetworks.ts';
import { createTrainer, describeDivergedLoss, TrainingDivergedError, type Hyperparameters } from './trainer.ts';

const xorNetwork = (options: NetworkOptions) =>
  stackNetwork(2, [{ units: 8, fn: 'tanh' }, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy', options);

function xorTrainer(hyper: Partial<Hyperparameters> = {}, seed = 1) {
  const network = xorNetwork({ seed });
  const dataset = generateDataset('xor', { seed, outputSize: 1, noise: 0.1 });
  return createTrainer(network, dataset, { optimizer: 'adam', lr: 0.03, batchSize: 10, l2: 0, ...hyper }, seed);
}

/** A dataset of one training row, so every step's batch is known. */
function oneRowDataset(): { dataset: Dataset; x: Float32Array; y: Float32Array } {
  const row = { x: Float32Array.of(0.5, -1), y: Float32Array.of(1), count: 1 };
  return { dataset: { info: DATASETS.xor, inputSize: 2, outputSize: 1, train: row, test: row, extent: null }, x: row.x, y: row.y };
}

/** The TrainingDivergedError `train` throws (the test fails when it throws nothing else). */
function divergence(train: () => void): TrainingDivergedError {
  let error: unknown;
  try {
    train();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(TrainingDivergedError);
  return error as TrainingDivergedError;
}

/** Whether every value of every tensor is finite. */
const allFinite = (weights: Record<string, NodeWeights>) =>
  Object.values(weights).flatMap((tensors) => Object.values(tensors).flat(2)).every(Number.isFinite);

/** Every kernel value of a network, flattened in `denseIds` order. */
function kernels(weights: Record<string, NodeWeights>, ids: readonly string[]): number[] {
  return ids.flatMap((id) => (weights[id]!.kernel as number[][]).flat());
}

/** The loss of every step and the final weights. */
function run(steps: number, optimizer: OptimizerName, seed: number) {
  const trainer = xorTrainer({ optimizer }, seed);
  const losses = Array.from({ length: steps }, () => trainer.step().loss);
  return { losses, weights: trainer.network.weights() };
}

describe('createTrainer', () => {
  it('learns xor to at least 95 % test accuracy', () => {
    const trainer = xorTrainer();
    while (trainer.epoch < 100) trainer.step();
    expect(trainer.evaluate('test').accuracy).toBeGreaterThanOrEqual(0.95);
    expect(trainer.evaluate('train').loss).toBeLessThan(0.15);
  });

  it('repeats a run bit for bit from the same seed, for every optimizer', () => {
    for (const optimizer of ['sgd', 'momentum', 'adam'] as const) {
      expect(run(60, optimizer, 4)).toEqual(run(60, optimizer, 4));
    }
    expect(run(60, 'adam', 4).losses).not.toEqual(run(60, 'adam', 5).losses);
  });

  it('counts steps and epochs: every row once per epoch, the last batch smaller', () => {
    const trainer = xorTrainer({ batchSize: 16 });
    // 400 samples at trainFraction 0.5 → 200 training rows → 13 batches
    expect(trainer.stepsPerEpoch).toBe(13);
    let metrics = trainer.step();
    expect(metrics).toMatchObject({ step: 1, epoch: 1 });
    for (let i = 1; i < 13; i++) metrics = trainer.step();
    expect(metrics).toMatchObject({ step: 13, epoch: 1 });
    expect(trainer.epoch).toBe(1);
    expect(trainer.step()).toMatchObject({ step: 14, epoch: 2 });
  });

  it('reports one finite, positive gradient norm per dense layer', () => {
    const { gradNorms } = xorTrainer().step();
    expect(gradNorms).toHaveLength(2);
    for (const norm of gradNorms) {
      expect(Number.isFinite(norm)).toBe(true);
      expect(norm).toBeGreaterThan(0);
    }
  });

  it('reports the gradient norms of the loss alone, weight decay left out', () => {
    const plain = Array.from(xorTrainer({ l2: 0 }).step().gradNorms);
    expect(Array.from(xorTrainer({ l2: 0.5 }).step().gradNorms)).toEqual(plain);
  });

  it('keeps the momentum when only the learning rate changes: the next step uses the new rate on the old velocity', () => {
    const { dataset, x, y } = oneRowDataset();
    const network = xorNetwork({ seed: 3, dtype: 'float64' });
    const trainer = createTrainer(network, dataset, { optimizer: 'momentum', lr: 0.1, batchSize: 1, l2: 0 }, 3);
    for (let i = 0; i < 4; i++) trainer.step();
    const w4 = kernels(network.weights(), network.denseIds);
    trainer.step();
    const w5 = kernels(network.weights(), network.denseIds);
    const g6 = kernels(network.lossAndGradients(x, y, 1).grads, network.denseIds);
    trainer.setHyperparameters({ lr: 0.05 });
    trainer.step();
    const w6 = kernels(network.weights(), network.denseIds);
    // v5 = (w4 − w5) / 0.1; v6 = 0.9 · v5 + g6; w6 = w5 − 0.05 · v6 (a reset optimizer would step by 0.05 · g6 alone)
    w6.forEach((w, i) => {
      const v5 = (w4[i]! - w5[i]!) / 0.1;
      expect(w).toBeCloseTo(w5[i]! - 0.05 * (0.9 * v5 + g6[i]!), 12);
    });
    expect(w6.some((w, i) => Math.abs(w - (w5[i]! - 0.05 * g6[i]!)) > 1e-9)).toBe(true);
  });

  it('applies the chosen optimizer to the batch gradient, decaying kernels but not biases', () => {
    const { dataset, x, y } = oneRowDataset();
    const network = xorNetwork({ seed: 3, dtype: 'float64' });
    const trainer = createTrainer(network, dataset, { optimizer: 'adam', lr: 0.05, batchSize: 1, l2: 0 }, 3);
    trainer.step();
    trainer.setHyperparameters({ optimizer: 'sgd', lr: 0.1, l2: 0.5 });
    const before = network.weights() as Record<string, DenseWeights>;
    const grads = network.lossAndGradients(x, y, 1).grads as Record<string, DenseWeights>;
    trainer.step();
    const after = network.weights() as Record<string, DenseWeights>;
    for (const id of network.denseIds) {
      after[id]!.kernel.flat().forEach((w, i) => {
        const w0 = before[id]!.kernel.flat()[i]!;
        expect(w).toBeCloseTo(w0 - 0.1 * (grads[id]!.kernel.flat()[i]! + 0.5 * w0), 12);
      });
      after[id]!.bias!.forEach((b, i) => expect(b).toBeCloseTo(before[id]!.bias![i]! - 0.1 * grads[id]!.bias![i]!, 12));
    }
  });

  it('carries on at a larger batch size', () => {
    const trainer = xorTrainer({ batchSize: 4 });
    trainer.step();
    trainer.setHyperparameters({ batchSize: 64 });
    expect(trainer.stepsPerEpoch).toBe(4);
    expect(Number.isFinite(trainer.step().loss)).toBe(true);
  });

  it('stops with TrainingDivergedError naming the step and epoch when the loss blows up', () => {
    const network = stackNetwork(2, [{ units: 16, fn: 'relu' }, { units: 1 }], 'mse', { seed: 1 });
    const dataset = generateDataset('regression', { seed: 1, outputSize: 1 });
    const trainer = createTrainer(network, dataset, { optimizer: 'sgd', lr: 1e6, batchSize: 10, l2: 0 }, 1);
    const diverged = divergence(() => {
      for (let i = 0; i < 1000; i++) trainer.step();
    });
    expect(diverged.step).toBe(trainer.stepCount + 1);
    // Whichever comes first: the loss overflows, or an update would overflow the weights.
    const what = diverged.weight === undefined ? `Loss became ${describeDivergedLoss(diverged.loss)}` : `Weights became ${describeDivergedLoss(diverged.weight)}`;
    expect(diverged.message).toBe(`${what} at step ${diverged.step} (epoch ${diverged.epoch}) — try a lower learning rate`);
    expect(Number.isFinite(diverged.weight ?? diverged.loss)).toBe(false);
  });

  it('stops when an update would make weights NaN, keeping those of the last good step (issue 15 item 1)', () => {
    // The issue's example: a regression model (mse), SGD at lr 1e20. Step 1 is finite; step 2's
    // loss (~1e40) is finite in float64, and its update turned every weight into NaN.
    const network = stackNetwork(2, [{ units: 8, fn: 'tanh' }, { units: 1 }], 'mse', { seed: 1 });
    const dataset = generateDataset('regression', { seed: 1, outputSize: 1 });
    const trainer = createTrainer(network, dataset, { optimizer: 'sgd', lr: 1e20, batchSize: 10, l2: 0 }, 1);
    trainer.step();
    const afterFirst = network.weights();
    const diverged = divergence(() => trainer.step());
    expect(Number.isFinite(diverged.loss)).toBe(true);
    expect(diverged.message).toMatch(/^Weights became (NaN|-?Infinity) at step 2 \(epoch 1\) — try a lower learning rate$/);
    expect(network.weights()).toEqual(afterFirst);
    expect(allFinite(afterFirst)).toBe(true);
    expect(trainer.stepCount).toBe(1);
  });

  it('puts the moving statistics back too when a step diverges, so a BatchNorm network keeps the last good step’s state', () => {
    const model = graph(
      [input('x', 2), dense('h', 8), batchNorm('bn'), activation('r', 'relu'), dense('o', 1), loss('L', 'mse')],
      [['x', 'h'], ['h', 'bn'], ['bn', 'r'], ['r', 'o'], ['o', 'L']],
    );
    const network = networkFor(model, { seed: 1 });
    const dataset = generateDataset('regression', { seed: 1, outputSize: 1 });
    const trainer = createTrainer(network, dataset, { optimizer: 'sgd', lr: 1e25, batchSize: 10, l2: 0 }, 1);
    let before = network.weights();
    divergence(() => {
      for (let i = 0; i < 50; i++) {
        before = network.weights();
        trainer.step();
      }
    });
    expect(network.weights()).toEqual(before);
    expect(allFinite(before)).toBe(true);
  });

  it('stops when a batch overflows a moving variance though the loss stays finite, and puts it back (found by the fuzz suite)', () => {
    // Activations of ~1e19 are fine in float32 and BatchNorm normalises them, so the loss is
    // finite; their batch variance (~1e38) moved into the float32 moving variance is not.
    const big = 1e19;
    const model = graph(
      [input('x', 2), dense('d', 2), batchNorm('bn', 0.9), dense('o', 1), loss('L', 'mse')],
      chain('x', 'd', 'bn', 'o', 'L'),
      { weights: { d: { kernel: [[big, -big], [big, big]], bias: [0, 0] } } },
    );
    const network = networkFor(model, { seed: 1, kernels: 'js' });
    const dataset = generateDataset('regression', { seed: 1, outputSize: 1 });
    const trainer = createTrainer(network, dataset, { optimizer: 'sgd', lr: 0.01, batchSize: 16, l2: 0 }, 1);
    const before = network.weights();
    const diverged = divergence(() => trainer.step());
    expect(diverged).toMatchObject({ message: 'Weights became Infinity at step 1 (epoch 1) — try a lower learning rate', weight: Infinity });
    expect(Number.isFinite(diverged.loss)).toBe(true);
    expect(network.weights()).toEqual(before);
    expect(allFinite(before)).toBe(true);
  });

  it('stops a cross-entropy run whose loss is finite but past what float32 probabilities can hold', () => {
    // Fused BCE stays finite however wrong the network is; at lr 1e6 it reaches ~1e6.
    const trainer = xorTrainer({ lr: 1e6 });
    const { loss, message } = divergence(() => {
      for (let i = 0; i < 2000; i++) trainer.step();
    });
    expect(loss).toBeGreaterThan(CROSS_ENTROPY_CEILING);
    expect(Number.isFinite(loss)).toBe(true);
    expect(message).toMatch(/^Loss became \d\.\d\de\+\d+ at step \d+ \(epoch \d+\) — try a lower learning rate$/);
  });

  it('never reaches the cross-entropy ceiling while training normally', () => {
    const trainer = xorTrainer();
    for (let i = 0; i < 2000; i++) expect(trainer.step().loss).toBeLessThan(CROSS_ENTROPY_CEILING);
  });

  it('reports accuracy for classification and null for regression', () => {
    const network = stackNetwork(2, [{ units: 4, fn: 'tanh' }, { units: 1 }], 'mse', { seed: 1 });
    const dataset = generateDataset('regression', { seed: 1, outputSize: 1 });
    const trainer = createTrainer(network, dataset, { optimizer: 'sgd', lr: 0.1, batchSize: 10, l2: 0 }, 1);
    expect(trainer.evaluate('test').accuracy).toBeNull();
    expect(xorTrainer().evaluate('test').accuracy).toEqual(expect.any(Number));
  });

  it('refuses a dataset whose widths do not match the network', () => {
    const network = xorNetwork({ seed: 1 });
    const iris = generateDataset('iris', { seed: 1, outputSize: 3 });
    expect(() => createTrainer(network, iris, { optimizer: 'sgd', lr: 0.1, batchSize: 10, l2: 0 }, 1)).toThrow(/iris is 4 → 3, the network 2 → 1/);
  });
});

/** x → dense 8 → `middle` → tanh → dense 1 → sigmoid → bce, on xor (200 training rows). */
function xorWith(middle: ReturnType<typeof batchNorm>, hyper: Partial<Hyperparameters>, seed = 1) {
  const model = graph(
    [input('x', 2), dense('h', 8), middle, activation('t', 'tanh'), dense('o', 1), activation('s', 'sigmoid'), loss('L', 'binary_cross_entropy')],
    chain('x', 'h', middle.id, 't', 'o', 's', 'L'),
  );
  const network = networkFor(model, { seed });
  const dataset = generateDataset('xor', { seed, outputSize: 1, noise: 0.1 });
  return createTrainer(network, dataset, { optimizer: 'sgd', lr: 0.1, batchSize: 16, l2: 0, ...hyper }, seed);
}

describe('training with BatchNorm and Dropout', () => {
  it('leaves out a last batch of one row with BatchNorm: 200 rows at batch size 199 are one step an epoch', () => {
    const trainer = xorWith(batchNorm('bn'), { batchSize: 199 });
    expect(trainer.stepsPerEpoch).toBe(1);
    expect(trainer.step()).toMatchObject({ step: 1, epoch: 1 });
    expect(trainer.epoch).toBe(1);
    expect(trainer.step()).toMatchObject({ step: 2, epoch: 2 });
    // Without BatchNorm the lone row is a batch of its own.
    expect(xorWith(dropout('d', 0), { batchSize: 199 }).stepsPerEpoch).toBe(2);
  });

  it('refuses a batch size of 1 with BatchNorm, up front and when it changes, keeping the old one', () => {
    expect(() => xorWith(batchNorm('bn'), { batchSize: 1 })).toThrow(BatchTooSmallError);
    const trainer = xorWith(batchNorm('bn'), { batchSize: 8 });
    expect(() => trainer.setHyperparameters({ batchSize: 1 })).toThrow('BatchNorm node "bn" needs at least 2 rows in a training batch');
    expect(trainer.hyperparameters.batchSize).toBe(8);
    expect(Number.isFinite(trainer.step().loss)).toBe(true);
  });

  it('updates BatchNorm’s moving statistics in training, never through the optimizer', () => {
    const trainer = xorWith(batchNorm('bn', 0.5), {});
    expect(trainer.network.parameters).toHaveLength(2 + 2 + 2);
    trainer.step();
    const { movingMean, movingVariance } = trainer.network.weights().bn!;
    expect(movingMean).not.toEqual(Array(8).fill(0));
    expect(movingVariance).not.toEqual(Array(8).fill(1));
  });

  it('repeats a dropout run bit for bit from the same seed, and another seed drops other values', () => {
    const losses = (seed: number) => {
      const trainer = xorWith(dropout('d', 0.5), {}, seed);
      return Array.from({ length: 30 }, () => trainer.step().loss);
    };
    expect(losses(3)).toEqual(losses(3));
    expect(losses(3)).not.toEqual(losses(4));
  });

  it('draws dropout masks from a stream of their own: adding a Dropout node leaves the initial weights as they were', () => {
    const withDropout = xorWith(dropout('d', 0.5), {}, 2);
    const without = xorWith(dropout('d', 0), {}, 2);
    expect(withDropout.network.weights()).toEqual(without.network.weights());
    // Dropout is the identity outside training, so both score the same before any step.
    expect(withDropout.evaluate('train')).toEqual(without.evaluate('train'));
  });
});
