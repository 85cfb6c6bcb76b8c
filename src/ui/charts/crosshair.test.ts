import { describe, expect, it } from 'vitest';
import { nearestIndex, readoutAt, stopsOf } from './crosshair.ts';
import type { PlottedSeries } from './usePlottedSeries.ts';

const line = (key: string, axis: 'value' | 'fraction', points: [number, number][]): PlottedSeries => ({
  key,
  label: key,
  color: '#000',
  axis,
  points: points.map(([x, y]) => ({ x, y })),
  latestValue: points.at(-1)?.[1],
});

describe('nearestIndex', () => {
  const points = [1, 4, 10].map((x) => ({ x, y: 0 }));

  it('finds the point nearest x, the earlier one on a tie', () => {
    expect([0, 1, 2, 2.5, 3, 7, 7.5, 100].map((x) => nearestIndex(points, x))).toEqual([0, 0, 0, 0, 1, 1, 2, 2]);
    expect(nearestIndex([], 3)).toBe(-1);
  });
});

describe('readoutAt', () => {
  it('gives each line its nearest point, values as the axes write them', () => {
    const lines = [line('Train loss', 'value', [[10, 0.6931], [20, 0.5]]), line('Train accuracy', 'fraction', [[20, 0.875]]), line('Empty', 'value', [])];
    expect(readoutAt(lines, 12).map(({ label, point, text }) => [label, point.x, text])).toEqual([
      ['Train loss', 10, '0.693'],
      ['Train accuracy', 20, '87.5%'],
    ]);
  });
});

describe('stopsOf', () => {
  it('lists every point x once, in order', () => {
    expect(stopsOf([line('a', 'value', [[1, 0], [3, 0]]), line('b', 'value', [[2, 0], [3, 0]])])).toEqual([1, 2, 3]);
  });
});
