/**
 * The messages between the UI and a training worker, both ways. Both sides import this one
 * module, so a message that one side sends and the other does not understand is a type error.
 *
 * Every message about training carries the `session` number of the `init` or `reset` that began
 * its history: the UI drops messages of an older session that were already in flight.
 */
import type { DataSettings, Hyperparameters, KernelChoice, SplitScore, TensorSnapshot } from '../engine/index.ts';
import type { NetloomModel } from '../model/index.ts';
import type { BoundarySnapshot, GradientPoint, LossPoint, NodeInspection, PredictionViews, ProbedActivation, ProbePoint } from './metricTypes.ts';

/**
 * What the optimizer uses (can change while a run goes on), which data a session trains on
 * (changing it needs a new session), and the loss and accuracy of a split: the engine's types.
 */
export type { DataSettings, Hyperparameters, SplitScore };
/** One tensor as flat values, as `weights` messages carry them; `storedWeights` turns them into the model's `weights`. */
export type { TensorSnapshot };
export { storedWeights } from '../engine/tensor.ts';
/** `planTraining(model.training)`: the settings grouped as `init` sends them; `sameData(a, b)`. */
export { planTraining, sameData } from '../engine/setup.ts';
export type { TrainingPlan } from '../engine/setup.ts';

/** The network measured on both splits at one step. */
export interface Evaluation {
  step: number;
  train: SplitScore;
  test: SplitScore;
}

/** How far a run has got, shown next to the controls. */
export interface TrainingStats {
  /** Completed epochs. */
  epoch: number;
  /** Completed steps (batches). */
  step: number;
  /** Training throughput over the last reporting window; 0 when not running. */
  samplesPerSecond: number;
  /** The epoch at which `play` stops by itself. */
  targetEpochs: number;
  /**
   * The latest evaluation. Whenever training stops it is taken on exactly the weights sent
   * with it, so the accuracy shown is the accuracy of the weights a user exports.
   */
  evaluation?: Evaluation;
}

/** Lifecycle of a worker's session, as the worker reports it. */
export const SESSION_STATUSES = ['idle', 'running', 'paused', 'done'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/**
 * A table file a run trains on, sent with `init` when the data is a file the person loaded: the
 * worker parses it (and checks that its hash is the one the model records). `bytes` is transferred.
 */
export interface TableFile {
  name: string;
  sha256: string;
  bytes: ArrayBuffer;
}

// ── UI → worker ────────────────────────────────────────────────────────────────────────────────

export type ToWorker =
  | {
      type: 'init';
      session: number;
      /** The graph, with the weights to start from (missing ones are initialised from the seed). */
      model: NetloomModel;
      data: DataSettings;
      hyperparameters: Hyperparameters;
      /** `play` trains until this many epochs are complete, then reports `done`. */
      epochs: number;
      /** The file's bytes when `data.source` is a file (built-in tables are fetched by the worker). */
      table?: TableFile;
      /** Forces the engine's kernels (`js` or `wasm`); default `auto`, the best the browser has. */
      kernels?: KernelChoice;
    }
  | { type: 'play' }
  | { type: 'pause' }
  /** One batch. */
  | { type: 'step' }
  /** Up to the end of the current epoch. */
  | { type: 'stepEpoch' }
  /** Re-initialise the weights from the seed and start a new history. */
  | { type: 'reset'; session: number }
  | { type: 'setHyperparameters'; hyperparameters: Partial<Hyperparameters> }
  /** The Epochs setting changed: where `play` stops (see `TrainingLoop.setEpochs`). */
  | { type: 'setEpochs'; epochs: number }
  /** The heartbeat: a worker that is alive answers `pong` (between two slices of training). */
  | { type: 'ping' }
  /** Record the layer statistics (`probes` in metrics) or not; on from the start, kept across sessions. */
  | { type: 'setStatistics'; on: boolean }
  /** Send `inspection`s of this node while training (null: of none). */
  | { type: 'inspect'; nodeId: string | null }
  /** At most this many steps a second, so a fast run can be watched (null: full speed). */
  | { type: 'setSpeed'; stepsPerSecond: number | null }
  /** Makes the worker throw outside any handler, so the crash recovery can be tested for real. */
  | { type: 'debugCrash' }
  /** Makes the worker loop forever without a word, so the heartbeat can be tested for real. */
  | { type: 'debugHang' };

// ── worker → UI ────────────────────────────────────────────────────────────────────────────────

export type FromWorker =
  | { type: 'ready'; session: number; denseIds: string[]; activations: ProbedActivation[]; stepsPerEpoch: number }
  /**
   * Points recorded since the previous batch (already decimated), the layer statistics of the
   * steps since then (none when they are off), and the progress so far. A point whose step is the
   * previous point's replaces it: it was sent again with an evaluation.
   */
  | { type: 'metrics'; session: number; points: LossPoint[]; gradients: GradientPoint[]; probes: ProbePoint[]; stats: TrainingStats }
  /** The inspected node as it is now (see `inspect`). */
  | { type: 'inspection'; session: number; inspection: NodeInspection }
  | { type: 'boundary'; session: number; snapshot: BoundarySnapshot }
  /** What the network makes of the test split (confusion matrix, digits, predicted vs actual), taken with each evaluation. */
  | { type: 'predictions'; session: number; views: PredictionViews }
  /**
   * A copy of every tensor, as flat typed arrays whose buffers are transferred (no copy on the
   * way, nothing to parse): sent every few seconds while training and whenever it stops.
   */
  | { type: 'weights'; session: number; tensors: TensorSnapshot[] }
  | { type: 'status'; session: number; status: SessionStatus }
  /** The loss became NaN or infinite: training stopped; the points sent so far are all good. */
  | { type: 'diverged'; session: number; step: number; epoch: number; message: string }
  /** A request failed (e.g. the graph does not compile); `session` is absent when none exists. */
  | { type: 'error'; session?: number; message: string }
  /** The answer to `ping`: the worker is alive. */
  | { type: 'pong'; session?: undefined };

/** Every message type, so a guard can check one arriving from outside the type system. */
const TO_WORKER_TYPES = {
  init: true,
  play: true,
  pause: true,
  step: true,
  stepEpoch: true,
  reset: true,
  setHyperparameters: true,
  setEpochs: true,
  ping: true,
  setStatistics: true,
  inspect: true,
  setSpeed: true,
  debugCrash: true,
  debugHang: true,
} as const satisfies Record<ToWorker['type'], true>;

const FROM_WORKER_TYPES = {
  ready: true,
  metrics: true,
  inspection: true,
  boundary: true,
  predictions: true,
  weights: true,
  status: true,
  diverged: true,
  error: true,
  pong: true,
} as const satisfies Record<FromWorker['type'], true>;

function hasTypeIn(value: unknown, types: Record<string, true>): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(types, type);
}

/** True for an object whose `type` names a UI → worker message. */
export function isToWorker(value: unknown): value is ToWorker {
  return hasTypeIn(value, TO_WORKER_TYPES);
}

/** True for an object whose `type` names a worker → UI message. */
export function isFromWorker(value: unknown): value is FromWorker {
  return hasTypeIn(value, FROM_WORKER_TYPES);
}

/** The `default` of an exhaustive `switch` over messages: a compile error if a case is missing. */
export function unhandledMessage(message: never): never {
  throw new Error(`Unhandled training message: ${JSON.stringify(message)}`);
}
