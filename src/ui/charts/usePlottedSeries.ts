import { useMemo, useRef } from 'react';
import type { XY } from './downsampling.ts';
import { IncrementalLines, type LineOptions } from './incrementalLines.ts';
import type { SeriesSpec } from './runSeries.ts';

/**
 * A line ready to draw: its look, at most a few hundred smoothed, downsampled points, and the
 * latest value as the engine reported it.
 */
export type PlottedSeries = Omit<SeriesSpec<unknown>, 'source' | 'read' | 'sampling'> & { points: XY[]; latestValue: number | undefined };

/** One sampling group's lines and what they were made for. */
interface Group<T> {
  keys: string[];
  options: LineOptions;
  lines: IncrementalLines<T>;
}

/** Lines on a log axis are downsampled in log space, so a group never spans two axes. */
function groupBySampling<T>(specs: readonly SeriesSpec<T>[]): Map<string, SeriesSpec<T>[]> {
  const groups = new Map<string, SeriesSpec<T>[]>();
  for (const spec of specs) {
    const key = `${spec.sampling ?? spec.key} on ${spec.axis}`;
    groups.set(key, [...(groups.get(key) ?? []), spec]);
  }
  return groups;
}

function fitsGroup<T>(group: Group<T> | undefined, keys: readonly string[], options: LineOptions): group is Group<T> {
  return (
    group !== undefined &&
    group.keys.join('\n') === keys.join('\n') &&
    group.options.smoothing === options.smoothing &&
    group.options.logY === options.logY &&
    group.options.maxPoints === options.maxPoints
  );
}

function lookOf<T>({ source, read, sampling, ...look }: SeriesSpec<T>): Omit<PlottedSeries, 'points' | 'latestValue'> {
  return look;
}

/**
 * Turns series specs into drawable points. Specs with the same `sampling` key read the same
 * items and are downsampled together, so they share their x values; each group keeps one
 * `IncrementalLines`, so a growing run is only processed from where the last update stopped.
 */
export function usePlottedSeries<T>(
  specs: readonly SeriesSpec<T>[],
  { smoothing, logY, maxPoints }: LineOptions,
): PlottedSeries[] {
  const groups = useRef(new Map<string, Group<T>>());
  return useMemo(() => {
    const current = new Map<string, Group<T>>();
    const plotted = new Map<SeriesSpec<T>, PlottedSeries>();
    for (const [key, members] of groupBySampling(specs)) {
      const keys = members.map((spec) => spec.key);
      const options = { smoothing, logY: logY && members[0]!.axis === 'value', maxPoints }; // the fraction axis is never log
      const previous = groups.current.get(key);
      const group = fitsGroup(previous, keys, options)
        ? previous
        : { keys, options, lines: new IncrementalLines(members.map((spec) => spec.read), options) };
      current.set(key, group);
      const points = group.lines.update(members[0]!.source);
      members.forEach((spec, line) =>
        plotted.set(spec, { ...lookOf(spec), points: points[line]!, latestValue: group.lines.latestValues[line] }),
      );
    }
    groups.current = current; // forget lines of removed runs
    return specs.map((spec) => plotted.get(spec)!);
  }, [specs, smoothing, logY, maxPoints]);
}
