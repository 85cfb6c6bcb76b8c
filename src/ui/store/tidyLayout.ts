import dagre from '@dagrejs/dagre';
import { produce } from 'immer';
import type { NetloomModel } from '../../model/index.ts';
import type { XY } from './commands.ts';

/** Measured sizes by node id. */
export type NodeSizes = ReadonlyMap<string, { width: number; height: number }>;

/** Gaps wide enough for an edge label between columns. */
const LAYOUT = { rankdir: 'LR', nodesep: 32, ranksep: 52, marginx: 0, marginy: 0 } as const;
/** Space between wrapped rows: room for the wire that returns to the next row's start. */
const ROW_GAP = 96;
/** What a node is assumed to measure before React Flow has measured it. */
export const DEFAULT_NODE_SIZE = { width: 132, height: 72 };
/**
 * Columns per row before the stack wraps, like lines of text: a 23-node deep network in one
 * row would have to be shown too small to read.
 */
export const MAX_COLUMNS = 6;

/**
 * Top-left positions, by node id, that arrange the graph left to right in the order data flows
 * (dagre), wrapping onto further rows after `maxColumns` layers, using measured sizes where known.
 */
export function tidyPositions(model: NetloomModel, sizes: NodeSizes, maxColumns = MAX_COLUMNS): Map<string, XY> {
  // dagre keeps nodes in plain objects keyed by name: a node named `__proto__` would write into
  // Object.prototype, one named `constructor` would crash it. It gets names of its own.
  const names = new Map(model.nodes.map((node, index) => [node.id, `n${index}`]));
  const name = (id: string) => names.get(id)!;
  const graph = new dagre.graphlib.Graph();
  graph.setGraph(LAYOUT);
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of model.nodes) graph.setNode(name(node.id), { ...(sizes.get(node.id) ?? DEFAULT_NODE_SIZE) });
  for (const edge of model.edges) if (names.has(edge.source) && names.has(edge.target)) graph.setEdge(name(edge.source), name(edge.target));
  dagre.layout(graph);

  // dagre puts each rank (layer of the stack) at its own x; number the ranks left to right.
  const rankXs = [...new Set(model.nodes.map((node) => graph.node(name(node.id)).x))].sort((a, b) => a - b);
  const laidOut = model.nodes.map((node) => {
    const { x, y, width } = graph.node(name(node.id));
    const rank = rankXs.indexOf(x);
    return { id: node.id, y, width, column: rank % maxColumns, row: Math.floor(rank / maxColumns) };
  });
  // Each column is as wide as its widest node, so wrapped rows stay aligned.
  const columnWidths = Array.from({ length: Math.min(maxColumns, rankXs.length) }, (_, column) =>
    Math.max(...laidOut.filter((node) => node.column === column).map((node) => node.width)),
  );
  const columnXs = columnWidths.map((_, column) =>
    columnWidths.slice(0, column).reduce((sum, width) => sum + width + LAYOUT.ranksep, 0),
  );
  const rowPitch = (graph.graph().height ?? DEFAULT_NODE_SIZE.height) + ROW_GAP;
  const centreLine = Math.min(...laidOut.map((node) => node.y));

  const positions = new Map<string, XY>();
  for (const node of laidOut) {
    // Tops, not centres, line up: handles sit at a fixed distance from a node's top.
    const top = node.y - centreLine;
    positions.set(node.id, { x: columnXs[node.column]!, y: Math.round(node.row * rowPitch + top) });
  }
  return positions;
}

/** The model with every node at its tidy position (templates open this way). */
export function withTidyLayout(model: NetloomModel, sizes: NodeSizes = new Map()): NetloomModel {
  const positions = tidyPositions(model, sizes);
  return produce(model, (draft) => {
    for (const node of draft.nodes) node.position = { ...positions.get(node.id)! };
  });
}
