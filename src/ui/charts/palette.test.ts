import { describe, expect, it } from 'vitest';
import { depthColor, depthGradientCss, depthScale } from './palette.ts';

const luminance = (color: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

describe('depth colours', () => {
  it('runs from the first stop for the first layer to the last stop for the last', () => {
    expect(depthColor(0, 11)).toBe('#0d0887');
    expect(depthColor(10, 11)).toBe('#f59628');
  });

  it('gets brighter with depth, so the order reads without a legend', () => {
    const colors = Array.from({ length: 11 }, (_, i) => depthColor(i, 11));
    expect(new Set(colors).size).toBe(11);
    expect(colors.map(luminance).every((value, i, all) => i === 0 || value > all[i - 1]!)).toBe(true);
  });

  it('interpolates between stops and clamps outside [0, 1]', () => {
    expect(depthScale(0.125)).toBe('#3c0498'); // halfway between the first two stops
    expect(depthScale(-1)).toBe(depthScale(0));
    expect(depthScale(2)).toBe(depthScale(1));
  });

  it('gives a lone dense layer the last-layer colour', () => {
    expect(depthColor(0, 1)).toBe(depthScale(1));
  });

  it('draws the legend with the same stops', () => {
    expect(depthGradientCss()).toBe('linear-gradient(to right, #0d0887, #6a00a8, #b12a90, #e16462, #f59628)');
  });
});
