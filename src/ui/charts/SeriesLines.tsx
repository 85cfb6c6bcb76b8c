import { memo, useId } from 'react';
import { usePlotArea, useYAxisScale } from 'recharts';
import type { SeriesAxis } from './runSeries.ts';
import { useStepScale, type PixelScale } from './StepAxis.tsx';
import type { PlottedSeries } from './usePlottedSeries.ts';

/** A lone point draws no line, so it gets a dot of this radius (as recharts draws one). */
const DOT_RADIUS = 3;

/** The SVG path through a line's points, in pixels; points the scales cannot place are skipped. */
function linePath(line: PlottedSeries, x: PixelScale, y: PixelScale): string {
  const commands: string[] = [];
  for (const point of line.points) {
    const px = x(point.x);
    const py = y(point.y);
    if (px !== undefined && py !== undefined) commands.push(`${commands.length === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`);
  }
  return commands.join('');
}

/** One line: its path, or a dot when it has a single point. Redrawn only when its points or scales change. */
const LinePath = memo(function LinePath({ line, x, y }: { line: PlottedSeries; x: PixelScale; y: PixelScale }) {
  const look = { stroke: line.color, strokeWidth: line.axis === 'value' ? 2 : 1.5, strokeDasharray: line.dash };
  if (line.points.length > 1) return <path className="metric-chart__line" d={linePath(line, x, y)} fill="none" {...look} />;
  const [only] = line.points;
  return <circle className="metric-chart__dot" cx={x(only!.x)} cy={y(only!.y)} r={DOT_RADIUS} fill="#fff" {...look} />;
});

/** Label text height: labels closer than this are moved apart. */
const LABEL_GAP = 12;

/**
 * Each labelled line's text beside its last point. Labels of lines that end close together are
 * moved apart, top to bottom, each as near its line's end as the one above allows.
 */
function EndLabels({ lines, x, yScales }: { lines: readonly PlottedSeries[]; x: PixelScale; yScales: Record<SeriesAxis, PixelScale | undefined> }) {
  const placed = lines.flatMap((line) => {
    const last = line.points.at(-1);
    if (!line.endLabel || !last) return [];
    const px = x(last.x);
    const py = yScales[line.axis]?.(last.y);
    return px === undefined || py === undefined ? [] : [{ line, px, py }];
  });
  placed.sort((a, b) => a.py - b.py);
  let floor = -Infinity;
  return placed.map(({ line, px, py }) => {
    const y = Math.max(py + 4, floor + LABEL_GAP);
    floor = y;
    return (
      <text key={line.key} className="metric-chart__end-label" x={px + 6} y={y} fill={line.color} fontSize={11} fontWeight={600}>
        {line.endLabel}
      </text>
    );
  });
}

/**
 * A chart's lines, one SVG path each, placed with the chart's value scales and our step scale
 * (recharts provides the value axes, grid and layout). Recharts' `<Line>` registers each line
 * in the chart's store and rebuilds per-point objects, label entries and animation state on
 * every redraw: with a dozen lines redrawn while training, each redraw was a long task that
 * stalled the page.
 */
export function SeriesLines({ lines, lastStep }: { lines: readonly PlottedSeries[]; lastStep: number }) {
  const x = useStepScale(lastStep);
  const yScales = { value: useYAxisScale('value'), fraction: useYAxisScale('fraction') };
  const plotArea = usePlotArea();
  const clipId = useId();
  if (!x || !plotArea) return null;
  return (
    <g className="metric-chart__lines">
      <clipPath id={clipId}>
        <rect x={plotArea.x} y={plotArea.y} width={plotArea.width} height={plotArea.height} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        {lines.map((line) => {
          const y = yScales[line.axis];
          return y && line.points.length > 0 ? <LinePath key={line.key} line={line} x={x} y={y} /> : null;
        })}
      </g>
      <EndLabels lines={lines} x={x} yScales={yScales} />
    </g>
  );
}
