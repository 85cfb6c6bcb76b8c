import type { FloatArray } from '../tensor.ts';

/**
 * The levels of a distribution band: min, the normal distribution's ±1.5σ, ±1σ, ±0.5σ points,
 * the median, and max — TensorBoard's compressed histogram (basis points 0, 668, 1587, 3085,
 * 5000, 6915, 8413, 9332, 10000), so a normal distribution draws evenly spaced bands.
 */
export const QUANTILE_LEVELS = [0, 0.0668, 0.1587, 0.3085, 0.5, 0.6915, 0.8413, 0.9332, 1] as const;

/** The most values a distribution is estimated from (plenty for 9 quantiles): a larger tensor is read at a regular stride. */
export const MAX_SAMPLE = 256;

/**
 * Copies `count` values of `source` (its first `count`, or fewer at a regular stride when
 * there are more than `target` holds) into `target`; returns how many were copied.
 */
export function sampleInto(source: FloatArray, count: number, target: Float32Array): number {
  const stride = Math.ceil(count / target.length);
  let n = 0;
  for (let i = 0; i < count; i += stride) target[n++] = source[i]!;
  return n;
}

/**
 * The `QUANTILE_LEVELS` of the first `count` values of `sample`, which it sorts in place; each
 * by linear interpolation between the two nearest order statistics (numpy's default, Hyndman
 * & Fan's type 7). Empty for no values.
 */
export function quantilesOf(sample: Float32Array, count: number): number[] {
  if (count === 0) return [];
  const sorted = sample.subarray(0, count).sort();
  return QUANTILE_LEVELS.map((level) => {
    const position = level * (count - 1);
    const below = Math.floor(position);
    const above = Math.min(below + 1, count - 1);
    return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
  });
}
