import { DEFAULT_NODE_SIZE, FIT_PADDING, fitRoom, MAX_FIT_ZOOM, READABLE_ZOOM } from '../store/tidyLayout.ts';
import type { XY } from '../store/commands.ts';

/** A rectangle in flow coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** React Flow's viewport: the pan in pixels and the zoom. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** A node's box from its position and the size React Flow measured (the usual size until it has). */
export function boxOf(position: XY, measured?: { width?: number; height?: number }): Box {
  return { ...position, width: measured?.width ?? DEFAULT_NODE_SIZE.width, height: measured?.height ?? DEFAULT_NODE_SIZE.height };
}

/** The smallest box around `boxes` (at least one). */
export function boundsOf(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The default fit: the whole graph, centred, as large as fits (up to `MAX_FIT_ZOOM`), but never
 * below `READABLE_ZOOM`, where node text would drop under 12 px. A graph too big for that starts
 * at its top-left corner (the input end, in the tidy layout) along each axis it overflows, and the
 * rest is a scroll or a pan away. React Flow's own fit would centre it, cutting off both ends.
 */
export function readableViewport(bounds: Box, canvas: { width: number; height: number }): Viewport {
  const room = fitRoom(canvas);
  const zoom = Math.max(Math.min(room.width / bounds.width, room.height / bounds.height, MAX_FIT_ZOOM), READABLE_ZOOM);
  const place = (start: number, roomAlong: number, from: number, length: number) => {
    const spare = roomAlong - length * zoom;
    return start + Math.max(spare, 0) / 2 - from * zoom;
  };
  return {
    x: place(FIT_PADDING.left, room.width, bounds.x, bounds.width),
    y: place(FIT_PADDING.top, room.height, bounds.y, bounds.height),
    zoom,
  };
}
