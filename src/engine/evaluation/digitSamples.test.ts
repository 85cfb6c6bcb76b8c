import { describe, expect, it } from 'vitest';
import { digitSamples } from './digitSamples.ts';

describe('digitSamples', () => {
  // four 1 × 2 pictures whose pixels are (row, row + 10); classes one-hot over 2
  const images = { width: 1, height: 2, pixels: Uint8Array.of(0, 10, 1, 11, 2, 12, 3, 13) };
  const split = { x: new Float32Array(0), y: Float32Array.of(1, 0, 0, 1, 1, 0, 0, 1), count: 4 };

  it('shows the misclassified rows first, in split order, then the right ones, each with its picture', () => {
    // rows 1 and 2 are wrong
    const outputs = [0.9, 0.1, 0.8, 0.2, 0.3, 0.7, 0.1, 0.9];
    const samples = digitSamples(outputs, split, 2, images, 3);
    expect(Array.from(samples.actual)).toEqual([1, 0, 0]);
    expect(Array.from(samples.predicted)).toEqual([0, 1, 0]);
    expect(Array.from(samples.pixels)).toEqual([1, 11, 2, 12, 0, 10]);
    expect(samples).toMatchObject({ misclassified: 2, total: 4, width: 1, height: 2 });
  });

  it('shows only mistakes when there are more than fit', () => {
    const outputs = [0, 1, 1, 0, 0, 1, 1, 0];
    expect(Array.from(digitSamples(outputs, split, 2, images, 2).actual)).toEqual([0, 1]);
  });
});
