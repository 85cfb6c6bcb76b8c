import { usePlotArea, useYAxisScale } from 'recharts';
import { AXIS_TICK } from './palette.ts';

/** A dashed horizontal line across the plot at `value` on the value axis, labelled at its right end. */
export function ValueReference({ value, label }: { value: number; label: string }) {
  const y = useYAxisScale('value');
  const plotArea = usePlotArea();
  const py = y?.(value);
  if (!plotArea || py === undefined) return null;
  const right = plotArea.x + plotArea.width;
  return (
    <g className="value-reference">
      <line x1={plotArea.x} x2={right} y1={py} y2={py} stroke="#16a34a" strokeDasharray="6 4" strokeWidth={1.5} />
      <text x={right - 4} y={py - 4} textAnchor="end" {...AXIS_TICK} fill="#15803d">
        {label}
      </text>
    </g>
  );
}
