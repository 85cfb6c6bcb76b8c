import { describe, expect, it } from 'vitest';
import { downsampleSeries, MAX_POINTS_PER_SERIES, type XY } from './downsampling.ts';

const line = (length: number, y: (x: number) => number): XY[] => Array.from({ length }, (_, x) => ({ x, y: y(x) }));

describe('downsampleSeries', () => {
  it('leaves a short series as it is', () => {
    const points = line(50, (x) => x * x);
    expect(downsampleSeries(points)).toEqual(points);
  });

  it('reduces a million points to the default budget, keeping both ends', () => {
    const points = line(1_000_000, (x) => Math.exp(-x / 1e5));
    const reduced = downsampleSeries(points);
    expect(reduced).toHaveLength(MAX_POINTS_PER_SERIES);
    expect(reduced[0]).toEqual(points[0]);
    expect(reduced.at(-1)).toEqual(points.at(-1));
  });

  it('keeps a single spike that uniform sampling would miss', () => {
    const points = line(10_000, (x) => (x === 4_321 ? 100 : 1));
    expect(downsampleSeries(points, 100).some((point) => point.y === 100)).toBe(true);
  });

  it('keeps a dip of tiny values when measured in log space', () => {
    // Linear triangles cannot see 1e-9 next to 1; log-space ones can.
    const points = line(10_000, (x) => (x === 7_777 ? 1e-9 : 1 + (x % 2) * 1e-3));
    expect(downsampleSeries(points, 100, { logY: true }).some((point) => point.y === 1e-9)).toBe(true);
  });

  it('returns points in increasing x order', () => {
    const reduced = downsampleSeries(line(5_000, Math.sin), 200);
    expect(reduced.every((point, i) => i === 0 || point.x > reduced[i - 1]!.x)).toBe(true);
  });
});
