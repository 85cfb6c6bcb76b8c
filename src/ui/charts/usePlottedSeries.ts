import { useMemo, useRef } from 'react';
import type { XY } from './downsampling.ts';
import { IncrementalLine, type LineOptions } from './incrementalLine.ts';
import type { SeriesSpec } from './runSeries.ts';

/**
 * A line ready to draw: its look, at most a few hundred smoothed, downsampled points, and the
 * latest value as the engine reported it.
 */
export type PlottedSeries = Omit<SeriesSpec<unknown>, 'source' | 'read'> & { points: XY[]; latestValue: number | undefined };

/**
 * Turns series specs into drawable points, keeping one `IncrementalLine` per series key so a
 * growing run is only processed from where the last update stopped.
 */
export function usePlottedSeries<T>(
  specs: readonly SeriesSpec<T>[],
  { smoothing, logY, maxPoints }: LineOptions,
): PlottedSeries[] {
  const lines = useRef(new Map<string, IncrementalLine<T>>());
  return useMemo(() => {
    const current = new Map<string, IncrementalLine<T>>();
    const plotted = specs.map(({ source, read, ...look }) => {
      const options = { smoothing, logY: logY && look.axis === 'value', maxPoints }; // the fraction axis is never log
      const cached = lines.current.get(look.key);
      const reusable =
        cached &&
        cached.options.smoothing === options.smoothing &&
        cached.options.logY === options.logY &&
        cached.options.maxPoints === options.maxPoints;
      const line = reusable ? cached : new IncrementalLine(read, options);
      current.set(look.key, line);
      return { ...look, points: line.update(source), latestValue: line.latestValue };
    });
    lines.current = current; // forget lines of removed runs
    return plotted;
  }, [specs, smoothing, logY, maxPoints]);
}
