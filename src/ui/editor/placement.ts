import type { XY } from '../store/commands.ts';
import { DEFAULT_NODE_SIZE } from '../store/tidyLayout.ts';
/** How far a keyboard-added node steps aside when the spot is taken: clear of the node there. */
const STEP = { x: 40, y: 120 };

/** Top-left corner that puts a new node's centre under the pointer. */
export function centredAt(point: XY, size = DEFAULT_NODE_SIZE): XY {
  return { x: Math.round(point.x - size.width / 2), y: Math.round(point.y - size.height / 2) };
}

/**
 * The centre of the visible canvas in flow coordinates, from React Flow's viewport transform
 * `[x, y, zoom]` and the canvas size in pixels.
 */
export function viewCentre([x, y, zoom]: readonly [number, number, number], width: number, height: number): XY {
  return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
}

/** `wanted`, or the first spot down-right of it that no node occupies exactly, so repeated adds stay visible. */
export function freeSpot(wanted: XY, occupied: readonly XY[]): XY {
  const spot = { ...wanted };
  while (occupied.some((p) => Math.abs(p.x - spot.x) < 1 && Math.abs(p.y - spot.y) < 1)) {
    spot.x += STEP.x;
    spot.y += STEP.y;
  }
  return spot;
}
