import type { ProbePoint, RunRecord } from '../training/runTypes.ts';
import { depthColor } from './palette.ts';
import { layerLabel, type SeriesSpec } from './runSeries.ts';

/** One line per dense layer: its update:weight ratio over time, coloured by depth. */
export function updateRatioSeries(run: RunRecord): SeriesSpec<ProbePoint>[] {
  const count = run.denseIds.length;
  return run.denseIds.map((denseId, layer) => ({
    key: `ratio ${denseId}`,
    label: layerLabel(layer, count),
    color: depthColor(layer, count),
    axis: 'value',
    source: run.probes,
    read: (point: ProbePoint) => {
      const ratio = point.updateRatios[layer];
      return ratio !== undefined && Number.isFinite(ratio) ? { x: point.step, y: ratio } : null;
    },
  }));
}

/** What a distribution chart shows: a dense layer's weights or gradients, or an activation node's outputs. */
export type DistributionKind = 'weights' | 'gradients' | 'activations';

/** One step's distribution: the values at `QUANTILE_LEVELS`, min first. */
export interface DistributionStep {
  step: number;
  quantiles: readonly number[];
}

/** The recorded distributions of one node over time (steps without a distribution left out). */
export function distributionSteps(run: RunRecord, kind: DistributionKind, index: number): DistributionStep[] {
  return run.probes.flatMap((point) => {
    const quantiles = point.quantiles[kind][index];
    return quantiles && quantiles.length > 0 && quantiles.every(Number.isFinite) ? [{ step: point.step, quantiles }] : [];
  });
}

/** The smallest and largest value over all the steps (the band chart's axis), or undefined for none. */
export function distributionExtent(steps: readonly DistributionStep[]): [number, number] | undefined {
  if (steps.length === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (const { quantiles } of steps) {
    min = Math.min(min, quantiles[0]!);
    max = Math.max(max, quantiles.at(-1)!);
  }
  return [min, max];
}

/**
 * The nested bands of a TensorBoard distribution: [lower level, upper level] index pairs into
 * the quantiles, outermost (min–max) first, so inner bands are drawn over outer ones.
 */
export const BANDS: readonly (readonly [number, number])[] = [
  [0, 8],
  [1, 7],
  [2, 6],
  [3, 5],
];
/** The median's index in the quantiles. */
export const MEDIAN = 4;
