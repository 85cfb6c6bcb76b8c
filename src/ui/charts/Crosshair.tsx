import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { usePlotArea, useYAxisScale } from 'recharts';
import { readoutAt, stopsOf } from './crosshair.ts';
import { formatStep } from './numberFormat.ts';
import { GRID_COLOR } from './palette.ts';
import { useStepScale } from './StepAxis.tsx';
import type { PlottedSeries } from './usePlottedSeries.ts';

const LINE_HEIGHT = 15;
const PADDING = 6;
/** An average character's width at the readout's font size: enough to size its box without measuring text. */
const CHAR_WIDTH = 6.4;

/**
 * Hover values: under the pointer (or moved with the arrow keys once the plot has focus), a
 * vertical line at the nearest recorded step, a dot on each line, and a box with each line's
 * value there. Its state is its own, so moving it redraws this layer only, never the chart.
 */
export function Crosshair({ lines, lastStep, xLabel }: { lines: readonly PlottedSeries[]; lastStep: number; xLabel: string }) {
  const x = useStepScale(lastStep);
  const yScales = { value: useYAxisScale('value'), fraction: useYAxisScale('fraction') };
  const plotArea = usePlotArea();
  const [at, setAt] = useState<number | null>(null);
  if (!x || !plotArea || lastStep <= 0) return null;

  const stepAtPointer = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return ((event.clientX - box.left) / box.width) * lastStep;
  };
  const onKeyDown = (event: KeyboardEvent<SVGRectElement>) => {
    const stops = stopsOf(lines);
    if (stops.length === 0) return;
    const index = at === null ? stops.length : stops.findIndex((stop) => stop >= at);
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: at === null ? stops.length - 1 : index + 1, Home: 0, End: stops.length - 1 };
    if (event.key === 'Escape') return setAt(null);
    if (!(event.key in moves)) return;
    event.preventDefault();
    setAt(stops[Math.min(Math.max(moves[event.key]!, 0), stops.length - 1)]!);
  };

  const entries = at === null ? [] : readoutAt(lines, at);
  const snapped = entries[0]?.point.x ?? at;
  const title = snapped === null ? '' : `${xLabel} ${formatStep(snapped)}`;
  const rows = [title, ...entries.map((entry) => `${entry.label}  ${entry.text}`)];
  const width = PADDING * 2 + CHAR_WIDTH * Math.max(...rows.map((row) => row.length));
  const height = PADDING * 2 + LINE_HEIGHT * rows.length;
  const cursorX = snapped === null ? undefined : x(snapped);
  const boxX = cursorX === undefined ? 0 : cursorX + 10 + width > plotArea.x + plotArea.width ? cursorX - 10 - width : cursorX + 10;
  return (
    <g className="chart-crosshair">
      {cursorX !== undefined && (
        <>
          <line x1={cursorX} x2={cursorX} y1={plotArea.y} y2={plotArea.y + plotArea.height} stroke="#94a3b8" strokeDasharray="3 3" />
          {entries.map((entry) => {
            const cy = yScales[entry.axis]?.(entry.point.y);
            const cx = x(entry.point.x);
            return cy === undefined || cx === undefined ? null : <circle key={entry.key} cx={cx} cy={cy} r={3.5} fill={entry.color} stroke="#fff" />;
          })}
          <g className="chart-crosshair__readout" role="status" aria-label={rows.join(', ')} transform={`translate(${boxX},${plotArea.y + 4})`}>
            <rect width={width} height={height} rx={4} fill="#fff" fillOpacity={0.94} stroke={GRID_COLOR} />
            {rows.map((row, i) => (
              <text key={row} x={PADDING} y={PADDING + LINE_HEIGHT * (i + 0.75)} fontSize={11} fill={i === 0 ? '#64748b' : entries[i - 1]!.color}>
                {row}
              </text>
            ))}
          </g>
        </>
      )}
      <rect
        className="chart-crosshair__target"
        x={plotArea.x}
        y={plotArea.y}
        width={plotArea.width}
        height={plotArea.height}
        fill="transparent"
        tabIndex={0}
        role="slider"
        aria-label="Values at a step: move with the arrow keys"
        aria-valuemin={0}
        aria-valuemax={lastStep}
        aria-valuenow={snapped ?? lastStep}
        aria-valuetext={snapped === null ? 'No step chosen' : rows.join(', ')}
        onPointerMove={(event) => setAt(stepAtPointer(event))}
        onPointerLeave={() => setAt(null)}
        onKeyDown={onKeyDown}
        onBlur={() => setAt(null)}
      />
    </g>
  );
}
