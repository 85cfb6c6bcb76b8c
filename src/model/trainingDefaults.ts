import { isFileSource, type DataSource } from './dataSource.ts';
import { DEFAULT_DATASET } from './dataReference.ts';
import type { DatasetName } from './datasets.ts';
import type { OptimizerName } from './functions.ts';
import type { TrainingSettings } from './types.ts';

/** Every training setting, none left out: what a run actually uses. */
export interface ResolvedTrainingSettings {
  /** The built-in dataset; absent only when `data` names a file, which replaces it. */
  dataset?: DatasetName;
  /** The table's file and the columns chosen (see `dataSourceSchema`), when the model has them. */
  data?: DataSource;
  optimizer: OptimizerName;
  lr: number;
  batchSize: number;
  epochs: number;
  seed: number;
  noise: number;
  trainFraction: number;
  l2: number;
}

/** What a run uses for a setting the model's `training` block leaves out (editor and CLI alike). */
export const TRAINING_DEFAULTS: Readonly<Required<Omit<ResolvedTrainingSettings, 'data'>>> = {
  dataset: DEFAULT_DATASET,
  optimizer: 'adam',
  lr: 0.01,
  batchSize: 16,
  epochs: 100,
  seed: 1,
  noise: 0,
  trainFraction: 0.5,
  l2: 0,
};

/**
 * The model's settings with the defaults filled in (unknown extra fields are not carried over).
 * `data` is carried as it is; the default dataset is filled in only when `data` names no file.
 */
export function withTrainingDefaults(training: TrainingSettings | Partial<ResolvedTrainingSettings> = {}): ResolvedTrainingSettings {
  const defaults = TRAINING_DEFAULTS;
  const { data } = training;
  return {
    ...(isFileSource(data) ? {} : { dataset: training.dataset ?? defaults.dataset }),
    ...(data === undefined ? {} : { data }),
    optimizer: training.optimizer ?? defaults.optimizer,
    lr: training.lr ?? defaults.lr,
    batchSize: training.batchSize ?? defaults.batchSize,
    epochs: training.epochs ?? defaults.epochs,
    seed: training.seed ?? defaults.seed,
    noise: training.noise ?? defaults.noise,
    trainFraction: training.trainFraction ?? defaults.trainFraction,
    l2: training.l2 ?? defaults.l2,
  };
}
