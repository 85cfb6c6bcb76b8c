import { compileOrThrow, type CompiledNetwork } from '../compiler/index.ts';
import {
  dataReferenceOf,
  sameDataReference,
  withTrainingDefaults,
  type DataReference,
  type NetloomModel,
  type ResolvedTrainingSettings,
  type TrainingSettings,
} from '../model/index.ts';
import type { Dataset } from './datasets/dataset.ts';
import { resolveDataset, type DatasetProvider, type TableLookup } from './datasets/provider.ts';
import { createNetwork, type Network } from './network.ts';
import type { KernelChoice } from './kernels/index.ts';
import type { Dtype } from './tensor.ts';
import { createTrainer, type Hyperparameters, type Trainer } from './trainer.ts';

/** Which data a run trains on; changing any of these needs a new network and dataset. */
export interface DataSettings {
  /** The data: a generated set by name, or a table (built in, or a file by hash) and its columns. */
  source: DataReference;
  /** Seeds the dataset, the initial weights and the batch order. */
  seed: number;
  /** Jitter of a generated set's points, 0–1 (tables ignore it). */
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
  const resolved = withTrainingDefaults(training);
  const { seed, noise, trainFraction, optimizer, lr, batchSize, l2, epochs } = resolved;
  return {
    data: { source: dataReferenceOf(resolved), seed, noise, trainFraction },
    hyperparameters: { optimizer, lr, batchSize, l2 },
    epochs,
  };
}

/** Whether two data settings give the same dataset (and the same initial weights). */
export function sameData(a: DataSettings, b: DataSettings): boolean {
  return sameDataReference(a.source, b.source) && a.seed === b.seed && a.noise === b.noise && a.trainFraction === b.trainFraction;
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
  /**
   * The data, already resolved (the CLI resolves it first to report a bad choice of columns; a
   * reset keeps its rows with `fixedProvider`; the benchmarks bring synthetic rows). Default: the
   * provider `data.source` names.
   */
  provider?: DatasetProvider;
  /** The tables read so far, for a source that is a table (see `resolveDataset`). */
  tables?: TableLookup;
}

/**
 * reference → dataset provider → compile (against the provider's shape and task, and the batch
 * size) → rows → network → trainer: the one place a model becomes a training run (the worker, the
 * CLI, the tests and the benchmarks all call it). The network starts from the model's stored
 * weights where it has them and from `data.seed` elsewhere.
 * @throws CompileFailedError (naming nodes) when the graph does not compile against the dataset
 *   and batch size; TableError (naming the file and column) when the chosen columns do not fit the
 *   table; Error when the source is a table that `tables` does not hold.
 */
export function setUpTraining(
  model: NetloomModel,
  { data, hyperparameters }: Pick<TrainingPlan, 'data' | 'hyperparameters'>,
  { provider = undefined, tables, dtype, kernels }: SetupOptions = {},
): TrainingSetup {
  provider ??= resolveDataset(data.source, tables);
  const compiled = compileOrThrow(model, { dataset: provider.info, batchSize: hyperparameters.batchSize });
  const dataset = provider.load({ seed: data.seed, noise: data.noise, trainFraction: data.trainFraction, outputSize: compiled.outputSize });
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
