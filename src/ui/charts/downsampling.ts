import { createLTTB } from 'downsample';

/** One plotted point: x is the training step (or epoch), y the value. */
export interface XY {
  x: number;
  y: number;
}

/** A few hundred points per line is more than a 400-px-wide chart can show. */
export const MAX_POINTS_PER_SERIES = 300;

const lttbLinear = createLTTB<XY>({ x: 'x', y: 'y' });
// On a log axis the triangles must be measured in log space, or tiny values lose their shape.
const lttbLog = createLTTB<XY>({ x: 'x', y: (point) => Math.log10(point.y) });

/**
 * Reduces a line to at most `maxPoints` with Largest-Triangle-Three-Buckets, which keeps the
 * first and last points and the visible peaks, so a million-step run draws as fast as a short one.
 * With `logY` the values must be positive.
 */
export function downsampleSeries(
  points: readonly XY[],
  maxPoints = MAX_POINTS_PER_SERIES,
  { logY = false }: { logY?: boolean } = {},
): XY[] {
  if (points.length <= maxPoints) return points.slice();
  return Array.from((logY ? lttbLog : lttbLinear)(points, maxPoints));
}
