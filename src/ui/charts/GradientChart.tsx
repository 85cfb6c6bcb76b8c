import { memo, useMemo, useState } from 'react';
import type { RunRecord } from '../training/runTypes.ts';
import { ChartSection } from './ChartSection.tsx';
import { SmoothingSlider } from './ChartControls.tsx';
import { DepthBars } from './DepthBars.tsx';
import { DepthLegend } from './DepthLegend.tsx';
import { describeGradientHealth, type GradientHealth } from './gradientHealth.ts';
import { GradientWarning } from './GradientWarning.tsx';
import { MetricChart } from './MetricChart.tsx';
import { latestNorms, layerGradientSeries } from './runSeries.ts';
import { usePlottedSeries } from './usePlottedSeries.ts';
import { useThrottled } from './useThrottled.ts';

interface GradientChartProps {
  run: RunRecord | undefined;
  /** The run's diagnosis, computed once by the panel, which also puts it on the first dense node. */
  health: GradientHealth;
}

/** Per-batch gradient norms are noisy and eleven lines overlap: smooth more than the loss by default. */
const GRADIENT_SMOOTHING = 0.85;
/** Smoothed lines need fewer points, and a line per layer multiplies the drawing cost. */
const POINTS_PER_LAYER = 150;
const NO_NORMS: readonly number[] = [];
const NO_IDS: readonly string[] = [];

/**
 * The L2 norm of every dense layer's kernel gradient over time on a log axis, coloured by
 * depth, with the current values by depth and a warning when the gradient vanishes or explodes.
 */
export const GradientChart = memo(function GradientChart({ run, health }: GradientChartProps) {
  const [smoothing, setSmoothing] = useState(GRADIENT_SMOOTHING);
  const specs = useMemo(() => (run ? layerGradientSeries(run) : []), [run]);
  const lines = usePlottedSeries(specs, { smoothing, logY: true, maxPoints: POINTS_PER_LAYER });
  const warning = describeGradientHealth(health);
  // The bars are a recharts chart of their own: they redraw in the next free frame, not in this one.
  const norms = useThrottled(run ? latestNorms(run) : NO_NORMS, 0);
  return (
    <ChartSection title="Gradient magnitude" controls={<SmoothingSlider value={smoothing} onChange={setSmoothing} />}>
      {warning && <GradientWarning warning={warning} />}
      <MetricChart
        lines={lines}
        logScale
        label="Gradient norm of each dense layer against training step, log scale"
        emptyMessage="Each dense layer's gradient size appears here while training."
      />
      {lines.length > 0 && (
        <>
          <DepthLegend layers={lines.length} />
          <p className="chart-caption">
            How strongly each layer's weights are pushed to change at each step, on a log scale (1e-6 is a
            millionth). A layer far below the others barely learns.
          </p>
        </>
      )}
      <DepthBars norms={norms} layerIds={run?.denseIds ?? NO_IDS} />
    </ChartSection>
  );
});
