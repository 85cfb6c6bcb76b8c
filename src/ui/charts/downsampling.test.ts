import { describe, expect, it } from 'vitest';
import { downsampleRows, MAX_POINTS_PER_SERIES, type Row } from './downsampling.ts';

const rows = (length: number, ...lines: ((x: number) => number | null)[]): Row[] =>
  Array.from({ length }, (_, x) => ({ x, values: lines.map((y) => y(x)) }));

describe('downsampleRows', () => {
  it('leaves a short series as it is', () => {
    const series = rows(50, (x) => x * x);
    expect(downsampleRows(series)).toEqual(series);
  });

  it('reduces a million points to the default budget, keeping both ends', () => {
    const series = rows(1_000_000, (x) => Math.exp(-x / 1e5));
    const reduced = downsampleRows(series);
    expect(reduced).toHaveLength(MAX_POINTS_PER_SERIES);
    expect(reduced[0]).toEqual(series[0]);
    expect(reduced.at(-1)).toEqual(series.at(-1));
  });

  it('keeps a single spike that uniform sampling would miss', () => {
    const series = rows(10_000, (x) => (x === 4_321 ? 100 : 1));
    expect(downsampleRows(series, 100).some((row) => row.values[0] === 100)).toBe(true);
  });

  it('keeps a dip of tiny values when measured in log space', () => {
    // Linear triangles cannot see 1e-9 next to 1; log-space ones can.
    const series = rows(10_000, (x) => (x === 7_777 ? 1e-9 : 1 + (x % 2) * 1e-3));
    expect(downsampleRows(series, 100, { logY: true }).some((row) => row.values[0] === 1e-9)).toBe(true);
  });

  it('returns rows in increasing x order', () => {
    const reduced = downsampleRows(rows(5_000, Math.sin), 200);
    expect(reduced.every((row, i) => i === 0 || row.x > reduced[i - 1]!.x)).toBe(true);
  });

  it('keeps lines together: a spike of any line keeps its row, with every line’s value', () => {
    const reduced = downsampleRows(rows(10_000, () => 1, (x) => (x === 2_468 ? 50 : 2)), 100);
    expect(reduced.find((row) => row.x === 2_468)?.values).toEqual([1, 50]);
  });

  it('skips lines without a value in a row', () => {
    const sparse = rows(1_000, (x) => x, (x) => (x % 10 === 0 ? 5 : null));
    expect(downsampleRows(sparse, 100)).toHaveLength(100);
  });
});
