import { describe, expect, it } from 'vitest';
import { FIT_PADDING } from '../store/tidyLayout.ts';
import type { Box } from './readableFit.ts';
import { centredAt, inView, newNodeSize, roomFor, takenBox, visibleArea } from './placement.ts';

const VIEW: Box = { x: 0, y: 0, width: 800, height: 400 };
const DENSE = newNodeSize('dense');
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Adds nodes of `sizes` one after another, each where `roomFor` puts it, and returns their boxes. */
function addAll(view: Box, taken: readonly Box[], sizes: readonly { width: number; height: number }[]): Box[] {
  const added: Box[] = [];
  for (const size of sizes) added.push({ ...roomFor(view, [...taken, ...added], size), ...size });
  return added;
}

describe('placement of new nodes', () => {
  it('centres a dropped node under the pointer', () => {
    expect(centredAt({ x: 100, y: 100 }, { width: 40, height: 20 })).toEqual({ x: 80, y: 90 });
  });

  it('finds the part of the view a node may go in, in flow coordinates', () => {
    // Panned by (100, 50) at zoom 2 over an 800 × 600 canvas.
    expect(visibleArea([100, 50, 2], 800, 600)).toEqual({
      x: (FIT_PADDING.left - 100) / 2,
      y: (FIT_PADDING.top - 50) / 2,
      width: (800 - FIT_PADDING.left - FIT_PADDING.right) / 2,
      height: (600 - FIT_PADDING.top - FIT_PADDING.bottom) / 2,
    });
  });

  it('puts the first node of an empty view at its top-left, the next ones beside it in a row', () => {
    const [first, second] = addAll(VIEW, [], [DENSE, DENSE]);
    expect(first).toMatchObject({ x: 0, y: 0 });
    expect(second!.y).toBe(0);
    expect(second!.x).toBeGreaterThanOrEqual(DENSE.width + 24);
  });

  it('gives repeated adds boxes that overlap neither each other nor the nodes there, all in view', () => {
    const taken: Box[] = [{ x: 300, y: 150, width: 132, height: 90 }];
    const added = addAll(VIEW, taken, [DENSE, newNodeSize('loss'), DENSE, newNodeSize('batch_norm'), DENSE]);
    for (const [i, box] of added.entries()) {
      expect([...taken, ...added.slice(i + 1)].filter((other) => overlap(box, other))).toEqual([]);
      expect(inView(box, box, VIEW)).toBe(true);
    }
  });

  it('fits five new nodes in the view of a small empty canvas (564 × 352)', () => {
    const view = visibleArea([0, 0, 1], 564, 352);
    const added = addAll(view, [], (['input', 'dense', 'activation', 'dense', 'loss'] as const).map(newNodeSize));
    for (const box of added) expect(inView(box, box, view)).toBe(true);
  });

  it('puts a node at the top-left of an empty view too small for it, never at -Infinity', () => {
    // the view's corner inside the fit's padding (60 px left, for the zoom buttons; 16 px top)
    expect(roomFor(visibleArea([0, 0, 1], 0, 0), [], newNodeSize('dense'))).toEqual({ x: 60, y: 16 });
  });

  it('keeps room under a short node for the problem badge it may grow', () => {
    expect(takenBox('dense', { x: 0, y: 0 }, { width: 132, height: 65 }).height).toBe(DENSE.height);
    expect(takenBox('dense', { x: 0, y: 0 }, { width: 132, height: 200 }).height).toBe(200);
    // not measured yet: a new node's room
    expect(takenBox('concatenate', { x: 0, y: 0 })).toEqual({ x: 0, y: 0, ...newNodeSize('concatenate') });
  });

  it('goes right of the rightmost node when the view has no room', () => {
    const full: Box[] = [{ x: -50, y: -50, width: 900, height: 500 }];
    const spot = roomFor(VIEW, full, DENSE);
    expect(spot.x).toBeGreaterThan(850);
    expect(inView(spot, DENSE, VIEW)).toBe(false);
  });
});
