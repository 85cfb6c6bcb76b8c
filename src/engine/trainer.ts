import type { OptimizerName } from '../model/index.ts';
import type { Dataset } from './datasets/dataset.ts';
import type { Network } from './network.ts';
import { createOptimizer, type Optimizer } from './optimizers.ts';
import { createRng, shuffleInPlace, type Rng } from './rng.ts';
import type { FloatArray } from './tensor.ts';

/** What a training run can change between steps. */
export interface Hyperparameters {
  optimizer: OptimizerName;
  lr: number;
  batchSize: number;
  /** L2 weight decay on kernels (biases are not decayed): adds l2 · w to each kernel gradient; 0 for none. */
  l2: number;
}

/** What one step reports. */
export interface StepMetrics {
  /** Steps taken so far, this one included (the first step is 1). */
  step: number;
  /** The epoch this step belongs to, counted from 1. */
  epoch: number;
  /** Mean loss of the mini-batch before the update (without the L2 term). */
  loss: number;
  /** L2 norm of each dense kernel's gradient of the loss (weight decay left out), in `network.denseIds` order. */
  gradNorms: Float64Array;
}

/**
 * Watches training steps from inside (statistics such as `NetworkProbe`): called after the
 * backward pass (gradients in place, before weight decay and the update), after the update,
 * and when an epoch ends.
 */
export interface StepObserver {
  /** `step` is the step being taken, counted from 1. */
  afterBackward(step: number): void;
  afterUpdate(): void;
  epochEnded(): void;
}

/** Loss and accuracy over a whole split; accuracy is null for regression. */
export interface SplitScore {
  loss: number;
  accuracy: number | null;
}

/** A diverged loss (or weight) as the stop message shows it: NaN, Infinity, or 3 significant digits. */
export function describeDivergedLoss(loss: number): string {
  if (Number.isNaN(loss)) return 'NaN';
  return Number.isFinite(loss) ? loss.toPrecision(3) : String(loss);
}

/**
 * Training stopped here, and the weights are those of the last good step: the loss went NaN,
 * infinite, or past what float32 probabilities can express (nothing was updated), or the
 * update would have left a weight that is not finite (`weight`, which was put back).
 */
export class TrainingDivergedError extends Error {
  constructor(
    readonly step: number,
    readonly epoch: number,
    readonly loss: number,
    /** The first weight (or moving statistic) the refused step made NaN or infinite; undefined when the loss diverged. */
    readonly weight?: number,
  ) {
    const what = weight === undefined ? `Loss became ${describeDivergedLoss(loss)}` : `Weights became ${describeDivergedLoss(weight)}`;
    super(`${what} at step ${step} (epoch ${epoch}) — try a lower learning rate`);
    this.name = 'TrainingDivergedError';
  }
}

/**
 * Mini-batch training of a network on a dataset's train split. Each epoch visits every training
 * row once, in an order shuffled by the seeded RNG; the last batch of an epoch may be smaller.
 * When it would be smaller than the network can train on (one row, with BatchNorm), it is left
 * out, as PyTorch's `drop_last` does; the order is reshuffled every epoch, so a different row
 * sits out each time.
 */
export class Trainer {
  private readonly rng: Rng;
  private readonly order: Int32Array;
  private readonly metrics: StepMetrics;
  private hyper: Hyperparameters;
  private optimizer: Optimizer;
  private batchX: FloatArray;
  private batchY: FloatArray;
  private cursor = 0;
  private epochsDone = 0;
  private steps = 0;
  private observer: StepObserver | null = null;

  constructor(
    readonly network: Network,
    readonly dataset: Dataset,
    hyperparameters: Hyperparameters,
    seed: number,
  ) {
    if (dataset.inputSize !== network.inputSize || dataset.outputSize !== network.outputSize) {
      throw new Error(
        `dataset ${dataset.info.name} is ${dataset.inputSize} → ${dataset.outputSize}, the network ${network.inputSize} → ${network.outputSize}`,
      );
    }
    network.checkTrainingRows(hyperparameters.batchSize);
    this.rng = createRng(seed, 'batches');
    this.order = Int32Array.from({ length: dataset.train.count }, (_, i) => i);
    this.metrics = { step: 0, epoch: 0, loss: NaN, gradNorms: new Float64Array(network.denseIds.length) };
    this.hyper = { ...hyperparameters };
    // The network's backend holds the batch and the optimizer state next to the parameters.
    this.optimizer = createOptimizer(this.hyper.optimizer, network.parameters, network.backend);
    this.batchX = network.backend.allocate(this.hyper.batchSize * network.inputSize);
    this.batchY = network.backend.allocate(this.hyper.batchSize * network.outputSize);
  }

  /** Completed epochs. */
  get epoch(): number {
    return this.epochsDone;
  }

  /** Steps taken so far. */
  get stepCount(): number {
    return this.steps;
  }

  /** Mini-batches per epoch at the current batch size (a last batch too small to train on not counted). */
  get stepsPerEpoch(): number {
    const { count } = this.dataset.train;
    const remainder = count % this.hyper.batchSize;
    const full = Math.floor(count / this.hyper.batchSize);
    return remainder >= this.network.minTrainingRows ? full + 1 : full;
  }

