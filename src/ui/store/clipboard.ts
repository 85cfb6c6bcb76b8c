import type { ModelEdge, ModelNode, NetloomModel } from '../../model/index.ts';
import { nextNodeId } from './nodeIds.ts';

/** Where pasted copies land relative to the originals, so they do not hide them. */
export const PASTE_OFFSET = { x: 40, y: 40 };

/** Some nodes and only the wires among them: what Copy puts on the clipboard. */
export interface Subgraph {
  nodes: ModelNode[];
  edges: ModelEdge[];
}

export function extractSubgraph(model: NetloomModel, ids: readonly string[]): Subgraph {
  const wanted = new Set(ids);
  return {
    nodes: model.nodes.filter((node) => wanted.has(node.id)),
    edges: model.edges.filter((edge) => wanted.has(edge.source) && wanted.has(edge.target)),
  };
}

/**
 * Copies of a subgraph with ids not in `taken`, shifted by `offset`. Trained weights are not
 * copied: a duplicate is a new, untrained layer.
 */
export function duplicateSubgraph(subgraph: Subgraph, taken: ReadonlySet<string>, offset: { x: number; y: number } = PASTE_OFFSET): Subgraph {
  const used = new Set(taken);
  const newIds = new Map<string, string>();
  const nodes = subgraph.nodes.map((node): ModelNode => {
    const id = nextNodeId(node.type, used);
    used.add(id);
    newIds.set(node.id, id);
    const { x, y } = node.position ?? { x: 0, y: 0 };
    return { ...structuredClone(node), id, position: { x: x + offset.x, y: y + offset.y } };
  });
  const edges = subgraph.edges.map((edge) => ({ ...edge, source: newIds.get(edge.source)!, target: newIds.get(edge.target)! }));
  return { nodes, edges };
}
