import type { BoundarySnapshot } from '../training/runTypes.ts';
import { CLASS_COLORS } from './palette.ts';

type Rgb = readonly [number, number, number];

const WHITE: Rgb = [255, 255, 255];
/** How far the background goes from white towards a class colour at full confidence: the points stay readable on top. */
const BACKGROUND_STRENGTH = 0.6;

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  const channel = (i: 0 | 1 | 2) => Math.round(from[i] + (to[i] - from[i]) * amount);
  return [channel(0), channel(1), channel(2)];
}

/** Maps a value in [0, 1] to class 0's colour (0), white (0.5) and class 1's colour (1). */
function diverging(t: number, strength: number): Rgb {
  const clamped = Math.min(Math.max(t, 0), 1);
  return mix(WHITE, CLASS_COLORS[clamped < 0.5 ? 0 : 1]!, Math.abs(clamped - 0.5) * 2 * strength);
}

/** The range regression values are normalised over: everything the picture shows. */
export function valueRange(snapshot: BoundarySnapshot): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const array of [snapshot.values, snapshot.train.labels, snapshot.test.labels]) {
    for (const value of array) {
      if (!Number.isFinite(value)) continue;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
  }
  return min < max ? { min, max } : { min: min - 1, max: max + 1 };
}

/**
 * Colour of an output (background, `strength` < 1) or a label (points, `strength` 1): a class
 * probability for two classes, a class index for more, a value normalised over `range` for regression.
 */
export function outputColor(value: number, classes: number, range: { min: number; max: number }, strength: number): Rgb {
  if (classes === 0) return diverging((value - range.min) / (range.max - range.min), strength);
  if (classes === 2) return diverging(value, strength);
  return mix(WHITE, CLASS_COLORS[Math.round(value) % CLASS_COLORS.length]!, strength);
}

/** The heatmap as RGBA pixels, one per grid cell, first row at the top (extent.yMax). */
export function boundaryPixels(snapshot: BoundarySnapshot, range = valueRange(snapshot)): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(snapshot.values.length * 4);
  snapshot.values.forEach((value, cell) => {
    pixels.set(outputColor(value, snapshot.classes, range, BACKGROUND_STRENGTH), cell * 4);
    pixels[cell * 4 + 3] = 255;
  });
  return pixels;
}

/** Where data point (x, y) lands on a square canvas of `size` pixels showing `extent`. */
export function toCanvas(x: number, y: number, extent: BoundarySnapshot['extent'], size: number): [number, number] {
  return [
    ((x - extent.xMin) / (extent.xMax - extent.xMin)) * size,
    ((extent.yMax - y) / (extent.yMax - extent.yMin)) * size,
  ];
}

/** CSS colour of a data point's label. */
export function labelCss(label: number, classes: number, range: { min: number; max: number }): string {
  return `rgb(${outputColor(label, classes, range, 1).join(' ')})`;
}