  get hyperparameters(): Readonly<Hyperparameters> {
    return this.hyper;
  }

  /** Attaches an observer to every following step (null: none, and no work for it). */
  observe(observer: StepObserver | null): void {
    this.observer = observer;
  }

  /**
   * Trains on the next mini-batch. Returns the same metrics object every time, overwritten by
   * the next step (copy what you keep), so a step allocates nothing.
   * @throws TrainingDivergedError when the loss is NaN, infinite or over the network's loss
   *   ceiling (no update is applied), or when the step would leave a weight or a moving statistic
   *   that is not finite (from a NaN or infinite gradient, a step past float32's range, or a
   *   batch whose variance overflows: it is undone).
   */
  step(): StepMetrics {
    const { network, dataset } = this;
    if (this.cursor === 0) this.shuffle();
    const rows = Math.min(this.hyper.batchSize, dataset.train.count - this.cursor);
    this.gatherBatch(rows);
    const loss = network.computeGradients(this.batchX, this.batchY, rows);
    const epoch = this.epochsDone + 1;
    // Written so that NaN fails the comparison too; Infinity fails the first, whatever the ceiling.
    if (!(Number.isFinite(loss) && loss <= network.lossCeiling)) {
      network.restoreState();
      throw new TrainingDivergedError(this.steps + 1, epoch, loss);
    }
    const badState = network.nonFiniteState();
    if (badState !== undefined) {
      network.restoreState();
      throw new TrainingDivergedError(this.steps + 1, epoch, loss, badState);
    }
    // Measured before weight decay joins in: with L2 on, l2 · w would mask a vanishing gradient.
    network.kernelGradNorms(this.metrics.gradNorms);
    const { observer } = this;
    observer?.afterBackward(this.steps + 1);
    if (this.hyper.l2 > 0) network.addWeightDecay(this.hyper.l2);
    const badWeight = this.optimizer.update(this.hyper.lr);
    if (badWeight !== undefined) {
      // The weights are back as they were, and so are the moving statistics; the optimizer's
      // moments are not, so it starts afresh.
      network.restoreState();
      this.optimizer.dispose();
      this.optimizer = createOptimizer(this.hyper.optimizer, network.parameters, network.backend);
      throw new TrainingDivergedError(this.steps + 1, epoch, loss, badWeight);
    }
    observer?.afterUpdate();
    this.steps += 1;
    this.cursor += rows;
    // Whatever is left is too few rows for a batch (none, or one with BatchNorm): the epoch is over.
    if (dataset.train.count - this.cursor < network.minTrainingRows) {
      this.cursor = 0;
      this.epochsDone += 1;
      observer?.epochEnded();
    }
    this.metrics.step = this.steps;
    this.metrics.epoch = epoch;
    this.metrics.loss = loss;
    return this.metrics;
  }

  /** Loss and accuracy of the current weights over a whole split. */
  evaluate(split: 'train' | 'test'): SplitScore {
    const { x, y, count } = this.dataset[split];
    const { loss, accuracy } = this.network.score(x, y, count);
    return { loss, accuracy: this.dataset.info.task.kind === 'classification' ? accuracy : null };
  }

  /**
   * Changes hyperparameters between steps. Optimizer state (momentum, Adam moments) is kept
   * unless the optimizer itself changes; the current epoch carries on at the new batch size.
   * @throws BatchTooSmallError (changing nothing) for a batch size the network cannot train on.
   */
  setHyperparameters(changes: Partial<Hyperparameters>): void {
    const { network } = this;
    const next = { ...this.hyper, ...changes };
    network.checkTrainingRows(next.batchSize);
    const { backend } = network;
    if (next.optimizer !== this.hyper.optimizer) {
      this.optimizer.dispose();
      this.optimizer = createOptimizer(next.optimizer, network.parameters, backend);
    }
    if (next.batchSize > this.hyper.batchSize) {
      backend.release(this.batchX);
      backend.release(this.batchY);
      this.batchX = backend.allocate(next.batchSize * network.inputSize);
      this.batchY = backend.allocate(next.batchSize * network.outputSize);
    }
    this.hyper = next;
  }

  /** A new order, shuffled from the previous one. */
  private shuffle(): void {
    shuffleInPlace(this.order, this.rng);
  }

  private gatherBatch(rows: number): void {
    const { x, y } = this.dataset.train;
    copyRows(x, this.batchX, this.order, this.cursor, rows, this.network.inputSize);
    copyRows(y, this.batchY, this.order, this.cursor, rows, this.network.outputSize);
  }
}

/** Creates a trainer; `seed` drives the mini-batch order. */
export function createTrainer(network: Network, dataset: Dataset, hyperparameters: Hyperparameters, seed: number): Trainer {
  return new Trainer(network, dataset, hyperparameters, seed);
}

/** Copies rows order[from .. from + rows) of `source` into the first rows of `target`. */
function copyRows(source: Float32Array, target: FloatArray, order: Int32Array, from: number, rows: number, width: number): void {
  for (let b = 0; b < rows; b++) {
    const src = order[from + b]! * width;
    const dst = b * width;
    for (let k = 0; k < width; k++) target[dst + k] = source[src + k]!;
  }
}
