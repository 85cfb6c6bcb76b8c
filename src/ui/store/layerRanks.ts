import type { NetloomModel } from '../../model/index.ts';

/** Measured sizes by node id. */
export type NodeSizes = ReadonlyMap<string, { width: number; height: number }>;

/** What a node is assumed to measure before React Flow has measured it. */
export const DEFAULT_NODE_SIZE = { width: 132, height: 72 };

/** A node's place in a left-to-right layout before wrapping: its rank (column) and its centre's y within the rank. */
export interface RankedNode {
  id: string;
  rank: number;
  y: number;
  width: number;
  height: number;
}

const sizeOf = (sizes: NodeSizes, id: string) => sizes.get(id) ?? DEFAULT_NODE_SIZE;

/**
 * The ranks of a graph that is one chain (every node one wire in and one out, except the ends):
 * its order along the wires. Null for anything else, which needs the layout library.
 */
export function chainRanks(model: NetloomModel, sizes: NodeSizes): RankedNode[] | null {
  const next = new Map<string, string>();
  const hasInput = new Set<string>();
  for (const { source, target } of model.edges) {
    if (next.has(source) || hasInput.has(target)) return null;
    next.set(source, target);
    hasInput.add(target);
  }
  const starts = model.nodes.filter((node) => !hasInput.has(node.id));
  if (starts.length !== 1) return null;
  const order: string[] = [];
  for (let id: string | undefined = starts[0]!.id; id !== undefined && order.length <= model.nodes.length; id = next.get(id)) order.push(id);
  if (order.length !== model.nodes.length) return null; // a cycle, or wires to unknown nodes
  return order.map((id, rank) => ({ id, rank, y: 0, ...sizeOf(sizes, id) }));
}

/** Gaps wide enough for an edge label between columns. */
export const RANK_GAP = 52;
const NODE_GAP = 32;

/** Ranks from dagre (loaded on first use: only graphs that are not one chain need it). */
export async function dagreRanks(model: NetloomModel, sizes: NodeSizes): Promise<RankedNode[]> {
  const { default: dagre } = await import('@dagrejs/dagre');
  // dagre keeps nodes in plain objects keyed by name: a node named `__proto__` would write into
  // Object.prototype, one named `constructor` would crash it. It gets names of its own.
  const names = new Map(model.nodes.map((node, index) => [node.id, `n${index}`]));
  const name = (id: string) => names.get(id)!;
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: NODE_GAP, ranksep: RANK_GAP, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of model.nodes) graph.setNode(name(node.id), { ...sizeOf(sizes, node.id) });
  for (const edge of model.edges) if (names.has(edge.source) && names.has(edge.target)) graph.setEdge(name(edge.source), name(edge.target));
  dagre.layout(graph);
  // dagre puts each rank (layer of the stack) at its own x; number the ranks left to right.
  const rankXs = [...new Set(model.nodes.map((node) => graph.node(name(node.id)).x))].sort((a, b) => a - b);
  return model.nodes.map((node) => {
    const { x, y, width, height } = graph.node(name(node.id));
    return { id: node.id, rank: rankXs.indexOf(x), y, width, height };
  });
}
