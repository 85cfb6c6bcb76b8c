/** What the training loop needs from the engine and from its host (the worker, or a test). */
import type { NodeWeights } from '../model/index.ts';
import type { BoundarySnapshot, PredictionViews } from './metricTypes.ts';
import type { FromWorker, Hyperparameters, SplitScore, ToWorker } from './protocol.ts';

/** One training step's report, as the engine's trainer gives it (a reused object). */
export interface StepReport {
  step: number;
  loss: number;
  gradNorms: Float64Array;
}

/** What the loop needs from the engine: one compiled network training on one dataset. */
export interface TrainingSession {
  readonly denseIds: string[];
  readonly stepsPerEpoch: number;
  readonly completedEpochs: number;
  readonly batchSize: number;
  /** @throws the engine's TrainingDivergedError when the loss is not finite (the weights are left as they were). */
  step(): StepReport;
  evaluate(split: 'train' | 'test'): SplitScore;
  setHyperparameters(changes: Partial<Hyperparameters>): void;
  weights(): Record<string, NodeWeights>;
  /** Null when the inputs are not 2-D. */
  boundary(): BoundarySnapshot | null;
  /** What the network makes of the test split, in the views that fit the data. */
  predictions(): PredictionViews;
  /** New weights from the seed, fresh optimizer state, step 0. */
  reset(): void;
}

export type InitMessage = Extract<ToWorker, { type: 'init' }>;

export interface LoopHost {
  now(): number;
  /** Runs `task` as a new macrotask, after messages that arrived meanwhile. */
  defer(task: () => void): void;
  post(message: FromWorker): void;
  createSession(init: InitMessage): TrainingSession;
}
