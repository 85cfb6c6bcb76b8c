import type { DatasetSplit, ImageRows } from '../datasets/dataset.ts';
import { predictedClass } from '../rows.ts';

/** How many digits the grid shows. */
export const DIGITS_SHOWN = 40;

/** Test pictures with what the network made of them, the mistakes first. */
export interface DigitSamples {
  width: number;
  height: number;
  /** The pictures shown, one after another (`width · height` bytes each, 0 black … 255 white). */
  pixels: Uint8Array;
  /** Class index of each picture shown: the truth, and the network's prediction. */
  actual: Int32Array;
  predicted: Int32Array;
  /** Misclassified rows in the whole split (the shown ones start with them). */
  misclassified: number;
  total: number;
}

/**
 * Up to `shown` rows of the split as pictures with their actual and predicted classes: every
 * misclassified row first (in split order), then correctly classified ones, so the grid shows
 * what the network gets wrong while there is anything.
 */
export function digitSamples(outputs: ArrayLike<number>, split: DatasetSplit, width: number, images: ImageRows, shown = DIGITS_SHOWN): DigitSamples {
  const wrong: number[] = [];
  const right: number[] = [];
  const actualOf = (r: number) => predictedClass(split.y, r * width, width);
  const predictedOf = (r: number) => predictedClass(outputs, r * width, width);
  for (let r = 0; r < split.count; r++) (actualOf(r) === predictedOf(r) ? right : wrong).push(r);
  const rows = [...wrong.slice(0, shown), ...right.slice(0, Math.max(shown - wrong.length, 0))];
  const size = images.width * images.height;
  const pixels = new Uint8Array(rows.length * size);
  rows.forEach((r, i) => pixels.set(images.pixels.subarray(r * size, (r + 1) * size), i * size));
  return {
    width: images.width,
    height: images.height,
    pixels,
    actual: Int32Array.from(rows, actualOf),
    predicted: Int32Array.from(rows, predictedOf),
    misclassified: wrong.length,
    total: split.count,
  };
}
