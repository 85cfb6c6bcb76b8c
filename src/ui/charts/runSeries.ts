import type { GradientPoint, LossPoint, RunRecord } from '../training/runTypes.ts';
import type { XY } from './downsampling.ts';
import { depthColor, METRIC_COLORS, TEST_DASH } from './palette.ts';

/** Which y axis a line is drawn against: the metric's own, or 0–100 % on the right. */
export type SeriesAxis = 'value' | 'fraction';

/** One line of a chart: where its points come from and how it looks. */
export interface SeriesSpec<T> {
  /** Unique within a chart and stable across updates (it keys the line's cache). */
  key: string;
  label: string;
  color: string;
  dash?: string;
  axis: SeriesAxis;
  source: readonly T[];
  /** The plotted point of one source item, or null where it has none (a step without a test evaluation). */
  read: (item: T) => XY | null;
  /** Text written beside the line's last point, e.g. "first layer". */
  endLabel?: string;
}

const finiteOrNull = (x: number, y: number | null | undefined): XY | null =>
  typeof y === 'number' && Number.isFinite(y) ? { x, y } : null;

/**
 * True when the engine reports accuracy, i.e. the run is a classification. Accuracy comes with
 * evaluations only, so look for any point that has one (the first is at most an epoch in).
 */
export function reportsAccuracy(run: RunRecord): boolean {
  return run.loss.some((point) => typeof point.accuracy === 'number');
}

/** What the loss chart's x axis counts: optimizer steps or (fractional) epochs. */
export type LossXAxis = 'step' | 'epoch';

const LOSS_METRICS = [
  { metric: 'loss', label: 'Train loss', color: METRIC_COLORS.loss, axis: 'value' },
  { metric: 'testLoss', label: 'Test loss', color: METRIC_COLORS.loss, dash: TEST_DASH, axis: 'value' },
  { metric: 'accuracy', label: 'Train accuracy', color: METRIC_COLORS.accuracy, axis: 'fraction' },
  { metric: 'testAccuracy', label: 'Test accuracy', color: METRIC_COLORS.accuracy, dash: TEST_DASH, axis: 'fraction' },
] as const satisfies readonly (Pick<SeriesSpec<LossPoint>, 'label' | 'color' | 'dash' | 'axis'> & { metric: keyof LossPoint })[];

/** Train and test loss, plus train and test accuracy for classification, against step or epoch. */
export function lossChartSeries(run: RunRecord, xAxis: LossXAxis = 'step'): SeriesSpec<LossPoint>[] {
  const metrics = reportsAccuracy(run) ? LOSS_METRICS : LOSS_METRICS.filter((line) => line.axis === 'value');
  return metrics.map(({ metric, ...look }) => ({
    ...look,
    key: `${metric} by ${xAxis}`, // a new x axis is a new line, not a continuation of the cached one
    source: run.loss,
    read: (point: LossPoint) => finiteOrNull(point[xAxis], point[metric]),
  }));
}

/** "Layer 1 (first)" … "Layer 11 (last)": dense layers counted from the input. */
export function layerLabel(index: number, count: number): string {
  const position = count > 1 && index === 0 ? ' (first)' : index === count - 1 ? ' (last)' : '';
  return `Layer ${index + 1}${position}`;
}

const readLayerNorm = (layer: number) => (point: GradientPoint) => finiteOrNull(point.step, point.norms[layer]);

function depthEndLabel(layer: number, count: number): string | undefined {
  if (count < 2) return undefined;
  if (layer === 0) return 'first layer';
  return layer === count - 1 ? 'last layer' : undefined;
}

/** One gradient-norm line per dense layer, coloured by depth, the first and last labelled. */
export function layerGradientSeries(run: RunRecord): SeriesSpec<GradientPoint>[] {
  const count = run.denseIds.length;
  return run.denseIds.map((denseId, layer) => ({
    key: denseId,
    label: layerLabel(layer, count),
    color: depthColor(layer, count),
    axis: 'value',
    source: run.gradients,
    read: readLayerNorm(layer),
    endLabel: depthEndLabel(layer, count),
  }));
}

/** Each run's train loss in the run's colour, its short label at the line's end, for overlays. */
export function runLossSeries(runs: readonly RunRecord[]): SeriesSpec<LossPoint>[] {
  return runs.map((run) => ({
    key: run.id,
    label: run.name,
    color: run.color,
    axis: 'value',
    source: run.loss,
    read: (p) => finiteOrNull(p.step, p.loss),
    endLabel: run.label,
  }));
}

/** Each run's first dense layer gradient norm in the run's colour: where vanishing shows first. */
export function runFirstLayerGradientSeries(runs: readonly RunRecord[]): SeriesSpec<GradientPoint>[] {
  return runs.map((run) => ({
    key: run.id,
    label: run.name,
    color: run.color,
    axis: 'value',
    source: run.gradients,
    read: readLayerNorm(0),
    endLabel: run.label,
  }));
}

/** The most recent finite gradient norms, first to last layer (a diverged run keeps its last good ones). */
export function latestNorms(run: RunRecord): readonly number[] {
  return run.gradients.findLast((point) => point.norms.every(Number.isFinite))?.norms ?? [];
}
