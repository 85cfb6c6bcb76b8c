import type { MetricSample, MetricSeries } from '../../worker/diagnosis.ts';
import { reportsAccuracy } from '../charts/runSeries.ts';
import type { RunRecord } from '../training/index.ts';

/**
 * A run's record as the diagnosis rules read it: one sample per probe point after `sinceStep`,
 * with the mean loss of the steps since the previous probe point, the latest train accuracy
 * and the latest gradient norms at its step. The record's arrays are in step order, so one
 * walk through each is enough.
 */
export function runMetricSeries(run: RunRecord, lr: number, sinceStep = 0): MetricSeries {
  const samples: MetricSample[] = [];
  let lossIndex = 0;
  let gradientIndex = 0;
  let accuracy: number | null = null;
  let gradNorms: number[] = [];
  let previousLoss = NaN;
  for (const probe of run.probes) {
    let lossSum = 0;
    let lossCount = 0;
    for (; lossIndex < run.loss.length && run.loss[lossIndex]!.step <= probe.step; lossIndex++) {
      const point = run.loss[lossIndex]!;
      lossSum += point.loss;
      lossCount += 1;
      if (point.accuracy !== null) accuracy = point.accuracy;
    }
    for (; gradientIndex < run.gradients.length && run.gradients[gradientIndex]!.step <= probe.step; gradientIndex++) {
      gradNorms = run.gradients[gradientIndex]!.norms;
    }
    const loss = lossCount > 0 ? lossSum / lossCount : previousLoss;
    previousLoss = loss;
    if (probe.step <= sinceStep || !Number.isFinite(loss)) continue;
    const { step, updateRatios, activationStats } = probe;
    samples.push({ step, loss, accuracy, gradNorms, updateRatios, activationStats });
  }
  return { task: reportsAccuracy(run) ? 'classification' : 'regression', lr, activations: run.activations, samples };
}
