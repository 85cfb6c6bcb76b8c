/**
 * What the dashboard knows about one training run. The training session (worker side of the UI)
 * fills these; the charts only read them. Numbers come from the engine, never recomputed here.
 */

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

export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'diverged' | 'crashed';

export interface RunRecord {
  id: string;
  /** Shown in legends and the run list, e.g. "Deep sigmoid · seed 1". */
  name: string;
  /** Colour of this run in overlays. */
  color: string;
  status: RunStatus;
  /** Dense node ids from first to last layer. */
  denseIds: string[];
  loss: LossPoint[];
  gradients: GradientPoint[];
  /** Why the run stopped, in words a person understands (divergence, crash). */
  message?: string;
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
  /** Data points as x0, y0, x1, y1, ... with one label (class index or value) each. */
  train: { xy: Float32Array; labels: Float32Array };
  test: { xy: Float32Array; labels: Float32Array };
}
