import { compileOrThrow, type CompiledNetwork } from '../compiler/index.ts';
import { withTrainingDefaults, type DatasetName, type NetloomModel, type ResolvedTrainingSettings, type TrainingSettings } from '../model/index.ts';
import type { Dataset } from './datasets/dataset.ts';
import { generateDataset } from './datasets/index.ts';
import { createNetwork, type Network } from './network.ts';
import type { KernelChoice } from './kernels/index.ts';
import type { Dtype } from './tensor.ts';
import { createTrainer, type Hyperparameters, type Trainer } from './trainer.ts';

/** Which data a run trains on; changing any of these needs a new network and dataset. */
export interface DataSettings {
  dataset: DatasetName;
  /** Seeds the dataset, the initial weights and the batch order. */
  seed: number;
  noise: number;
  trainFraction: number;
}

/** A model's training settings, every default filled in, in the groups a run uses them in. */
export interface TrainingPlan {
  data: DataSettings;
  hyperparameters: Hyperparameters;
  /** Epochs a run trains before it stops by itself. */
  epochs: number;
}

/** The settings of a `training` block (defaults filled in), grouped. */
export function planTraining(training: TrainingSettings | ResolvedTrainingSettings | undefined): TrainingPlan {
  const { dataset, seed, noise, trainFraction, optimizer, lr, batchSize, l2, epochs } = withTrainingDefaults(training);
  return {
    data: { dataset, seed, noise, trainFraction },
    hyperparameters: { optimizer, lr, batchSize, l2 },
    epochs,
  };
}

/** Whether two data settings give the same dataset (and the same initial weights). */
export function sameData(a: DataSettings, b: DataSettings): boolean {
  return a.dataset === b.dataset && a.seed === b.seed && a.noise === b.noise && a.trainFraction === b.trainFraction;
}

/** Everything a run needs, wired together. */
export interface TrainingSetup {
  compiled: CompiledNetwork;
  dataset: Dataset;
  network: Network;
  trainer: Trainer;
}

export interface SetupOptions {
  dtype?: Dtype;
  /** The kernels the network runs on (default `auto`); its arena is planned for the run's batch size. */
  kernels?: KernelChoice;
  /** Rows to train on instead of the built-in dataset `data.dataset` names (the benchmarks' synthetic data). */
  dataset?: Dataset;
}

/**
 * compile → dataset → network → trainer: the one place a model becomes a training run (the
 * worker, the CLI, the tests and the benchmarks all call it). The network starts from the
 * model's stored weights where it has them and from `data.seed` elsewhere.
 * @throws CompileFailedError (naming nodes) when the graph does not compile against the dataset
 *   and batch size.
 */
export function setUpTraining(
  model: NetloomModel,
  { data, hyperparameters }: Pick<TrainingPlan, 'data' | 'hyperparameters'>,
  { dataset: given, dtype, kernels }: SetupOptions = {},
): TrainingSetup {
  const compiled = compileOrThrow(model, { dataset: given?.info ?? data.dataset, batchSize: hyperparameters.batchSize });
  const dataset =
    given ??
    generateDataset(data.dataset, { seed: data.seed, noise: data.noise, trainFraction: data.trainFraction, outputSize: compiled.outputSize });
  const network = createNetwork(compiled, { seed: data.seed, batchCapacity: hyperparameters.batchSize, ...(dtype ? { dtype } : {}), ...(kernels ? { kernels } : {}) });
  const trainer = createTrainer(network, dataset, hyperparameters, data.seed);
  return { compiled, dataset, network, trainer };
}

/**
 * The network a model describes, with no training attached (predict, grad, exports): stored
 * weights where the model has them, the rest drawn from the model's seed, as the editor shows.
 * @throws CompileFailedError when the graph does not compile.
 */
export function modelNetwork(model: NetloomModel, options: Pick<SetupOptions, 'dtype' | 'kernels'> = {}): Network {
  return createNetwork(compileOrThrow(model), { seed: withTrainingDefaults(model.training).seed, ...options });
}
