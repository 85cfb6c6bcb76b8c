import type { ProbeReport } from '../engine/index.ts';
import type { GradientPoint, LossPoint, ProbePoint } from './metricTypes.ts';
import type { Evaluation } from './protocol.ts';

/** Every step is kept up to here; past it, see `strideAt`. */
export const FULL_RESOLUTION_STEPS = 2048;

/**
 * How many steps one recorded point stands for at a given step. Each doubling of the step count
 * past `FULL_RESOLUTION_STEPS` doubles the stride, so every octave adds about 1,024 points:
 * a million-step run keeps ~12,000 points, not a million, and recent steps are never dropped,
 * only averaged.
 */
export function strideAt(step: number): number {
  if (step <= FULL_RESOLUTION_STEPS) return 1;
  return 2 ** Math.floor(Math.log2(step / (FULL_RESOLUTION_STEPS / 2)));
}

function withEvaluation(point: LossPoint, evaluation: Evaluation): LossPoint {
  return {
    ...point,
    accuracy: evaluation.train.accuracy,
    testLoss: evaluation.test.loss,
    testAccuracy: evaluation.test.accuracy,
  };
}

/**
 * Turns the stream of training steps into the (decimated) points the charts draw: each point
 * averages the loss and gradient norms of the steps it stands for. Points wait here until the
 * loop sends them in one batch.
 */
export class MetricsRecorder {
  private readonly normSums: Float64Array;
  private lossSum = 0;
  private stepsInBucket = 0;
  private bucketEnd = { step: 0, epoch: 0 };
  private points: LossPoint[] = [];
  private gradients: GradientPoint[] = [];
  private probes: ProbePoint[] = [];
  /** The last point closed, sent or not: where an evaluation taken after it belongs. */
  private lastPoint: LossPoint | undefined;
  private evaluation: Evaluation | undefined;

  constructor(layerCount: number) {
    this.normSums = new Float64Array(layerCount);
  }

  /** Adds one step; closes a point once it holds `strideAt(step)` steps. */
  record(step: number, epoch: number, loss: number, gradNorms: Float64Array): void {
    this.lossSum += loss;
    for (let i = 0; i < this.normSums.length; i++) this.normSums[i]! += gradNorms[i]!;
    this.stepsInBucket += 1;
    this.bucketEnd = { step, epoch };
    if (this.stepsInBucket >= strideAt(step)) this.closeBucket();
  }

  /**
   * An evaluation taken after the last recorded step. It goes on the point that step ends up in:
   * the open one when the step is still being averaged, else the point already closed. A closed
   * point already sent is sent again with it; the receiver replaces a point of the same step.
   */
  attachEvaluation(evaluation: Evaluation): void {
    if (this.stepsInBucket > 0) {
      this.evaluation = evaluation;
      return;
    }
    const last = this.lastPoint;
    if (!last) return; // nothing trained yet: the evaluation is in the stats only
    const updated = withEvaluation(last, evaluation);
    if (this.points.at(-1) === last) this.points[this.points.length - 1] = updated;
    else this.points.push(updated);
    this.lastPoint = updated;
  }

  /** Closes a partly filled point, so the points reach the last step (when training stops). */
  flush(): void {
    if (this.stepsInBucket > 0) this.closeBucket();
  }

  /** The statistics probe's report of the steps up to `step` (none when it sampled nothing). */
  recordProbe(step: number, report: ProbeReport | null): void {
    if (!report) return;
    const { updateRatios, activationStats, quantiles } = report;
    this.probes.push({ step, updateRatios, activationStats, quantiles });
  }

  /** The points closed since the last call. */
  drain(): { points: LossPoint[]; gradients: GradientPoint[]; probes: ProbePoint[] } {
    const batch = { points: this.points, gradients: this.gradients, probes: this.probes };
    this.points = [];
    this.gradients = [];
    this.probes = [];
    return batch;
  }

  private closeBucket(): void {
    const n = this.stepsInBucket;
    const { step, epoch } = this.bucketEnd;
    let point: LossPoint = { step, epoch, loss: this.lossSum / n, accuracy: null };
    if (this.evaluation) point = withEvaluation(point, this.evaluation);
    this.evaluation = undefined;
    this.points.push(point);
    this.lastPoint = point;
    this.gradients.push({ step, norms: Array.from(this.normSums, (sum) => sum / n) });
    this.lossSum = 0;
    this.normSums.fill(0);
    this.stepsInBucket = 0;
  }
}
