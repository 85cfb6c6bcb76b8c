import { describe, expect, it } from 'vitest';
import { divergingPixels, largestMagnitude } from './heatmapColors.ts';

describe('divergingPixels', () => {
  it('colours −limit deep blue, 0 white, +limit deep red, half way half way, beyond the limit as the limit', () => {
    expect(Array.from(divergingPixels([-2, 0, 2, 1, 5], 2))).toEqual([
      ...[33, 102, 172, 255],
      ...[255, 255, 255, 255],
      ...[178, 24, 43, 255],
      ...[217, 140, 149, 255],
      ...[178, 24, 43, 255],
    ]);
  });

  it('draws everything white for an all-zero matrix', () => {
    expect(Array.from(divergingPixels([0, 0], 0))).toEqual([255, 255, 255, 255, 255, 255, 255, 255]);
  });
});

describe('largestMagnitude', () => {
  it('is the largest absolute value', () => {
    expect(largestMagnitude(Float32Array.of(0.5, -3, 2))).toBe(3);
    expect(largestMagnitude([])).toBe(0);
  });
});
