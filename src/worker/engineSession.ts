/** The training loop's session on the real engine: one `setUpTraining` run, stepped by the loop. */
import { setUpTraining, type KernelChoice, type Network, type Trainer, type TrainingPlan } from '../engine/index.ts';
import type { NetloomModel } from '../model/index.ts';
import { decisionBoundary, planePoints, type PlanePoints } from './decisionBoundary.ts';
import type { InitMessage, TrainingSession } from './loopContracts.ts';
import type { Hyperparameters } from './protocol.ts';

class EngineSession implements TrainingSession {
  private network: Network;
  private trainer: Trainer;
  private readonly points: PlanePoints | null;

  constructor(
    private readonly model: NetloomModel,
    private readonly plan: Pick<TrainingPlan, 'data' | 'hyperparameters'>,
    private readonly kernels: KernelChoice,
  ) {
    const setup = setUpTraining(model, plan, { kernels });
    this.network = setup.network;
    this.trainer = setup.trainer;
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

  /** The same data, new weights from the seed (never the model's stored ones), the current hyperparameters. */
  reset(): void {
    const plan = { data: this.plan.data, hyperparameters: this.trainer.hyperparameters };
    const setup = setUpTraining({ ...this.model, weights: undefined }, plan, { kernels: this.kernels });
    this.network = setup.network;
    this.trainer = setup.trainer;
  }
}

/**
 * Builds a session from an `init` message. Throws the compiler's CompileFailedError, naming
 * nodes, when the graph cannot train (the UI disables Train for those, so this is a last line of defence).
 */
export function createEngineSession({ model, data, hyperparameters, kernels = 'auto' }: InitMessage): TrainingSession {
  return new EngineSession(model, { data, hyperparameters }, kernels);
}
