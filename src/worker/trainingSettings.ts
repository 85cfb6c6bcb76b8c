import { withTrainingDefaults, type TrainingSettings } from '../model/index.ts';
import type { DataSettings, Hyperparameters } from './protocol.ts';

/** A model's `training` block (defaults filled in, as the CLI fills them) in the protocol's groups. */
export interface ResolvedTraining {
  data: DataSettings;
  hyperparameters: Hyperparameters;
  epochs: number;
}

export function resolveTraining(training: TrainingSettings | undefined): ResolvedTraining {
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
