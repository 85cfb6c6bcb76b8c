import { produce } from 'immer';
import type { NetloomModel } from '../../model/index.ts';
import type { XY } from './commands.ts';
import { chainRanks, dagreRanks, RANK_GAP, type NodeSizes, type RankedNode } from './layerRanks.ts';

export { DEFAULT_NODE_SIZE, type NodeSizes } from './layerRanks.ts';

/** Space between wrapped rows: room for the wire that returns to the next row's start. */
const ROW_GAP = 64;
/** The canvas a layout is made for when its size is not known yet (a desktop window's). */
export const DEFAULT_VIEWPORT = { width: 840, height: 380 };
/**
 * The view's fit (the canvas uses the same): room around the graph in pixels, more on the left
 * where the zoom buttons are, and the largest zoom.
 */
export const FIT_PADDING = { top: 16, right: 16, bottom: 16, left: 60 } as const;
export const MAX_FIT_ZOOM = 1.25;
/**
 * At this zoom node text is full size (12 px or more): fewer rows win as long as the graph still
 * shows this big, and the view never fits a graph smaller than this (see `readableViewport`).
 */
export const READABLE_ZOOM = 1;

interface Wrapped {
  /** Top-left positions by node id. */
  positions: Map<string, XY>;
  width: number;
  height: number;
}

/** The ranks laid out in rows of `columns`, like lines of text; columns as wide as their widest node. */
function wrap(nodes: readonly RankedNode[], columns: number): Wrapped {
  const ranks = Math.max(...nodes.map((node) => node.rank)) + 1;
  const columnWidths = Array.from({ length: Math.min(columns, ranks) }, (_, column) =>
    Math.max(...nodes.filter((node) => node.rank % columns === column).map((node) => node.width)),
  );
  const columnXs = columnWidths.map((_, column) => columnWidths.slice(0, column).reduce((sum, width) => sum + width + RANK_GAP, 0));
  // Tops, not centres, line up (a node's offset within its rank is kept): handles sit at a
  // fixed distance from a node's top, so their wires run straight.
  const centreLine = Math.min(...nodes.map((node) => node.y));
  const rowHeight = Math.max(...nodes.map((node) => node.y - centreLine + node.height));
  const rows = Math.ceil(ranks / columns);
  const positions = new Map<string, XY>();
  for (const node of nodes) {
    const row = Math.floor(node.rank / columns);
    positions.set(node.id, { x: columnXs[node.rank % columns]!, y: Math.round(row * (rowHeight + ROW_GAP) + node.y - centreLine) });
  }
  const width = columnXs.at(-1)! + columnWidths.at(-1)!;
  return { positions, width, height: rows * rowHeight + (rows - 1) * ROW_GAP };
}

/** The room the view's fit leaves for the graph in a canvas of `viewport` pixels. */
export function fitRoom(viewport: { width: number; height: number }): { width: number; height: number } {
  return { width: viewport.width - FIT_PADDING.left - FIT_PADDING.right, height: viewport.height - FIT_PADDING.top - FIT_PADDING.bottom };
}

/** The zoom at which the view's fit shows a `width` × `height` graph in `viewport`. */
function fitZoom({ width, height }: Wrapped, viewport: { width: number; height: number }): number {
  const room = fitRoom(viewport);
  return Math.min(room.width / width, room.height / height, MAX_FIT_ZOOM);
}

/**
 * Rows of ranks shaped to the canvas: the fewest rows that still show the graph at full size.
 * A graph too big for that gets the fewest rows that are as wide as the canvas at full size,
 * read like a page: the view starts at the input end and scrolls down to the rest (shrinking
 * it to fit would make its text unreadable). Rows are kept even (6 layers in 3 + 3, not 4 + 2).
 */
function wrapToViewport(nodes: readonly RankedNode[], viewport: { width: number; height: number }): Wrapped {
  if (nodes.length === 0) return { positions: new Map(), width: 0, height: 0 };
  const ranks = Math.max(...nodes.map((node) => node.rank)) + 1;
  const layouts: { layout: Wrapped; zoom: number }[] = [];
  for (let rows = 1; rows <= ranks; rows++) {
    const columns = Math.ceil(ranks / rows);
    if (Math.ceil(ranks / columns) !== rows) continue; // the same layout as a row count already tried
    const layout = wrap(nodes, columns);
    layouts.push({ layout, zoom: fitZoom(layout, viewport) });
  }
  const readable = layouts.find(({ zoom }) => zoom >= READABLE_ZOOM);
  const fitsAcross = layouts.find(({ layout }) => layout.width * READABLE_ZOOM <= fitRoom(viewport).width);
  return (readable ?? fitsAcross ?? layouts.at(-1)!).layout;
}

/**
 * Top-left positions, by node id, that arrange the graph left to right in the order data flows, wrapped into
 * rows shaped to the canvas (`viewport`, in pixels), using measured sizes where known. A chain
 * is laid out at once; other graphs load the layout library (dagre) first.
 */
export async function tidyPositions(model: NetloomModel, sizes: NodeSizes, viewport = DEFAULT_VIEWPORT): Promise<Map<string, XY>> {
  return wrapToViewport(chainRanks(model, sizes) ?? (await dagreRanks(model, sizes)), viewport).positions;
}

/** `tidyPositions` for a graph that is one chain (templates, imports), without waiting; null for other graphs. */
export function tidyChainPositions(model: NetloomModel, sizes: NodeSizes = new Map(), viewport = DEFAULT_VIEWPORT): Map<string, XY> | null {
  const ranks = chainRanks(model, sizes);
  return ranks && wrapToViewport(ranks, viewport).positions;
}

/** The model with every node at its tidy position (a chain; anything else is returned as it is). */
export function withTidyLayout(model: NetloomModel, viewport = DEFAULT_VIEWPORT): NetloomModel {
  const positions = tidyChainPositions(model, new Map(), viewport);
  return positions ? withPositions(model, positions) : model;
}

/** `withTidyLayout` for any graph: a chain at once, one with branches once the layout library has loaded. */
export async function laidOut(model: NetloomModel, viewport = DEFAULT_VIEWPORT): Promise<NetloomModel> {
  return withPositions(model, await tidyPositions(model, new Map(), viewport));
}

function withPositions(model: NetloomModel, positions: ReadonlyMap<string, XY>): NetloomModel {
  return produce(model, (draft) => {
    for (const node of draft.nodes) node.position = { ...positions.get(node.id)! };
  });
}
