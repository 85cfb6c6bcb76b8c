import { describe, expect, it } from 'vitest';
import type { BoundarySnapshot } from '../training/runTypes.ts';
import { boundaryPixels, labelCss, outputColor, toCanvas, valueRange } from './boundaryImage.ts';
import { CLASS_COLORS } from './palette.ts';

function snapshot(values: number[], classes: number, labels: number[] = []): BoundarySnapshot {
  const resolution = Math.sqrt(values.length);
  return {
    resolution,
    extent: { xMin: -1, xMax: 1, yMin: -2, yMax: 2 },
    values: Float32Array.from(values),
    classes,
    train: { xy: new Float32Array(labels.length * 2), labels: Float32Array.from(labels) },
    test: { xy: new Float32Array(0), labels: new Float32Array(0) },
  };
}

const unit = { min: 0, max: 1 };

describe('outputColor', () => {
  it('fades a binary probability from class 0 through white to class 1', () => {
    expect(outputColor(0, 2, unit, 1)).toEqual(CLASS_COLORS[0]);
    expect(outputColor(0.5, 2, unit, 1)).toEqual([255, 255, 255]);
    expect(outputColor(1, 2, unit, 1)).toEqual(CLASS_COLORS[1]);
  });

  it('paints the background lighter than the points', () => {
    const [r, g, b] = outputColor(1, 2, unit, 0.5);
    expect([r, g, b]).toEqual([132, 187, 222]);
  });

  it('colours multi-class cells by the winning class', () => {
    expect(outputColor(2, 3, unit, 1)).toEqual(CLASS_COLORS[2]);
  });

  it('normalises regression values over the range shown', () => {
    expect(outputColor(-3, 0, { min: -3, max: 5 }, 1)).toEqual(CLASS_COLORS[0]);
    expect(outputColor(5, 0, { min: -3, max: 5 }, 1)).toEqual(CLASS_COLORS[1]);
  });
});

describe('valueRange', () => {
  it('spans the outputs and the labels, ignoring non-finite values', () => {
    expect(valueRange(snapshot([0.2, 0.4, Number.NaN, 3], 0, [-1]))).toEqual({ min: -1, max: 3 });
  });

  it('widens a constant picture so it can still be normalised', () => {
    expect(valueRange(snapshot([2, 2, 2, 2], 0))).toEqual({ min: 1, max: 3 });
  });
});

describe('boundaryPixels', () => {
  it('writes one opaque RGBA pixel per grid cell in row order', () => {
    const pixels = boundaryPixels(snapshot([0, 0.5, 1, 0.5], 2));
    expect(pixels).toHaveLength(16);
    expect(Array.from(pixels.slice(4, 8))).toEqual([255, 255, 255, 255]);
    expect(pixels[2 * 4 + 2]).toBeGreaterThan(pixels[2 * 4]!); // class 1 is blue
  });
});

describe('toCanvas', () => {
  it('puts yMax at the top and xMin at the left', () => {
    const extent = { xMin: -1, xMax: 1, yMin: -2, yMax: 2 };
    expect(toCanvas(-1, 2, extent, 200)).toEqual([0, 0]);
    expect(toCanvas(1, -2, extent, 200)).toEqual([200, 200]);
    expect(toCanvas(0, 0, extent, 200)).toEqual([100, 100]);
  });
});

describe('labelCss', () => {
  it('gives the label its full class colour', () => {
    expect(labelCss(1, 2, unit)).toBe('rgb(8 119 189)');
  });
});
