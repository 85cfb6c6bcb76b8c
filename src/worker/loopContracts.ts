/** What the training loop needs from the engine and from its host (the worker, or a test). */
import type { ProbeReport, TensorSnapshot } from '../engine/index.ts';
import type { BoundarySnapshot, NodeInspection, PredictionViews, ProbedActivation } from './metricTypes.ts';
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
  /** The activation nodes the statistics are of, by depth. */
  readonly activations: ProbedActivation[];
  readonly stepsPerEpoch: number;
  readonly completedEpochs: number;
  readonly batchSize: number;
  /** @throws the engine's TrainingDivergedError when the loss, or the update, is not finite (the weights are left as they were). */
  step(): StepReport;
  evaluate(split: 'train' | 'test'): SplitScore;
  setHyperparameters(changes: Partial<Hyperparameters>): void;
  /** A copy of every tensor, to be transferred to the page. */
  weightSnapshot(): TensorSnapshot[];
  /** Null when the inputs are not 2-D. */
  boundary(): BoundarySnapshot | null;
  /** What the network makes of the test split, in the views that fit the data. */
  predictions(): PredictionViews;
  /** New weights from the seed, fresh optimizer state, step 0. */
  reset(): void;
  /** Turns the statistics (update ratios, activations, distributions) on or off for the following steps. */
  setStatistics(on: boolean): void;
  /** What the statistics saw since the last call; null when they are off or sampled nothing. */
  probeReport(): ProbeReport | null;
  /** The inspector's view of a node; null for a node without one (input, merges, loss) or an unknown id. */
  inspect(nodeId: string): NodeInspection | null;
}

export type InitMessage = Extract<ToWorker, { type: 'init' }>;

export interface LoopHost {
  now(): number;
  /** Runs `task` as a new macrotask, after messages that arrived meanwhile. */
  defer(task: () => void): void;
  /** Runs `task` once `ms` milliseconds have passed (a paced run waits for its next step). */
  after(ms: number, task: () => void): void;
  /** Posts a message; the buffers in `transfer` move to the receiver (the sender's copies become empty). */
  post(message: FromWorker, transfer?: Transferable[]): void;
  createSession(init: InitMessage): TrainingSession;
}
