import { describe, expect, it } from 'vitest';
import { barRect } from './DepthBars.tsx';

describe('barRect', () => {
  it('fills the middle of its band from the bottom up to its value', () => {
    expect(barRect(100, 150, 40, 120)).toEqual({ x: 109, y: 40, width: 32, height: 80 });
  });

  it('shows a norm the log axis cannot place (0, or far below the axis) as a 1 px sliver', () => {
    for (const valueY of [undefined, Number.NaN, 500]) expect(barRect(100, 150, valueY, 120)).toMatchObject({ y: 119, height: 1 });
  });
});
