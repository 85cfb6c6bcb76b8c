import type { ActivationStats, NetworkProbe, ProbeReport, Trainer } from '../engine/index.ts';

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
  /** Per dense node id: the mean over the epoch's steps of ‖Δkernel‖ / ‖kernel‖ (with `--metrics`). */
  updateRatios?: Record<string, number>;
  /** Per activation node id: mean, std, saturated and dead fractions over the epoch (with `--metrics`). */
  activationStats?: Record<string, ActivationStats>;
  /**
   * At the epoch's end, the values at `QUANTILE_LEVELS` (min, 7, 16, 31, 50, 69, 84, 93 %, max)
   * of each dense node's weights and last gradient and of each activation node's last batch.
   */
  quantiles?: { weights: Record<string, number[]>; gradients: Record<string, number[]>; activations: Record<string, number[]> };
}

/** Where a run's time went, added up over its epochs: optimizer steps and the samples they took, and evaluation. */
export interface RunTiming {
  stepSeconds: number;
  samples: number;
  evalSeconds: number;
}

/**
 * Trains one epoch and evaluates both splits, adding the time of each to `timing`; with a probe
 * attached to the trainer, adds its report of the epoch. Throws the engine's
 * TrainingDivergedError when the loss stops being finite.
 */
export function trainEpoch(trainer: Trainer, timing: RunTiming, probe?: NetworkProbe): EpochRecord {
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
  const statistics = probe ? probeFields(probe, probe.report()) : {};
  return { ...scores, gradNorms: Object.fromEntries(denseIds.map((id, i) => [id, normSums[i]! / steps])), ...statistics };
}

/** A probe report keyed by node id, as the metrics file has it. */
function probeFields(probe: NetworkProbe, report: ProbeReport): Pick<EpochRecord, 'updateRatios' | 'activationStats' | 'quantiles'> {
  const byKernel = <T>(values: readonly T[]) => Object.fromEntries(probe.kernelIds.map((id, i) => [id, values[i]!]));
  const byActivation = <T>(values: readonly T[]) => Object.fromEntries(probe.activationIds.map((id, i) => [id, values[i]!]));
  return {
    updateRatios: byKernel(report.updateRatios),
    activationStats: byActivation(report.activationStats),
    quantiles: {
      weights: byKernel(report.quantiles.weights),
      gradients: byKernel(report.quantiles.gradients),
      activations: byActivation(report.quantiles.activations),
    },
  };
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
