import type { MetricSeries } from './series.ts';

/** A run needs this many samples before it can be called stalled: a stretch, not a blip. */
export const MIN_SAMPLES = 6;
/** Over the second half of the run, the loss fell by less than this fraction: flat. */
export const FLAT_IMPROVEMENT = 0.03;
/** Over the second half of the run, the train accuracy rose by less than this: no progress, however the loss jumps. */
export const FLAT_ACCURACY = 0.01;
/** A classification run that reaches this train accuracy has learned what it can. */
export const ACCURACY_GOAL = 0.95;
/** A regression run whose loss is below this fraction of its first is not short of its goal. */
const REGRESSION_GOAL = 0.05;

/**
 * Whether the run stalls: short of the goal, and over the second half of the run either its
 * loss is flat or (a loss that jumps about) its accuracy does not move.
 */
export interface StallReading {
  stalled: boolean;
  /** Relative fall of the loss over the second half of the run (0.02 = 2 %). */
  improvement: number;
  /** The latest train accuracy (null for regression or before an evaluation). */
  accuracy: number | null;
  /** How much the train accuracy rose over the second half of the run (null without accuracies). */
  accuracyGain: number | null;
}

/**
 * Reads the stall off the samples: the loss over the second half of the steps, its first third
 * against its last third (averages, so mini-batch noise does not count as progress).
 */
export function readStall({ task, samples }: MetricSeries): StallReading {
  const accuracy = samples.findLast((sample) => sample.accuracy !== null)?.accuracy ?? null;
  if (samples.length < MIN_SAMPLES) return { stalled: false, improvement: NaN, accuracy, accuracyGain: null };
  const half = samples.at(-1)!.step / 2;
  const window = samples.filter((sample) => sample.step > half);
  const third = Math.max(1, Math.floor(window.length / 3));
  const start = mean(window.slice(0, third).map((sample) => sample.loss));
  const end = mean(window.slice(-third).map((sample) => sample.loss));
  const improvement = (start - end) / start;
  const firstAccuracy = window.find((sample) => sample.accuracy !== null)?.accuracy ?? null;
  const accuracyGain = accuracy === null || firstAccuracy === null ? null : accuracy - firstAccuracy;
  const short = task === 'classification' ? (accuracy ?? 0) < ACCURACY_GOAL : end > REGRESSION_GOAL * samples[0]!.loss;
  const flat = improvement < FLAT_IMPROVEMENT || (accuracyGain !== null && accuracyGain < FLAT_ACCURACY);
  return { stalled: short && flat, improvement, accuracy, accuracyGain };
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The geometric mean of positive values (the centre of quantities read on a log axis); NaN if any is not positive. */
export function geometricMean(values: readonly number[]): number {
  return Math.exp(mean(values.map(Math.log)));
}
