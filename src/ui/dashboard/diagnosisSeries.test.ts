import { describe, expect, it } from 'vitest';
import type { ProbePoint, RunRecord } from '../training/index.ts';
import { runMetricSeries } from './diagnosisSeries.ts';

const probe = (step: number): ProbePoint => ({
  step,
  updateRatios: [step * 1e-4],
  activationStats: [{ mean: 0, std: 1, saturated: 0.1, dead: null }],
  quantiles: { weights: [], gradients: [], activations: [] },
});

function run(): RunRecord {
  return {
    id: 'r',
    name: 'r',
    color: '#000',
    status: 'running',
    denseIds: ['dense1', 'dense2'],
    activations: [{ id: 'act1', fn: 'tanh' }],
    loss: [
      { step: 1, epoch: 0.1, loss: 1, accuracy: null },
      { step: 2, epoch: 0.2, loss: 0.8, accuracy: 0.5 },
      { step: 3, epoch: 0.3, loss: 0.6, accuracy: null },
      { step: 4, epoch: 0.4, loss: 0.4, accuracy: 0.7 },
    ],
    gradients: [
      { step: 1, norms: [1, 2] },
      { step: 3, norms: [3, 4] },
    ],
    probes: [probe(2), probe(4)],
  };
}

describe('runMetricSeries', () => {
  it('makes a sample per probe point from the loss, accuracy and gradients up to its step', () => {
    const series = runMetricSeries(run(), 0.1);
    expect(series).toMatchObject({ task: 'classification', lr: 0.1, activations: [{ id: 'act1', fn: 'tanh' }] });
    expect(series.samples).toEqual([
      { step: 2, loss: 0.9, accuracy: 0.5, gradNorms: [1, 2], updateRatios: [2e-4], activationStats: probe(2).activationStats },
      { step: 4, loss: 0.5, accuracy: 0.7, gradNorms: [3, 4], updateRatios: [4e-4], activationStats: probe(4).activationStats },
    ]);
  });

  it('leaves out the samples up to `sinceStep` (before a fix was applied)', () => {
    expect(runMetricSeries(run(), 0.1, 2).samples.map((sample) => sample.step)).toEqual([4]);
  });

  it('calls a run without accuracies a regression', () => {
    const regression = { ...run(), loss: run().loss.map((point) => ({ ...point, accuracy: null })) };
    expect(runMetricSeries(regression, 0.1).task).toBe('regression');
  });
});
