import { NODE_SPECS, type ModelNode } from '../model/index.ts';

// Node ids are free text, and the templates' ids repeat their types (`loss`, `input`), so a
// message that printed ids bare read `loss loss receives nothing`. Every compiler message names
// a node in one of these two ways, the way the model schema already quotes ids.

/** `"h"`: a node id in a message, quoted so it never reads as one of the sentence's words. */
export function quoteId(id: string): string {
  return `"${id}"`;
}

/** `"a", "b"`: several node ids in a message. */
export function quoteIds(ids: readonly string[]): string {
  return ids.map(quoteId).join(', ');
}

/** `Loss node "loss"`: the node a message is about, with its kind as the palette names it. */
export function nodeName(node: Pick<ModelNode, 'id' | 'type'>): string {
  return `${NODE_SPECS[node.type].label} node ${quoteId(node.id)}`;
}

/** `1 unit`, `3 units`: counts in messages people read. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
