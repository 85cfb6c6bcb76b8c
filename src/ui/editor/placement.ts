import type { NodeType } from '../../model/index.ts';
import type { XY } from '../store/commands.ts';
import { DEFAULT_NODE_SIZE, FIT_PADDING } from '../store/tidyLayout.ts';
import { nodeWidth } from './nodes/nodeWidths.ts';
import { boxOf, type Box } from './readableFit.ts';

/** Space kept clear between a node added with the keyboard and the nodes around it. */
const GAP = 24;
/** The spots tried for a new node are this far apart, in flow pixels. */
const PROBE_STEP = 12;
/** As tall as a new Dense node with its problem badge (a new node is not wired yet). */
const NEW_NODE_HEIGHT = 128;

/** The room a new node of `type` is given before React Flow has measured it. */
export function newNodeSize(type: NodeType): { width: number; height: number } {
  return { width: nodeWidth(type), height: NEW_NODE_HEIGHT };
}

/**
 * The room a node of `type` on the canvas takes for placing new ones: its measured box, at least
 * as tall as a new node, since a node grows by its problem badge when a change elsewhere breaks
 * it (an Input shows none until a Dense is added beside it) and the node placed under it must
 * stay clear. Not measured yet (a template loaded a moment ago), it takes a new node's room.
 */
export function takenBox(type: NodeType, position: XY, measured?: { width?: number; height?: number }): Box {
  const box = boxOf(position, measured ?? newNodeSize(type));
  return { ...box, height: Math.max(box.height, NEW_NODE_HEIGHT) };
}

/** Top-left corner that puts a new node's centre under the pointer. */
export function centredAt(point: XY, size = DEFAULT_NODE_SIZE): XY {
  return { x: Math.round(point.x - size.width / 2), y: Math.round(point.y - size.height / 2) };
}

/**
 * The part of the canvas a new node may go in, in flow coordinates, from React Flow's viewport
 * transform `[x, y, zoom]` and the canvas size in pixels: the view less the fit's padding
 * (the zoom buttons sit in the left one).
 */
export function visibleArea([x, y, zoom]: readonly [number, number, number], width: number, height: number): Box {
  return {
    x: (FIT_PADDING.left - x) / zoom,
    y: (FIT_PADDING.top - y) / zoom,
    width: Math.max(width - FIT_PADDING.left - FIT_PADDING.right, 0) / zoom,
    height: Math.max(height - FIT_PADDING.top - FIT_PADDING.bottom, 0) / zoom,
  };
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where a node of `size` added from the palette with the keyboard goes (top-left corner): the
 * first spot in reading order (top to bottom, then left to right, `PROBE_STEP` apart) wholly in
 * `view` whose box is `GAP` clear of every box in `taken`. So nodes added one after another line
 * up in rows, ready to be wired left to right. With no such spot, right of the rightmost node,
 * level with the top of the view (the caller pans to it).
 */
export function roomFor(view: Box, taken: readonly Box[], size: { width: number; height: number }): XY {
  const clear = (x: number, y: number) => {
    const room = { x: x - GAP, y: y - GAP, width: size.width + 2 * GAP, height: size.height + 2 * GAP };
    return !taken.some((box) => overlaps(room, box));
  };
  for (let y = view.y; y + size.height <= view.y + view.height; y += PROBE_STEP) {
    for (let x = view.x; x + size.width <= view.x + view.width; x += PROBE_STEP) {
      if (clear(x, y)) return { x: Math.round(x), y: Math.round(y) };
    }
  }
  // No spot at all on an empty canvas smaller than the node (or not measured yet): its top-left corner.
  if (taken.length === 0) return { x: Math.round(view.x), y: Math.round(view.y) };
  const right = Math.max(...taken.map((box) => box.x + box.width));
  return { x: Math.round(right + 2 * GAP), y: Math.round(view.y) };
}

/** Whether a `size` box at `spot` lies wholly in `view`. */
export function inView(spot: XY, size: { width: number; height: number }, view: Box): boolean {
  return spot.x >= view.x && spot.y >= view.y && spot.x + size.width <= view.x + view.width && spot.y + size.height <= view.y + view.height;
}
