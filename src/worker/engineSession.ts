/** The training loop's session on the real engine: compile, generate the data, build, train. */
import { compile, type CompiledNetwork } from '../compiler/index.ts';
import {
  createNetwork,
  createTrainer,
  generateDataset,
  TrainingDivergedError,
  type Dataset,
  type KernelChoice,
  type Network,
  type Trainer,
} from '../engine/index.ts';
import { decisionBoundary, planePoints, type PlanePoints } from './decisionBoundary.ts';
import type { Hyperparameters } from './protocol.ts';
import { DivergedError, type InitMessage, type StepReport, type TrainingSession } from './loopContracts.ts';

class EngineSession implements TrainingSession {
  private network: Network;
  private trainer: Trainer;
  private readonly points: PlanePoints | null;

  constructor(
    private readonly compiled: CompiledNetwork,
    private readonly dataset: Dataset,
    private readonly seed: number,
    hyperparameters: Hyperparameters,
    private readonly kernels: KernelChoice,
  ) {
    this.network = this.createNetwork(compiled, hyperparameters.batchSize);
    this.trainer = createTrainer(this.network, dataset, hyperparameters, seed);
    this.points = planePoints(dataset);
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

  step(): StepReport {
    try {
      return this.trainer.step();
    } catch (error) {
      if (error instanceof TrainingDivergedError) throw new DivergedError(error.step, error.epoch, error.loss);
      throw error;
    }
  }

  evaluate(split: 'train' | 'test') {
    return this.trainer.evaluate(split);
  }

  setHyperparameters(changes: Partial<Hyperparameters>): void {
    this.trainer.setHyperparameters(changes);
  }

  weights() {
    return this.network.weights();
  }

  boundary() {
    return this.points && decisionBoundary(this.network, this.points);
  }

  reset(): void {
    const layers = this.compiled.layers.map((layer) => (layer.kind === 'dense' ? { ...layer, weights: undefined } : layer));
    this.network = this.createNetwork({ ...this.compiled, layers }, this.trainer.hyperparameters.batchSize);
    this.trainer = createTrainer(this.network, this.dataset, this.trainer.hyperparameters, this.seed);
  }

  private createNetwork(compiled: CompiledNetwork, batchSize: number): Network {
    return createNetwork(compiled, { seed: this.seed, kernels: this.kernels, batchCapacity: batchSize });
  }
}

/**
 * Builds a session from an `init` message. Throws with the compiler's messages when the graph
 * cannot train (the UI disables Train for those, so this is a last line of defence).
 */
export function createEngineSession({ model, data, hyperparameters, kernels = 'auto' }: InitMessage): TrainingSession {
  const result = compile(model, { dataset: data.dataset });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join(' '));
  const dataset = generateDataset(data.dataset, {
    seed: data.seed,
    noise: data.noise,
    trainFraction: data.trainFraction,
    outputSize: result.network.outputSize,
  });
  return new EngineSession(result.network, dataset, data.seed, hyperparameters, kernels);
}
