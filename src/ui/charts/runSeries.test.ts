import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../training/runTypes.ts';
import {
  latestNorms,
  layerGradientSeries,
  layerLabel,
  lossChartSeries,
  runFirstLayerGradientSeries,
  runLossSeries,
} from './runSeries.ts';
import { depthColor } from './palette.ts';

function run(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    id: 'r1',
    name: '#1 Deep sigmoid',
    label: '#1 sigmoid',
    color: '#e4572e',
    status: 'running',
    denseIds: ['dense1', 'dense2', 'dense3'],
    activations: [],
    probes: [],
    loss: [
      { step: 1, epoch: 0, loss: 0.7, accuracy: null },
      { step: 2, epoch: 0, loss: 0.6, accuracy: 0.6, testLoss: 0.65, testAccuracy: 0.55 },
      { step: 3, epoch: 1, loss: Number.NaN, accuracy: null },
    ],
    gradients: [
      { step: 1, norms: [1e-5, 1e-3, 0.1] },
      { step: 2, norms: [2e-5, 2e-3, 0.2] },
      { step: 3, norms: [Number.NaN, Infinity, 1] },
    ],
    ...overrides,
  };
}

const plotted = <T>(spec: { source: readonly T[]; read: (item: T) => unknown }) =>
  spec.source.map(spec.read).filter((point) => point !== null);

describe('lossChartSeries', () => {
  it('plots train and test loss and accuracy for a classification run, accuracy where evaluated', () => {
    const series = lossChartSeries(run());
    expect(series.map((s) => [s.label, s.axis])).toEqual([
      ['Train loss', 'value'],
      ['Test loss', 'value'],
      ['Train accuracy', 'fraction'],
      ['Test accuracy', 'fraction'],
    ]);
    expect(plotted(series[0]!)).toEqual([{ x: 1, y: 0.7 }, { x: 2, y: 0.6 }]);
    expect(plotted(series[1]!)).toEqual([{ x: 2, y: 0.65 }]);
    expect(plotted(series[2]!)).toEqual([{ x: 2, y: 0.6 }]);
    expect(plotted(series[3]!)).toEqual([{ x: 2, y: 0.55 }]);
  });

  it('leaves accuracy out when the engine reports none (regression)', () => {
    const regression = run({ loss: [{ step: 1, epoch: 0, loss: 3, accuracy: null }] });
    expect(lossChartSeries(regression).map((s) => s.label)).toEqual(['Train loss', 'Test loss']);
  });

  it('plots against the fractional epoch on request', () => {
    const [trainLoss] = lossChartSeries(run({ loss: [{ step: 40, epoch: 2.5, loss: 0.3, accuracy: 0.9 }] }), 'epoch');
    expect(plotted(trainLoss!)).toEqual([{ x: 2.5, y: 0.3 }]);
  });
});

describe('layerGradientSeries', () => {
  it('draws one line per dense layer, coloured first to last', () => {
    const series = layerGradientSeries(run());
    expect(series.map((s) => [s.key, s.label, s.color])).toEqual([
      ['dense1', 'Layer 1 (first)', depthColor(0, 3)],
      ['dense2', 'Layer 2', depthColor(1, 3)],
      ['dense3', 'Layer 3 (last)', depthColor(2, 3)],
    ]);
    expect(plotted(series[1]!)).toEqual([{ x: 1, y: 1e-3 }, { x: 2, y: 2e-3 }]);
  });

  it('labels the ends of the first and last layers only', () => {
    expect(layerGradientSeries(run()).map((s) => s.endLabel)).toEqual(['first layer', undefined, 'last layer']);
  });

  it('labels a single dense layer as the last', () => {
    expect(layerLabel(0, 1)).toBe('Layer 1 (last)');
  });
});

describe('run overlays', () => {
  it("names each line after its run, writes the run's short label at its end and uses the run's colour", () => {
    const runs = [run(), run({ id: 'r2', name: '#2 Deep ReLU', label: '#2 ReLU', color: '#2e86de' })];
    expect(runLossSeries(runs).map((s) => [s.key, s.label, s.endLabel, s.color])).toEqual([
      ['r1', '#1 Deep sigmoid', '#1 sigmoid', '#e4572e'],
      ['r2', '#2 Deep ReLU', '#2 ReLU', '#2e86de'],
    ]);
    expect(runFirstLayerGradientSeries(runs).map((s) => s.endLabel)).toEqual(['#1 sigmoid', '#2 ReLU']);
    expect(plotted(runFirstLayerGradientSeries(runs)[0]!)).toEqual([{ x: 1, y: 1e-5 }, { x: 2, y: 2e-5 }]);
  });
});

describe('latestNorms', () => {
  it('keeps the last finite norms of a diverged run', () => {
    expect(latestNorms(run())).toEqual([2e-5, 2e-3, 0.2]);
  });

  it('is empty before the first step', () => {
    expect(latestNorms(run({ gradients: [] }))).toEqual([]);
  });
});
