import { describe, expect, it } from 'vitest';
import { centredAt, freeSpot, viewCentre } from './placement.ts';

describe('placement of new nodes', () => {
  it('centres a dropped node under the pointer', () => {
    expect(centredAt({ x: 100, y: 100 }, { width: 40, height: 20 })).toEqual({ x: 80, y: 90 });
  });

  it('finds the centre of the view in flow coordinates', () => {
    // Panned by (100, 50) at zoom 2 over an 800 × 600 canvas.
    expect(viewCentre([100, 50, 2], 800, 600)).toEqual({ x: 150, y: 125 });
  });

  it('steps aside from nodes already at the spot, so repeated adds stay visible', () => {
    expect(freeSpot({ x: 0, y: 0 }, [])).toEqual({ x: 0, y: 0 });
    expect(freeSpot({ x: 0, y: 0 }, [{ x: 0, y: 0 }, { x: 40, y: 120 }])).toEqual({ x: 80, y: 240 });
  });
});
