import { describe, expect, it } from 'vitest';
import { newRunRecord } from '../training/runRecord.ts';
import type { ProbePoint, RunRecord } from '../training/runTypes.ts';
import { depthColor } from './palette.ts';
import { distributionExtent, distributionSteps, updateRatioSeries } from './probeSeries.ts';

const q = (base: number) => [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => base + i);
const point = (step: number, ratios: number[], weights: number[][]): ProbePoint => ({
  step,
  updateRatios: ratios,
  activationStats: [],
  quantiles: { weights, gradients: weights.map(() => []), activations: [] },
});

const run: RunRecord = {
  ...newRunRecord('r', 'r', '#000'),
  status: 'running',
  denseIds: ['dense1', 'dense2'],
  activations: [],
  loss: [],
  gradients: [],
  probes: [point(8, [1e-4, 1e-3], [q(-4), q(0)]), point(16, [Number.NaN, 2e-3], [q(-6), q(1)])],
};

describe('updateRatioSeries', () => {
  it('gives a line per dense layer coloured by depth, skipping steps without a ratio', () => {
    const [first, last] = updateRatioSeries(run);
    expect(first).toMatchObject({ key: 'ratio dense1', label: 'Layer 1 (first)', color: depthColor(0, 2), axis: 'value' });
    expect(run.probes.map(first!.read)).toEqual([{ x: 8, y: 1e-4 }, null]);
    expect(run.probes.map(last!.read)).toEqual([{ x: 8, y: 1e-3 }, { x: 16, y: 2e-3 }]);
  });
});

describe('distributionSteps and distributionExtent', () => {
  it('take one node’s quantiles at each step, and their overall range', () => {
    const steps = distributionSteps(run, 'weights', 0);
    expect(steps).toEqual([{ step: 8, quantiles: q(-4) }, { step: 16, quantiles: q(-6) }]);
    expect(distributionExtent(steps)).toEqual([-6, 4]);
    expect(distributionSteps(run, 'gradients', 0)).toEqual([]);
    expect(distributionExtent([])).toBeUndefined();
  });
});
