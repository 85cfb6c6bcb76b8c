/** Counts of values in `counts.length` equal bins from `min` to `max` (the last bin includes `max`). */
export interface Histogram {
  min: number;
  max: number;
  counts: number[];
}

/**
 * The histogram of `values` over their own range in `bins` bins. A single value (or all equal)
 * gets a range of ±0.5 around it, so it has a bin to sit in; no values give empty counts.
 */
export function histogramOf(values: ArrayLike<number>, bins: number): Histogram {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    min = Math.min(min, values[i]!);
    max = Math.max(max, values[i]!);
  }
  if (values.length === 0) return { min: 0, max: 0, counts: [] };
  if (min === max) {
    min -= 0.5;
    max += 0.5;
  }
  const counts = new Array<number>(bins).fill(0);
  const width = (max - min) / bins;
  for (let i = 0; i < values.length; i++) counts[Math.min(bins - 1, Math.floor((values[i]! - min) / width))]! += 1;
  return { min, max, counts };
}
