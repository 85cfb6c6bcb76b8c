import { NODE_SPECS, type NetloomModel } from '../model/index.ts';
import { buildGraph, predecessors, reachable } from './topology.ts';
import { nodeName, quoteId } from './wording.ts';

/** A wire the user is drawing, from `source`'s output to `target`'s input. */
export interface Connection {
  source: string;
  target: string;
}

export type ConnectCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a new edge keeps the graph a one-way stack, checked while the user drags (React
 * Flow's `isValidConnection`); `reason` is shown to them. Refuses a wire to itself, in the wrong
 * direction (out of a loss, into an input), a duplicate, a second input to a node, and a loop.
 */
export function canConnect(model: Pick<NetloomModel, 'nodes' | 'edges'>, { source, target }: Connection): ConnectCheck {
  if (source === target) return refuse('a node cannot connect to itself');
  const graph = buildGraph(model);
  const from = graph.nodes.get(source);
  const to = graph.nodes.get(target);
  if (!from) return refuse(`there is no node ${quoteId(source)}`);
  if (!to) return refuse(`there is no node ${quoteId(target)}`);
  if (!NODE_SPECS[from.type].ports.output) {
    return refuse(`${nodeName(from)} is the end of the network: wires go into it, not out of it`);
  }
  if (!NODE_SPECS[to.type].ports.input) {
    return refuse(`${nodeName(to)} is the start of the network: wires go out of it, not into it`);
  }
  const feeders = predecessors(graph, target);
  if (feeders.includes(source)) return refuse(`${nodeName(from)} is already connected to ${quoteId(target)}`);
  if (feeders.length > 0) {
    return refuse(`${nodeName(to)} already has an input (from ${quoteId(feeders[0]!)}); this version trains layer stacks, one input per node`);
  }
  if (reachable(graph, [target], 'forward').has(source)) {
    return refuse(`this wire would make a loop: ${quoteId(target)} already feeds ${quoteId(source)}`);
  }
  return { ok: true };
}

function refuse(reason: string): ConnectCheck {
  return { ok: false, reason };
}
