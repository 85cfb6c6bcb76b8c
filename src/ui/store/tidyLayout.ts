import dagre from '@dagrejs/dagre';
import { produce } from 'immer';
import type { NetloomModel } from '../../model/index.ts';
import type { XY } from './commands.ts';

export type NodeSizes = Readonly<Record<string, { width: number; height: number }>>;

/** Gaps wide enough for an edge label between columns, and readable rows. */
const LAYOUT = { rankdir: 'LR', nodesep: 32, ranksep: 52, marginx: 0, marginy: 0 } as const;
/** What a node is assumed to measure before React Flow has measured it. */
export const DEFAULT_NODE_SIZE = { width: 132, height: 72 };

/**
 * Top-left positions that arrange the graph left to right in the order data flows (dagre),
 * using measured sizes where known. Nodes keep their ids; only positions change.
 */
export function tidyPositions(model: NetloomModel, sizes: NodeSizes): Record<string, XY> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph(LAYOUT);
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of model.nodes) graph.setNode(node.id, { ...(sizes[node.id] ?? DEFAULT_NODE_SIZE) });
  for (const edge of model.edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  const positions: Record<string, XY> = {};
  for (const node of model.nodes) {
    // dagre gives centres; React Flow positions are top-left corners.
    const { x, y, width, height } = graph.node(node.id);
    positions[node.id] = { x: Math.round(x - width / 2), y: Math.round(y - height / 2) };
  }
  return positions;
}

/** The model with every node at its tidy position (templates open this way). */
export function withTidyLayout(model: NetloomModel, sizes: NodeSizes = {}): NetloomModel {
  const positions = tidyPositions(model, sizes);
  return produce(model, (draft) => {
    for (const node of draft.nodes) node.position = { ...positions[node.id]! };
  });
}
