/**
 * What the worker reports about a run: loss points, gradient norms, decision-boundary
 * snapshots and the prediction views of the test split (computed by the engine). The worker fills these and the dashboard only reads them, so the numbers people
 * see come from the engine and are never recomputed in the UI.
 */
import type { ActivationStats, Histogram, ProbeQuantiles } from '../engine/index.ts';
import type { ActivationFn } from '../model/index.ts';

export type { ActivationStats, Histogram, ProbeQuantiles };


/**
 * One recorded point of the loss curve. Every step is a point for the first 2,048 steps; later
 * points each average a growing number of steps (see `worker/metricsRecorder.ts`), so a long
 * run stays a few thousand points. Test metrics are present on evaluation points only.
 */
export interface LossPoint {
  /** The last step this point covers (1-based). */
  step: number;
  /** Completed epochs at `step`, fractional: 2.5 is halfway through the third epoch. */
  epoch: number;
  /** Mean mini-batch loss over the steps this point covers. */
  loss: number;
  /** Train accuracy over the whole train split, on evaluation points; null elsewhere and for regression. */
  accuracy: number | null;
  testLoss?: number;
  testAccuracy?: number | null;
}

/** The L2 norm of every dense layer's kernel gradient at one step, in `RunRecord.denseIds` order. */
export interface GradientPoint {
  step: number;
  norms: number[];
}

/**
 * The network's output over a square grid of the 2-D input plane, with the data on top, as the
 * decision-boundary heatmap draws it.
 */
export interface BoundarySnapshot {
  /** The grid is `resolution × resolution`, row-major, first row at `extent.yMax`. */
  resolution: number;
  extent: { xMin: number; xMax: number; yMin: number; yMax: number };
  /**
   * Per grid cell: for one sigmoid output the probability of class 1; for k softmax outputs the
   * winning class index; for regression the predicted value.
   */
  values: Float32Array;
  /** Number of classes (0 for regression). */
  classes: number;
  /** The classes' names, in class order, when the data names them (a table's target, iris). */
  classNames?: readonly string[];
  /** Data points as x0, y0, x1, y1, ... with one label (class index or value) each. */
  train: { xy: Float32Array; labels: Float32Array };
  test: { xy: Float32Array; labels: Float32Array };
}

/** The engine's views of the test split: a confusion matrix, pictures with their predictions, or predicted vs actual values. */
export type { PredictionViews, ConfusionMatrix, DigitSamples, RegressionFit } from '../engine/index.ts';

/**
 * What the engine's statistics probe saw over the steps up to `step` (see the engine's
 * `ProbeReport`): per dense layer (`RunRecord.denseIds` order) the update:weight ratio and the
 * weight and gradient quantiles, per activation node (`RunRecord.activations` order) its
 * mean, spread, saturated and dead fractions and output quantiles.
 */
export interface ProbePoint {
  step: number;
  /** Mean ‖Δkernel‖ / ‖kernel‖ of the sampled updates. */
  updateRatios: number[];
  activationStats: ActivationStats[];
  quantiles: ProbeQuantiles;
}

/** An activation node whose outputs the probe measures, with its function. */
export interface ProbedActivation {
  id: string;
  fn: ActivationFn;
}

/** The node inspector's live view of one node: a dense layer's tensors, or an activation's output histogram. */
export type NodeInspection =
  | {
      kind: 'dense';
      nodeId: string;
      step: number;
      /** Row-major `[units][inputs]`, as the model stores it. */
      kernel: Float32Array;
      units: number;
      inputs: number;
      bias: Float32Array | null;
    }
  | {
      kind: 'activation';
      nodeId: string;
      step: number;
      fn: ActivationFn;
      /** Of the outputs of the latest sampled batch (empty before the first step). */
      histogram: Histogram;
    };
