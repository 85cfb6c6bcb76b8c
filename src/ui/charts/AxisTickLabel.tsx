import type { BaseTickContentProps } from 'recharts';
import { AXIS_TICK } from './palette.ts';

/** How far below or above its anchor recharts' `Text` sets a one-line label's baseline. */
export const BASELINE_SHIFT = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * An axis tick label as plain SVG text. Recharts' own `Text` measures each new label in the
 * DOM to wrap it to the axis width, which forces a layout in the middle of a chart redraw
 * (the largest part of the first redraws while training); tick labels are short and never wrap.
 */
export function AxisTickLabel({ x, y, payload, index, tickFormatter, textAnchor, verticalAnchor }: BaseTickContentProps) {
  return (
    <text x={x} y={y} dy={BASELINE_SHIFT[verticalAnchor]} textAnchor={textAnchor} {...AXIS_TICK}>
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </text>
  );
}
