import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, useXAxisScale, useYAxisScale, XAxis, YAxis } from 'recharts';
import { logAxis, stepAxisTicks } from './axisTicks.ts';
import { formatLogTick, formatPercent, formatStep, formatValue } from './numberFormat.ts';
import { AXIS_TICK, GRID_COLOR } from './palette.ts';
import type { PlottedSeries } from './usePlottedSeries.ts';

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
  height?: number;
}

function valueAxisScale(lines: readonly PlottedSeries[], logScale: boolean) {
  if (!logScale) return { scale: 'linear' as const, domain: [0, 'auto'] as [number, 'auto'], tickFormatter: formatValue };
  let min = Infinity;
  let max = -Infinity;
  for (const line of lines) {
    if (line.axis !== 'value') continue;
    for (const { y } of line.points) {
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
  }
  const { ticks, domain } = min <= max ? logAxis(min, max) : logAxis(0.1, 1);
  return { scale: 'log' as const, domain, ticks, tickFormatter: formatLogTick, allowDataOverflow: true };
}

/** Room on the right for end labels such as "first layer". */
const END_LABEL_WIDTH = 76;

/**
 * Each labelled line's text beside its last point, drawn straight from the axes' scales: a
 * `label` on the Line would build a label component for every point, and a reference dot
 * per label would update recharts' store on every redraw. The line ending highest gets its
 * label above, the others below, so the labels of lines that meet stay apart.
 */
function EndLabels({ lines }: { lines: readonly PlottedSeries[] }) {
  const xScale = useXAxisScale();
  const yScales = { value: useYAxisScale('value'), fraction: useYAxisScale('fraction') };
  const labelled = lines.filter((line) => line.endLabel && line.points.length > 0);
  const highestEnd = Math.max(...labelled.map((line) => line.points.at(-1)!.y));
  return labelled.map((line) => {
    const last = line.points.at(-1)!;
    const x = xScale?.(last.x);
    const y = yScales[line.axis]?.(last.y);
    if (x === undefined || y === undefined) return null;
    return (
      <text key={line.key} x={x + 6} y={y} dy={last.y === highestEnd ? -3 : 11} fill={line.color} fontSize={11} fontWeight={600}>
        {line.endLabel}
      </text>
    );
  });
}

/** The data key of a chart row's value for the line at `index`. */
const valueKey = (index: number) => `y${index}`;

/**
 * The lines' points as one table, a row per x with each line's value there. Recharts stores a
 * line's own `data` once per line, and every store update re-runs its selectors for all of
 * them: one table is one update per chart, however many lines it draws.
 */
function chartRows(lines: readonly PlottedSeries[]): Record<string, number>[] {
  const rows = new Map<number, Record<string, number>>();
  lines.forEach((line, index) => {
    for (const { x, y } of line.points) {
      let row = rows.get(x);
      if (!row) rows.set(x, (row = { x }));
      row[valueKey(index)] = y;
    }
  });
  return [...rows.values()].sort((a, b) => a.x! - b.x!);
}

/**
 * A recharts line chart of series that each bring their own points (runs are sampled at
 * different steps), against the training step or epoch. Recharts' keyboard layer is off:
 * there is no tooltip to walk, and the wrapper's label says what the chart shows.
 */
export function MetricChart({ lines, logScale, label, emptyMessage, xLabel = 'step', height = 200 }: MetricChartProps) {
  const rows = useMemo(() => chartRows(lines), [lines]);
  if (rows.length === 0) {
    return (
      <div className="metric-chart metric-chart--empty" style={{ height }}>
        {emptyMessage}
      </div>
    );
  }
  const hasFractionAxis = lines.some((line) => line.axis === 'fraction');
  const lastStep = Math.max(...lines.map((line) => line.points.at(-1)?.x ?? 0));
  const rightMargin = lines.some((line) => line.endLabel) ? END_LABEL_WIDTH : hasFractionAxis ? 4 : 16;
  return (
    <div className="metric-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={{ top: 8, right: rightMargin, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID_COLOR} vertical={false} />
          <XAxis
            type="number"
            dataKey="x"
            domain={[0, lastStep]}
            ticks={stepAxisTicks(lastStep)}
            tickFormatter={formatStep}
            tick={AXIS_TICK}
            stroke={GRID_COLOR}
            label={{ value: xLabel, position: 'insideBottomRight', offset: -2, ...AXIS_TICK }}
          />
          <YAxis yAxisId="value" tick={AXIS_TICK} width={52} stroke={GRID_COLOR} {...valueAxisScale(lines, logScale)} />
          {hasFractionAxis && (
            <YAxis
              yAxisId="fraction"
              orientation="right"
              domain={[0, 1]}
              ticks={[0, 0.25, 0.5, 0.75, 1]}
              tickFormatter={formatPercent}
              tick={AXIS_TICK}
              width={40}
              stroke={GRID_COLOR}
            />
          )}
          {lines.map((line, index) => (
            <Line
              key={line.key}
              dataKey={valueKey(index)}
              connectNulls // a line has no value in rows that only other lines' points made
              name={line.label}
              yAxisId={line.axis}
              stroke={line.color}
              strokeDasharray={line.dash}
              strokeWidth={line.axis === 'value' ? 2 : 1.5}
              dot={line.points.length === 1} // a lone point draws no line
              activeDot={false}
              isAnimationActive={false}
            />
          ))}
          <EndLabels lines={lines} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
