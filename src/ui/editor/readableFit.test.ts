import { describe, expect, it } from 'vitest';
import { FIT_PADDING, MAX_FIT_ZOOM, READABLE_ZOOM } from '../store/tidyLayout.ts';
import { boundsOf, boxOf, readableViewport } from './readableFit.ts';

const CANVAS = { width: 876, height: 432 };
const ROOM = { width: CANVAS.width - FIT_PADDING.left - FIT_PADDING.right, height: CANVAS.height - FIT_PADDING.top - FIT_PADDING.bottom };

describe('readableViewport', () => {
  it('centres a graph that fits, as large as it fits', () => {
    const bounds = { x: 100, y: 50, width: ROOM.width / 1.1, height: 100 };
    const { x, y, zoom } = readableViewport(bounds, CANVAS);
    expect(zoom).toBeCloseTo(1.1);
    expect(x + bounds.x * zoom).toBeCloseTo(FIT_PADDING.left);
    expect(y + (bounds.y + bounds.height / 2) * zoom).toBeCloseTo(FIT_PADDING.top + ROOM.height / 2);
  });

  it('zooms a small graph in no further than the largest fit zoom', () => {
    expect(readableViewport({ x: 0, y: 0, width: 50, height: 50 }, CANVAS).zoom).toBe(MAX_FIT_ZOOM);
  });

  it('keeps a big graph readable and starts it at its top-left corner', () => {
    const bounds = { x: -20, y: 30, width: ROOM.width * 0.9, height: ROOM.height * 3 };
    const { x, y, zoom } = readableViewport(bounds, CANVAS);
    expect(zoom).toBe(READABLE_ZOOM);
    expect(y + bounds.y * zoom).toBe(FIT_PADDING.top);
    // Across, it fits: centred.
    expect(x + (bounds.x + bounds.width / 2) * zoom).toBeCloseTo(FIT_PADDING.left + ROOM.width / 2);
  });
});

describe('boundsOf', () => {
  it('spans every box, sized as measured or at the usual size', () => {
    expect(boundsOf([boxOf({ x: 0, y: 0 }, { width: 10, height: 20 }), boxOf({ x: 100, y: -10 })])).toEqual({
      x: 0,
      y: -10,
      width: 232,
      height: 72,
    });
  });
});
