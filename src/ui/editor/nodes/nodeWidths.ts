import type { NodeType } from '../../../model/index.ts';
import { DEFAULT_NODE_SIZE } from '../../store/tidyLayout.ts';

/**
 * How wide each kind's node is drawn, in flow pixels: one place for the view (which sets it) and
 * for placing a node before React Flow has measured it. Loss holds the longest choice ("Binary
 * cross-entropy"); BatchNorm has room for "momentum" beside its value, clear of the output handle;
 * Concatenate keeps its name and id on one line, above its first port's name.
 */
const WIDER: Partial<Record<NodeType, number>> = { loss: 180, batch_norm: 148, concatenate: 156 };

export function nodeWidth(type: NodeType): number {
  return WIDER[type] ?? DEFAULT_NODE_SIZE.width;
}
