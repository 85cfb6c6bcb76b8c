import { useMemo, type ReactNode } from 'react';
import { CartesianGrid, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import { AxisTickLabel } from './AxisTickLabel.tsx';
import { Crosshair } from './Crosshair.tsx';
import { endLabelRoom } from './endLabelRoom.ts';
import { GIVEN_TICKS, linearAxis, logAxis, rangeAxis } from './axisTicks.ts';
import { formatLogTick, formatPercent, formatValue } from './numberFormat.ts';
import { GRID_COLOR } from './palette.ts';
import { PlaceholderCover } from './PlaceholderCover.tsx';
import { SeriesLines } from './SeriesLines.tsx';
import { STEP_AXIS_HEIGHT, StepAxis } from './StepAxis.tsx';
import type { PlottedSeries } from './usePlottedSeries.ts';
import { useStableAxis } from './useStableAxis.ts';

interface MetricChartProps {
  lines: readonly PlottedSeries[];
  /** Log scale on the value axis (the fraction axis stays 0–100 %). */
  logScale: boolean;
  /** What the chart shows, for screen readers. */
  label: string;
  /** Shown in place of the chart before there is anything to draw. */
  emptyMessage: string;
  /** What x counts; every chart but the loss chart's epoch view is against the step. */
  xLabel?: string;
  /** Values the value axis must reach besides the lines' (a reference line, bands drawn in `overlay`). */
  valueExtent?: readonly number[];
  /** Drawn under the lines on the chart's scales (bands, reference lines). */
  overlay?: ReactNode;
}

/** The value axis, fitted to the value lines' points: the lines are drawn by us, so recharts does not see their data. */
function valueAxisScale(lines: readonly PlottedSeries[], logScale: boolean, extent: readonly number[]) {
  let min = Math.min(...extent);
  let max = Math.max(...extent);
  for (const line of lines) {
    if (line.axis !== 'value') continue;
    for (const { y } of line.points) {
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
  }
  if (!logScale) return { scale: 'linear' as const, ...(min < 0 ? rangeAxis(min, max) : linearAxis(max)), tickFormatter: formatValue };
  const { ticks, domain } = min <= max ? logAxis(min, max) : logAxis(0.1, 1);
  return { scale: 'log' as const, domain, ticks, tickFormatter: formatLogTick };
}

const BOTTOM = 4 + STEP_AXIS_HEIGHT;
/** Room on the right for the fraction axis, or for nothing. */
const MARGINS = {
  fractionAxis: { top: 8, right: 4, bottom: BOTTOM, left: 0 },
  plain: { top: 8, right: 16, bottom: BOTTOM, left: 0 },
};
const FRACTION_DOMAIN = [0, 1];
const FRACTION_TICKS = [0, 0.25, 0.5, 0.75, 1];
const NO_EXTENT: readonly number[] = [];

/**
 * A line chart of series that each bring their own points (runs and layers are sampled at
 * different steps), against the training step or epoch: recharts lays out the value axes and
 * grid, `StepAxis` and `SeriesLines` draw the growing step axis and the lines, `Crosshair` the
 * hover values. Recharts' keyboard layer is off: the crosshair is walked with the arrow keys
 * instead, and the wrapper's label says what the chart shows.
 */
/** The chart fills its `.chart-plot` box, whose height the layout sets. */
export function MetricChart({ lines, logScale, label, emptyMessage, xLabel = 'step', valueExtent = NO_EXTENT, overlay }: MetricChartProps) {
  const valueAxis = useStableAxis(valueAxisScale(lines, logScale, valueExtent));
  const empty = lines.every((line) => line.points.length === 0);
  const hasFractionAxis = lines.some((line) => line.axis === 'fraction');
  const lastStep = Math.max(...lines.map((line) => line.points.at(-1)?.x ?? 0));
  const labelRoom = endLabelRoom(lines);
  // A new object only when the room changes: recharts re-runs its layout for every new margin.
  const margin = useMemo(
    () => (labelRoom > 0 ? { top: 8, right: labelRoom, bottom: BOTTOM, left: 0 } : hasFractionAxis ? MARGINS.fractionAxis : MARGINS.plain),
    [labelRoom, hasFractionAxis],
  );
  return (
    <PlaceholderCover empty={empty} emptyMessage={emptyMessage} label={label}>
      <ResponsiveContainer width="100%" height="100%" minHeight={80}>
        {/* Props are kept stable between redraws: recharts copies each changed one into its store, and every copy re-runs its selectors. */}
        <LineChart margin={margin} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID_COLOR} vertical={false} />
          <YAxis yAxisId="value" {...GIVEN_TICKS} tick={AxisTickLabel} width={44} stroke={GRID_COLOR} {...valueAxis} />
          {hasFractionAxis && (
            <YAxis
              yAxisId="fraction"
              orientation="right"
              domain={FRACTION_DOMAIN}
              ticks={FRACTION_TICKS}
              {...GIVEN_TICKS}
              tickFormatter={formatPercent}
              tick={AxisTickLabel}
              width={40}
              stroke={GRID_COLOR}
            />
          )}
          <StepAxis lastStep={lastStep} label={xLabel} />
          {overlay}
          <SeriesLines lines={lines} lastStep={lastStep} />
          <Crosshair lines={lines} lastStep={lastStep} xLabel={xLabel} />
        </LineChart>
      </ResponsiveContainer>
    </PlaceholderCover>
  );
}
