import { describe, expect, it } from 'vitest';
import { newRunRecord } from '../training/runRecord.ts';
import type { ProbePoint, RunRecord } from '../training/index.ts';
import { runMetricSeries } from './diagnosisSeries.ts';

const probe = (step: number): ProbePoint => ({
  step,
  updateRatios: [step * 1e-4],
  activationStats: [{ mean: 0, std: 1, saturated: 0.1, dead: null }],
  quantiles: { weights: [], gradients: [], activations: [] },
});

/** Steps 1–4, two a epoch, evaluated after step 2 only; gradients at 1 and 3; statistics at 1 and 3. */
function run(): RunRecord {
  return {
    ...newRunRecord('r', 'r', '#000'),
    status: 'running',
    denseIds: ['dense1', 'dense2'],
    activations: [{ id: 'act1', fn: 'tanh' }],
    loss: [
      { step: 1, epoch: 0.5, loss: 1, accuracy: null },
      { step: 2, epoch: 1, loss: 0.8, accuracy: 0.5, testLoss: 0.9, testAccuracy: 0.4 },
      { step: 3, epoch: 1.5, loss: 0.6, accuracy: null },
      { step: 4, epoch: 2, loss: 0.4, accuracy: null },
    ],
    gradients: [
      { step: 1, norms: [1, 2] },
      { step: 3, norms: [3, 4] },
    ],
    probes: [probe(1), probe(3)],
  };
}

describe('runMetricSeries', () => {
  it('makes a sample per epoch: mean loss since the previous one, the latest accuracy, gradients and statistics', () => {
    const series = runMetricSeries(run(), 0.1);
    expect(series).toMatchObject({ task: 'classification', lr: 0.1, activations: [{ id: 'act1', fn: 'tanh' }] });
    expect(series.samples).toEqual([
      { step: 2, loss: 0.9, accuracy: 0.5, gradNorms: [1, 2], updateRatios: probe(1).updateRatios, activationStats: probe(1).activationStats },
      { step: 4, loss: 0.5, accuracy: 0.5, gradNorms: [3, 4], updateRatios: probe(3).updateRatios, activationStats: probe(3).activationStats },
    ]);
  });

  it('leaves out the samples up to `sinceStep` (before a fix was applied)', () => {
    expect(runMetricSeries(run(), 0.1, 2).samples.map((sample) => sample.step)).toEqual([4]);
  });

  it('still has samples without any statistics (switched off), with no ratios or activation figures', () => {
    const samples = runMetricSeries({ ...run(), probes: [] }, 0.1).samples;
    expect(samples.map((sample) => [sample.step, sample.updateRatios, sample.activationStats])).toEqual([
      [2, [], []],
      [4, [], []],
    ]);
  });

  it('calls a run without accuracies a regression', () => {
    const regression = { ...run(), loss: run().loss.map((point) => ({ ...point, accuracy: null })) };
    expect(runMetricSeries(regression, 0.1).task).toBe('regression');
  });
});
