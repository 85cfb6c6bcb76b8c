import type { ModelNode, NodeType } from '../../model/index.ts';

/** Short, readable id stems, so errors read "act2 …" and inputs "Units of dense1". */
const ID_PREFIX: Record<NodeType, string> = { input: 'input', dense: 'dense', activation: 'act', loss: 'loss' };

/** The first `<prefix><n>` (n ≥ 1) not in `taken`. */
export function nextNodeId(type: NodeType, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${ID_PREFIX[type]}${n}`;
    if (!taken.has(id)) return id;
  }
}

export function takenIds(nodes: readonly Pick<ModelNode, 'id'>[]): Set<string> {
  return new Set(nodes.map((node) => node.id));
}
