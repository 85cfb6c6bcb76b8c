import { describe, expect, it } from 'vitest';
import { MAX_POINTS_PER_SERIES } from './downsampling.ts';
import { IncrementalLine, type LineOptions } from './incrementalLine.ts';
import { smoothEma } from './smoothing.ts';

interface Sample {
  step: number;
  loss?: number;
}

const readLoss = (sample: Sample) => (sample.loss === undefined ? null : { x: sample.step, y: sample.loss });
const raw: LineOptions = { smoothing: 0, logY: false };
const samples = (count: number, loss: (step: number) => number | undefined): Sample[] =>
  Array.from({ length: count }, (_, step) => ({ step, loss: loss(step) }));

describe('IncrementalLine', () => {
  it('draws a short series point for point', () => {
    const source = samples(5, (step) => 10 - step);
    expect(new IncrementalLine(readLoss, raw).update(source)).toEqual(source.map((s) => ({ x: s.step, y: s.loss })));
  });

  it('smooths like smoothEma, whether the series arrives at once or in parts', () => {
    const source = samples(40, (step) => Math.sin(step) + 2);
    const expected = smoothEma(source.map((s) => s.loss!), 0.8);
    const line = new IncrementalLine(readLoss, { smoothing: 0.8, logY: false });
    line.update(source.slice(0, 13));
    expect(line.update(source).map((point) => point.y)).toEqual(expected);
  });

  it('keeps the last good points: skips missing and non-finite values', () => {
    const source = samples(6, (step) => [1, undefined, 0.5, Number.NaN, Infinity, 0.25][step]);
    expect(new IncrementalLine(readLoss, raw).update(source).map((point) => point.x)).toEqual([0, 2, 5]);
  });

  it('reads a replaced last item again: a point sent again with a test value ends the test line', () => {
    const readTest = (sample: Sample & { test?: number }) => (sample.test === undefined ? null : { x: sample.step, y: sample.test });
    const line = new IncrementalLine(readTest, raw);
    const source: (Sample & { test?: number })[] = [{ step: 1, test: 0.5 }, { step: 2 }];
    expect(line.update(source)).toEqual([{ x: 1, y: 0.5 }]);
    const resent = [source[0]!, { step: 2, test: 0.25 }];
    expect(line.update(resent)).toEqual([
      { x: 1, y: 0.5 },
      { x: 2, y: 0.25 },
    ]);
    expect(line.latestValue).toBe(0.25);
  });

  it('remembers the latest reported value before smoothing', () => {
    const line = new IncrementalLine(readLoss, { smoothing: 0.9, logY: false });
    line.update(samples(3, (step) => [1, 0.5, Number.NaN][step]));
    expect(line.latestValue).toBe(0.5);
  });

  it('drops values a log axis cannot show', () => {
    const source = samples(4, (step) => [1, 0, -2, 1e-6][step]);
    expect(new IncrementalLine(readLoss, { smoothing: 0, logY: true }).update(source).map((point) => point.y)).toEqual([1, 1e-6]);
  });

  it('draws a million-step run with a few hundred points, keeping both ends', () => {
    const source = samples(1_000_000, (step) => 1 / (1 + step));
    const line = new IncrementalLine(readLoss, raw);
    line.update(source.slice(0, 300_000));
    const points = line.update(source);
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
    expect(points[0]).toEqual({ x: 0, y: 1 });
    expect(points.at(-1)).toEqual({ x: 999_999, y: 1 / 1_000_000 });
  });

  it('starts over when the run is reset', () => {
    const line = new IncrementalLine(readLoss, raw);
    line.update(samples(10, () => 5));
    expect(line.update(samples(3, () => 1)).map((point) => point.y)).toEqual([1, 1, 1]);
  });
});
