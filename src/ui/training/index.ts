/**
 * Training from the UI's side: runs in Web Workers, their records for the charts, and the
 * controls. The charts read runs only through these hooks.
 */

/** All runs, oldest first. */
export { useRuns, useMainRun, useMainRunStale, useDecisionBoundary, usePredictionViews, useTrainingStats, useInspection } from './hooks.ts';
/** The controller of the main run (inspect, speed, statistics besides the Train controls). */
export { mainRun } from './runs.ts';
/** Start a detached run (own worker, trains to `training.epochs`); remove any run. */
export { launchRun, removeRun } from './runs.ts';
/** Train / Pause / Step / Reset and the settings of the model's `training` block. */
export { TrainingControls } from './TrainingControls.tsx';
export type {
  RunRecord,
  RunStatus,
  LossPoint,
  GradientPoint,
  BoundarySnapshot,
  PredictionViews,
  ConfusionMatrix,
  DigitSamples,
  RegressionFit,
  ProbePoint,
  ProbedActivation,
  ActivationStats,
  NodeInspection,
  Histogram,
} from './runTypes.ts';
/** Epoch, step, samples/s and the latest evaluation of a run. */
export type { TrainingStats, Evaluation, SplitScore } from '../../worker/protocol.ts';
