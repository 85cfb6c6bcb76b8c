import { canConnect } from '../../compiler/index.ts';
import type { NetloomModel } from '../../model/index.ts';

/** One end of a wire being drawn: a node and which of its handles. */
export interface WireEnd {
  nodeId: string;
  handle: 'source' | 'target';
}

/**
 * Why a wire from `from` (where the drag started) to `to` cannot be made, or null if it can.
 * The user may start at either end; the wire always runs from an output to an input.
 */
export function connectionRefusal(model: NetloomModel, from: WireEnd, to: WireEnd): string | null {
  if (from.handle === to.handle) return 'wires go from an output (right side) to an input (left side)';
  const [source, target] = from.handle === 'source' ? [from.nodeId, to.nodeId] : [to.nodeId, from.nodeId];
  const check = canConnect(model, { source, target });
  return check.ok ? null : check.reason;
}
