import type { Trainer } from '../engine/index.ts';

/** One line of the `--metrics` file: the state after an epoch. */
export interface EpochRecord {
  epoch: number;
  step: number;
  loss: number;
  /** Null for regression. */
  accuracy: number | null;
  testLoss: number;
  testAccuracy: number | null;
  /** Per dense node id: the mean over the epoch's steps of its kernel gradient's L2 norm (empty before any step). */
  gradNorms: Record<string, number>;
}

/** Where a run's time went, added up over its epochs: optimizer steps and the samples they took, and evaluation. */
export interface RunTiming {
  stepSeconds: number;
  samples: number;
  evalSeconds: number;
}

/**
 * Trains one epoch and evaluates both splits, adding the time of each to `timing`. Throws the
 * engine's TrainingDivergedError when the loss stops being finite.
 */
export function trainEpoch(trainer: Trainer, timing: RunTiming): EpochRecord {
  const { denseIds } = trainer.network;
  const normSums = new Float64Array(denseIds.length);
  const epoch = trainer.epoch + 1;
  let steps = 0;
  const started = performance.now();
  while (trainer.epoch < epoch) {
    const { gradNorms } = trainer.step();
    for (let i = 0; i < normSums.length; i++) normSums[i]! += gradNorms[i]!;
    steps += 1;
  }
  const trained = performance.now();
  timing.stepSeconds += (trained - started) / 1000;
  // An epoch visits every training row once.
  timing.samples += trainer.dataset.train.count;
  const scores = scoreNow(trainer);
  timing.evalSeconds += (performance.now() - trained) / 1000;
  return { ...scores, gradNorms: Object.fromEntries(denseIds.map((id, i) => [id, normSums[i]! / steps])) };
}

/** The record of a run that takes no step (`--epochs 0`): the initial weights' scores, no gradients. */
export function initialRecord(trainer: Trainer): EpochRecord {
  return { ...scoreNow(trainer), gradNorms: {} };
}

/** Both splits scored on the current weights, at the trainer's current epoch and step. */
function scoreNow(trainer: Trainer): Omit<EpochRecord, 'gradNorms'> {
  const train = trainer.evaluate('train');
  const test = trainer.evaluate('test');
  return {
    epoch: trainer.epoch,
    step: trainer.stepCount,
    loss: train.loss,
    accuracy: train.accuracy,
    testLoss: test.loss,
    testAccuracy: test.accuracy,
  };
}

/** `epoch  20/200  loss 0.3512  accuracy 91.0%  test loss 0.3611  test accuracy 90.0%` */
export function describeEpoch(record: EpochRecord, epochs: number): string {
  const parts = [
    `epoch ${String(record.epoch).padStart(String(epochs).length)}/${epochs}`,
    `loss ${record.loss.toFixed(4)}`,
    ...(record.accuracy === null ? [] : [`accuracy ${percent(record.accuracy)}`]),
    `test loss ${record.testLoss.toFixed(4)}`,
    ...(record.testAccuracy === null ? [] : [`test accuracy ${percent(record.testAccuracy)}`]),
  ];
  return parts.join('  ');
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}
