import { NODE_SPECS, type ModelNode } from '../model/index.ts';

// Node ids are free text, and the templates' ids repeat their types (`loss`, `input`), so a
// message that printed ids bare read `loss loss receives nothing`. Every compiler message names
// a node in one of these two ways, the way the model schema already quotes ids.

/** `"h"`: a node id in a message, quoted so it never reads as one of the sentence's words. */
export function quoteId(id: string): string {
  return `"${id}"`;
}

/** Items listed in one message before the rest is counted: a message stays a sentence. */
const LISTED = 3;

/** `"a", "b"`: several node ids in a message (past three, `"a", "b", "c" and 24,997 more`). */
export function quoteIds(ids: readonly string[]): string {
  return listSome(ids.slice(0, LISTED + 1).map(quoteId), ids.length);
}

/** `a, b, c` or, past three, `a, b, c and 24,997 more` (`total` when `items` holds only the first few). */
export function listSome(items: readonly string[], total = items.length): string {
  if (total <= LISTED) return items.join(', ');
  return `${items.slice(0, LISTED).join(', ')} and ${grouped.format(total - LISTED)} more`;
}

/** Thousands separated by commas, as every count in a message is written. */
export const grouped = new Intl.NumberFormat('en-US');

/** `Loss node "loss"`: the node a message is about, with its kind as the palette names it. */
export function nodeName(node: Pick<ModelNode, 'id' | 'type'>): string {
  return `${NODE_SPECS[node.type].label} node ${quoteId(node.id)}`;
}

/** `1 unit`, `3 units`: counts in messages people read. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
