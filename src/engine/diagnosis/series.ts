import type { ActivationFn } from '../../model/index.ts';
import type { ActivationStats } from '../probe/activationStats.ts';

/**
 * A run's recorded metrics as the diagnosis rules read them, whatever recorded them: the CLI's
 * epoch lines (see `fromEpochRecords`) or the worker's points (the dashboard builds samples
 * from its run record). Everything is by depth: first layer first.
 */
export interface MetricSeries {
  task: 'classification' | 'regression';
  /** The learning rate the run trains at (what a learning-rate fix scales). */
  lr: number;
  activations: { id: string; fn: ActivationFn }[];
  /** Oldest first. */
  samples: MetricSample[];
}

/** The state of a run over a stretch of steps ending at `step`. */
export interface MetricSample {
  step: number;
  /** Mean training (mini-batch or whole-split) loss. */
  loss: number;
  /** Train-split accuracy at the latest evaluation; null for regression or before one. */
  accuracy: number | null;
  /** L2 norm of each dense layer's kernel gradient. */
  gradNorms: number[];
  /** ‖Δkernel‖ / ‖kernel‖ of each dense layer's updates. */
  updateRatios: number[];
  /** Per activation node, in `MetricSeries.activations` order. */
  activationStats: ActivationStats[];
}

/** One line of the CLI's `--metrics` file, as far as the rules read it. */
export interface EpochLine {
  step: number;
  loss: number;
  accuracy: number | null;
  gradNorms: Record<string, number>;
  updateRatios: Record<string, number>;
  activationStats: Record<string, ActivationStats>;
}

/**
 * The series of a CLI run's metrics lines (one sample per epoch). The lines' keys are in depth
 * order already; `fns` gives each activation node's function.
 */
export function fromEpochLines(lines: readonly EpochLine[], options: { lr: number; fns: Record<string, ActivationFn> }): MetricSeries {
  const first = lines[0];
  const activationIds = first ? Object.keys(first.activationStats) : [];
  return {
    task: first?.accuracy === null ? 'regression' : 'classification',
    lr: options.lr,
    activations: activationIds.map((id) => ({ id, fn: options.fns[id]! })),
    samples: lines.map((line) => ({
      step: line.step,
      loss: line.loss,
      accuracy: line.accuracy,
      gradNorms: Object.values(line.gradNorms),
      updateRatios: Object.values(line.updateRatios),
      activationStats: activationIds.map((id) => line.activationStats[id]!),
    })),
  };
}
