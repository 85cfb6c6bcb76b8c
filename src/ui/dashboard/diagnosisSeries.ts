import type { MetricSample, MetricSeries } from '../../worker/diagnosis.ts';
import { reportsAccuracy } from '../charts/runSeries.ts';
import type { ProbePoint, RunRecord } from '../training/index.ts';

/** Before the first probe point: no update ratios or activation statistics yet. */
const NO_PROBE: Pick<ProbePoint, 'updateRatios' | 'activationStats'> = { updateRatios: [], activationStats: [] };

/**
 * A run's record as the diagnosis rules read them: one sample per epoch after `sinceStep` (as
 * the CLI's metrics have one per epoch), each at the first point past an epoch's end, with the
 * mean mini-batch loss of the points since the previous sample, and the latest train accuracy,
 * gradient norms and layer statistics at its step. Evaluations and statistics come a few times
 * a second, epochs as fast as the run goes, so a run over in a second still has a history. The
 * record's arrays are in step order, so one walk through each is enough.
 */
export function runMetricSeries(run: RunRecord, lr: number, sinceStep = 0): MetricSeries {
  const samples: MetricSample[] = [];
  let gradientIndex = 0;
  let probeIndex = 0;
  let gradNorms: number[] = [];
  let probe = NO_PROBE;
  let accuracy: number | null = null;
  let lossSum = 0;
  let lossCount = 0;
  let epochsClosed = 0;
  for (const point of run.loss) {
    lossSum += point.loss;
    lossCount += 1;
    if (point.accuracy !== null) accuracy = point.accuracy;
    if (Math.floor(point.epoch) <= epochsClosed) continue;
    epochsClosed = Math.floor(point.epoch);
    for (; gradientIndex < run.gradients.length && run.gradients[gradientIndex]!.step <= point.step; gradientIndex++) gradNorms = run.gradients[gradientIndex]!.norms;
    for (; probeIndex < run.probes.length && run.probes[probeIndex]!.step <= point.step; probeIndex++) probe = run.probes[probeIndex]!;
    const loss = lossSum / lossCount;
    lossSum = 0;
    lossCount = 0;
    if (point.step <= sinceStep || !Number.isFinite(loss)) continue;
    const { updateRatios, activationStats } = probe;
    samples.push({ step: point.step, loss, accuracy, gradNorms, updateRatios, activationStats });
  }
  return { task: reportsAccuracy(run) ? 'classification' : 'regression', lr, activations: run.activations, samples };
}
