import { portName, specOf, type NetloomModel } from '../model/index.ts';
import { inferShapes } from './inferShapes.ts';
import { assignPorts } from './ports.ts';
import { buildGraph, reachable } from './topology.ts';
import { nodeName, quoteId } from './wording.ts';

/** A wire the user is drawing, from `source`'s output to an input port of `target`. */
export interface Connection {
  source: string;
  target: string;
  /** The port it is dropped on (`in1`); null or absent: the lowest free one. */
  targetHandle?: string | null;
}

export type ConnectCheck = { ok: true } | { ok: false; reason: string };

type Model = Pick<NetloomModel, 'nodes' | 'edges'>;

/**
 * Whether a new wire keeps the graph trainable, checked while the user drags (React Flow's
 * `isValidConnection`); `reason` is shown to them. Refuses a wire to itself, in the wrong
 * direction (out of a loss, into an input), into a port that is taken or does not exist, one
 * that closes a loop, and one whose width the target cannot take (an Add of unequal widths).
 */
export function canConnect(model: Model, connection: Connection): ConnectCheck {
  const { source, target } = connection;
  if (source === target) return refuse('a node cannot connect to itself');
  const graph = buildGraph(model);
  const from = graph.nodes.get(source);
  const to = graph.nodes.get(target);
  if (!from) return refuse(`there is no node ${quoteId(source)}`);
  if (!to) return refuse(`there is no node ${quoteId(target)}`);
  if (!specOf(from).hasOutput) return refuse(`${nodeName(from)} is the end of the network: wires go into it, not out of it`);
  const portCount = specOf(to).inputPorts(to.params);
  if (portCount === 0) return refuse(`${nodeName(to)} is the start of the network: wires go out of it, not into it`);

  const slots = assignPorts(graph).ports.get(target)!;
  const port = connection.targetHandle ? Number(connection.targetHandle.slice(2)) : slots.indexOf(undefined);
  if (portCount === 1 && slots[0]) {
    if (slots[0].source === source) return refuse(`${nodeName(from)} is already connected to ${quoteId(target)}`);
    return refuse(`${nodeName(to)} already has an input (from ${quoteId(slots[0].source)}); join branches with an Add or Concatenate node`);
  }
  if (port === -1) return refuse(`every port of ${nodeName(to)} is wired: raise its inputs to join another branch`);
  if (port >= portCount) return refuse(`${nodeName(to)} has no port ${connection.targetHandle}`);
  if (slots[port]) return refuse(`port ${portName(port)} of ${nodeName(to)} already takes ${quoteId(slots[port].source)}`);
  if (reachable(graph, [target], 'forward').has(source)) {
    return refuse(`this wire would make a loop: ${quoteId(target)} already feeds ${quoteId(source)}`);
  }
  return checkWidths(model, { source, target, targetHandle: portName(port) });
}

/** The target's width rule on the graph with the wire added (e.g. an Add of 8 and 4 values). */
function checkWidths(model: Model, edge: { source: string; target: string; targetHandle: string }): ConnectCheck {
  const wired = buildGraph({ nodes: model.nodes, edges: [...model.edges, edge] });
  const mismatch = inferShapes(wired, assignPorts(wired)).errors.find(
    (error) => error.code === 'width_mismatch' && error.nodeIds[0] === edge.target,
  );
  return mismatch ? refuse(mismatch.message) : { ok: true };
}

function refuse(reason: string): ConnectCheck {
  return { ok: false, reason };
}
