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

/**
 * Turns the stream of training steps into the (decimated) points the charts draw: each point
 * averages the loss and gradient norms of the steps it stands for. Points wait here until the
 * loop sends them in one batch.
 */
export class MetricsRecorder {
  private readonly normSums: Float64Array;
  private lossSum = 0;
  private stepsInBucket = 0;
  private points: LossPoint[] = [];
  private gradients: GradientPoint[] = [];
  private probes: ProbePoint[] = [];
  private evaluation: Evaluation | undefined;

  constructor(layerCount: number) {
    this.normSums = new Float64Array(layerCount);
  }

  /** Adds one step; closes a point once it holds `strideAt(step)` steps. */
  record(step: number, epoch: number, loss: number, gradNorms: Float64Array): void {
    this.lossSum += loss;
    for (let i = 0; i < this.normSums.length; i++) this.normSums[i]! += gradNorms[i]!;
    this.stepsInBucket += 1;
    if (this.stepsInBucket < strideAt(step)) return;
    const n = this.stepsInBucket;
    const point: LossPoint = { step, epoch, loss: this.lossSum / n, accuracy: null };
    if (this.evaluation) {
      point.accuracy = this.evaluation.train.accuracy;
      point.testLoss = this.evaluation.test.loss;
      point.testAccuracy = this.evaluation.test.accuracy;
      this.evaluation = undefined;
    }
    this.points.push(point);
    this.gradients.push({ step, norms: Array.from(this.normSums, (sum) => sum / n) });
    this.lossSum = 0;
    this.normSums.fill(0);
    this.stepsInBucket = 0;
  }

  /**
   * An evaluation taken after the step just recorded; it goes on the point that step ends up
   * in (at full resolution, that step's own point), so evaluations never add points.
   */
  attachEvaluation(evaluation: Evaluation): void {
    this.evaluation = evaluation;
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
}
