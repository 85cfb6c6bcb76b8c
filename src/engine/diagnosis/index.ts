/**
 * Why a network does not learn: pure rules over a run's recorded metrics (loss, accuracy,
 * gradient norms, update ratios, activation statistics) that name the cause in a sentence,
 * with the evidence and a fix as data.
 */

/** `diagnose(series)`: the first finding of the rules, or null while the run learns. */
export { diagnose } from './diagnose.ts';
/** `Finding`: cause, sentence, evidence, fixes. `Fix`: a one-click change as data. */
export type { Cause, Finding, Fix } from './rules.ts';
export { RULES, UPDATE_RATIO_TARGET, UPDATE_RATIO_RANGE } from './rules.ts';
/** `MetricSeries` / `MetricSample`: what the rules read; `fromEpochLines`: the series of a CLI metrics file. */
export { fromEpochLines } from './series.ts';
export type { EpochLine, MetricSample, MetricSeries } from './series.ts';
/** `readStall(series)`: whether the loss is flat and short of the goal. */
export { readStall, ACCURACY_GOAL } from './stall.ts';
