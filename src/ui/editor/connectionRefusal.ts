import { canConnect } from '../../compiler/index.ts';
import type { NetloomModel } from '../../model/index.ts';

/** One end of a wire being drawn: a node, which side of it, and the handle's id (an input port's is `in<k>`). */
export interface WireEnd {
  nodeId: string;
  handle: 'source' | 'target';
  port: string | null;
}

/**
 * Why a wire from `from` (where the drag started) to `to` cannot be made, or null if it can.
 * The user may start at either end; the wire always runs from an output to an input.
 */
export function connectionRefusal(model: NetloomModel, from: WireEnd, to: WireEnd): string | null {
  if (from.handle === to.handle) return 'wires go from an output (right side) to an input (left side)';
  const [output, input] = from.handle === 'source' ? [from, to] : [to, from];
  const check = canConnect(model, { source: output.nodeId, target: input.nodeId, targetHandle: input.port });
  return check.ok ? null : check.reason;
}
