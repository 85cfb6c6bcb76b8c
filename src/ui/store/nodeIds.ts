import { NODE_SPECS, type ModelNode, type NodeType } from '../../model/index.ts';

/** The first `<prefix><n>` (n ≥ 1) not in `taken`; each kind's short prefix (`act`, `dense`) is in its spec. */
export function nextNodeId(type: NodeType, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${NODE_SPECS[type].idPrefix}${n}`;
    if (!taken.has(id)) return id;
  }
}

export function takenIds(nodes: readonly Pick<ModelNode, 'id'>[]): Set<string> {
  return new Set(nodes.map((node) => node.id));
}
