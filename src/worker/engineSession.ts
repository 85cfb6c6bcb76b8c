/** The training loop's session on the real engine: one `setUpTraining` run, stepped by the loop. */
import { fixedProvider, predictionViews, setUpTraining, type Dataset, type KernelChoice, type Network, type TableLookup, type Trainer, type TrainingPlan } from '../engine/index.ts';
import type { NetloomModel } from '../model/index.ts';
import { decisionBoundary, planePoints, type PlanePoints } from './decisionBoundary.ts';
import type { InitMessage, TrainingSession } from './loopContracts.ts';
import type { Hyperparameters } from './protocol.ts';

class EngineSession implements TrainingSession {
  private network: Network;
  private trainer: Trainer;
  private readonly dataset: Dataset;
  private readonly points: PlanePoints | null;

  constructor(
    private readonly model: NetloomModel,
    private readonly plan: Pick<TrainingPlan, 'data' | 'hyperparameters'>,
    private readonly kernels: KernelChoice,
    tables: TableLookup | undefined,
  ) {
    const setup = setUpTraining(model, plan, { kernels, tables });
    this.network = setup.network;
    this.trainer = setup.trainer;
    this.dataset = setup.dataset;
    this.points = planePoints(setup.dataset);
  }

  get denseIds(): string[] {
    return this.network.denseIds;
  }

  get stepsPerEpoch(): number {
    return this.trainer.stepsPerEpoch;
  }

  get completedEpochs(): number {
    return this.trainer.epoch;
  }

  get batchSize(): number {
    return this.trainer.hyperparameters.batchSize;
  }

  step() {
    return this.trainer.step();
  }

  evaluate(split: 'train' | 'test') {
    return this.trainer.evaluate(split);
  }

  setHyperparameters(changes: Partial<Hyperparameters>): void {
    this.trainer.setHyperparameters(changes);
  }

  weightSnapshot() {
    return this.network.weightSnapshot();
  }

  boundary() {
    return this.points && decisionBoundary(this.network, this.points);
  }

  predictions() {
    return predictionViews(this.network, this.dataset);
  }

  /** The same rows, new weights from the seed (never the model's stored ones), the current hyperparameters. */
  reset(): void {
    const plan = { data: this.plan.data, hyperparameters: this.trainer.hyperparameters };
    const setup = setUpTraining({ ...this.model, weights: undefined }, plan, { kernels: this.kernels, provider: fixedProvider(this.dataset) });
    this.network = setup.network;
    this.trainer = setup.trainer;
  }
}

/**
 * Builds a session from an `init` message, on the tables the worker has read for it. Throws the
 * compiler's CompileFailedError, naming nodes, when the graph cannot train (the UI disables Train
 * for those, so this is a last line of defence), and the error reading the table, if any.
 */
export function createEngineSession({ model, data, hyperparameters, kernels = 'auto' }: InitMessage, tables?: TableLookup): TrainingSession {
  return new EngineSession(model, { data, hyperparameters }, kernels, tables);
}
