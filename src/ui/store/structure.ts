import type { NetloomModel } from '../../model/index.ts';

/**
 * Whether an edit changed what the network computes: its nodes, their params or its wires.
 * Moves, renames, training settings and weights do not count. Relies on immer's structural
 * sharing: an untouched `params` or `edges` keeps its identity.
 */
export function structureChanged(previous: NetloomModel, next: NetloomModel): boolean {
  if (previous.edges !== next.edges || previous.nodes.length !== next.nodes.length) return true;
  return previous.nodes.some((node, i) => {
    const other = next.nodes[i]!;
    return node.id !== other.id || node.type !== other.type || node.params !== other.params;
  });
}
