import type { NetloomModel } from '../../model/index.ts';

/**
 * Where keyboard focus goes once these nodes and wires (by document index) are deleted, so it
 * never falls to the page: a node the deleted one fed (else one that fed it), else the next
 * node in the document (else the one before); for wires alone, the first one's source. Null
 * when no node is left (focus then goes to the canvas).
 */
export function focusAfterDelete(model: NetloomModel, nodeIds: readonly string[], edgeIndices: readonly number[]): string | null {
  const deleted = new Set(nodeIds);
  const remains = (id: string | undefined): id is string => id !== undefined && !deleted.has(id);
  const first = nodeIds[0];
  if (first === undefined) {
    const wire = edgeIndices.map((index) => model.edges[index]).find((edge) => edge !== undefined);
    if (wire && remains(wire.source)) return wire.source;
    return model.nodes.find((node) => remains(node.id))?.id ?? null;
  }
  const fed = model.edges.find((edge) => edge.source === first && remains(edge.target))?.target;
  const feeding = model.edges.find((edge) => edge.target === first && remains(edge.source))?.source;
  const neighbour = fed ?? feeding;
  if (neighbour) return neighbour;
  const index = model.nodes.findIndex((node) => node.id === first);
  const after = model.nodes.slice(index + 1).find((node) => remains(node.id));
  const before = model.nodes.slice(0, Math.max(index, 0)).reverse().find((node) => remains(node.id));
  return (after ?? before)?.id ?? null;
}
