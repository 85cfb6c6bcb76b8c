import { useMemo } from 'react';
import { usePlotArea, type PlotArea } from 'recharts';
import { BASELINE_SHIFT } from './AxisTickLabel.tsx';
import { stepAxisTicks } from './axisTicks.ts';
import { formatStep } from './numberFormat.ts';
import { AXIS_TICK, GRID_COLOR } from './palette.ts';

/** Room below the plot for the axis: tick marks, their labels and the axis name, as a recharts XAxis takes. */
export const STEP_AXIS_HEIGHT = 30;
const TICK_LENGTH = 6;
const LABEL_GAP = 2;

/** Data value to pixel; `undefined` where the value cannot be placed. */
export type PixelScale = (value: number) => number | undefined;

/**
 * The pixel position of a step (or epoch) on the x axis, which runs from 0 to `lastStep`.
 *
 * The x axis is drawn by us, not by a recharts `XAxis`: it grows with every redraw while
 * training, and each new domain handed to recharts re-ran the chart's whole store (every
 * selector, every subscribed part), which was half of each redraw's main-thread time.
 */
export function useStepScale(lastStep: number): PixelScale | undefined {
  const plotArea = usePlotArea();
  // The same function while neither changes, so the lines of a finished run are not redrawn.
  return useMemo(() => plotArea && stepScale(lastStep, plotArea), [lastStep, plotArea]);
}

/** Step 0 at the plot's left edge, `lastStep` at its right (before the first step, everything is at the left). */
export function stepScale(lastStep: number, plotArea: Pick<PlotArea, 'x' | 'width'>): PixelScale {
  const span = lastStep > 0 ? lastStep : 1;
  return (step) => plotArea.x + (step / span) * plotArea.width;
}

/** The x axis under the plot: a baseline, round-numbered ticks from 0 to `lastStep`, and the axis name at the right. */
export function StepAxis({ lastStep, label }: { lastStep: number; label: string }) {
  const plotArea = usePlotArea();
  if (!plotArea) return null;
  const x = stepScale(lastStep, plotArea);
  const baseline = plotArea.y + plotArea.height;
  return (
    <g className="metric-chart__step-axis">
      <line x1={plotArea.x} x2={plotArea.x + plotArea.width} y1={baseline} y2={baseline} stroke={GRID_COLOR} />
      {stepAxisTicks(lastStep).map((step) => (
        <g key={step}>
          <line x1={x(step)} x2={x(step)} y1={baseline} y2={baseline + TICK_LENGTH} stroke={GRID_COLOR} />
          <text x={x(step)} y={baseline + TICK_LENGTH + LABEL_GAP} dy={BASELINE_SHIFT.start} textAnchor="middle" {...AXIS_TICK}>
            {formatStep(step)}
          </text>
        </g>
      ))}
      <text x={plotArea.x + plotArea.width + LABEL_GAP} y={baseline + STEP_AXIS_HEIGHT + LABEL_GAP} textAnchor="end" {...AXIS_TICK}>
        {label}
      </text>
    </g>
  );
}
