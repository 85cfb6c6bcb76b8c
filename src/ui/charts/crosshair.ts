import type { XY } from './downsampling.ts';
import { formatPercent, formatValue } from './numberFormat.ts';
import type { PlottedSeries } from './usePlottedSeries.ts';

/** The index of the point whose x is nearest `x` in points sorted by x; -1 for none. */
export function nearestIndex(points: readonly XY[], x: number): number {
  if (points.length === 0) return -1;
  let low = 0;
  let high = points.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (points[middle]!.x < x) low = middle + 1;
    else high = middle;
  }
  const before = low - 1;
  return before >= 0 && x - points[before]!.x <= points[low]!.x - x ? before : low;
}

/** One line's entry in the crosshair's readout: where its nearest point is and what it says. */
export interface ReadoutEntry {
  key: string;
  label: string;
  color: string;
  point: XY;
  axis: PlottedSeries['axis'];
  text: string;
}

/** Each line's point nearest `x`, as drawn (smoothed), with its value written as the chart's axes write it. */
export function readoutAt(lines: readonly PlottedSeries[], x: number): ReadoutEntry[] {
  return lines.flatMap((line) => {
    const index = nearestIndex(line.points, x);
    if (index < 0) return [];
    const point = line.points[index]!;
    const text = line.axis === 'fraction' ? formatPercent(point.y) : formatValue(point.y);
    return [{ key: line.key, label: line.label, color: line.color, point, axis: line.axis, text }];
  });
}

/** The x values of every point of every line, sorted and without repeats: where the arrow keys move the crosshair. */
export function stopsOf(lines: readonly PlottedSeries[]): number[] {
  return [...new Set(lines.flatMap((line) => line.points.map((point) => point.x)))].sort((a, b) => a - b);
}
