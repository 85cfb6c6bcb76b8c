import { portName, specOf, type ModelNode } from '../model/index.ts';
import type { CompileError } from './types.ts';
import type { Graph, GraphEdge } from './topology.ts';
import { count, grouped, listSome, nodeName, quoteId, quoteIds } from './wording.ts';

/** The wire into each input port of every node: `ports.get(id)[k]` feeds port `in<k>`, undefined while free. */
export interface PortAssignment {
  ports: Map<string, (GraphEdge | undefined)[]>;
  errors: CompileError[];
}

/**
 * Puts every wire on a port of its target: wires that name a port (`targetHandle`) take it,
 * the others the lowest free ports, in document order. Reports wires into a port that does
 * not exist, two wires into one port, more wires than ports (a second input into a one-input
 * node), the same wire twice, and a merge node with a port left free.
 */
export function assignPorts(graph: Graph): PortAssignment {
  const ports = new Map<string, (GraphEdge | undefined)[]>();
  const errors: CompileError[] = [];
  for (const [id, edges] of graph.incoming) {
    const node = graph.nodes.get(id)!;
    const slots = new Array<GraphEdge | undefined>(specOf(node).inputPorts(node.params)).fill(undefined);
    ports.set(id, slots);
    const { distinct, duplicates } = splitDuplicates(node, edges);
    errors.push(...duplicates);
    const unnamed: GraphEdge[] = [];
    const overflow: GraphEdge[] = [];
    // Wires into one port, grouped by port, so a thousand of them are one message each way.
    const intoMissingPort = new Map<string, GraphEdge[]>();
    const intoTakenPort = new Map<number, GraphEdge[]>();
    for (const edge of distinct) {
      if (edge.targetHandle === undefined) {
        unnamed.push(edge);
        continue;
      }
      const index = portIndex(edge.targetHandle);
      if (index >= slots.length) groupInto(intoMissingPort, edge.targetHandle, edge);
      else if (slots[index]) groupInto(intoTakenPort, index, edge);
      else slots[index] = edge;
    }
    for (const [port, wires] of intoMissingPort) {
      errors.push({ code: 'bad_port', nodeIds: [id, ...sourcesOf(wires)], message: describeMissingPort(node, port, wires, slots.length) });
    }
    for (const [index, wires] of intoTakenPort) {
      const sources = [slots[index]!.source, ...wires.map((edge) => edge.source)];
      errors.push({
        code: 'port_taken',
        nodeIds: [id, ...new Set(sources)],
        message: `${sources.length === 2 ? 'two' : grouped.format(sources.length)} wires go into port ${portName(index)} of ${nodeName(node)} (from ${quoteIds(sources)}); a port takes one`,
      });
    }
    for (const edge of unnamed) {
      const free = slots.indexOf(undefined);
      if (free === -1) overflow.push(edge);
      else slots[free] = edge;
    }
    if (overflow.length > 0) errors.push(tooManyInputs(node, distinct, slots.length));
    else if (slots.length > 1 && slots.includes(undefined) && distinct.length > 0) errors.push(freePorts(node, slots));
  }
  return { ports, errors };
}

/** `in3` → 3 (the schema has checked the form). */
function portIndex(handle: string): number {
  return Number(handle.slice(2));
}

function describeMissingPort(node: ModelNode, port: string, wires: readonly GraphEdge[], ports: number): string {
  const has = ports === 0 ? 'no input ports' : ports === 1 ? 'one input port (in0)' : `ports in0 to ${portName(ports - 1)}`;
  const from = wires.length === 1 ? `the wire from ${quoteId(wires[0]!.source)} goes` : `${grouped.format(wires.length)} wires (from ${quoteIds(sourcesOf(wires))}) go`;
  return `${from} into port ${port} of ${nodeName(node)}, which has ${has}`;
}

function groupInto<K>(groups: Map<K, GraphEdge[]>, key: K, edge: GraphEdge): void {
  const group = groups.get(key);
  if (group) group.push(edge);
  else groups.set(key, [edge]);
}

/** The distinct sources of some wires, in order. */
function sourcesOf(wires: readonly GraphEdge[]): string[] {
  return [...new Set(wires.map((edge) => edge.source))];
}

function tooManyInputs(node: ModelNode, edges: readonly GraphEdge[], ports: number): CompileError {
  const sources = edges.map((edge) => edge.source);
  const wires = sources.length === 2 ? 'two inputs' : `${grouped.format(sources.length)} inputs`;
  const message =
    ports === 1
      ? `${nodeName(node)} has ${wires} (${quoteIds(sources)}); join branches with an Add or Concatenate node`
      : `${nodeName(node)} has ${wires} (${quoteIds(sources)}) but ${count(ports, 'port')}: raise its inputs to ${sources.length}`;
  return { code: 'too_many_inputs', nodeIds: [node.id, ...new Set(sources)], message };
}

function freePorts(node: ModelNode, slots: readonly (GraphEdge | undefined)[]): CompileError {
  const free = slots.flatMap((edge, index) => (edge ? [] : [portName(index)]));
  const wired = slots.length - free.length;
  const fix = wired >= 2 ? `wire a branch into it, or lower its inputs to ${wired}` : 'wire a branch into it';
  return {
    code: 'free_port',
    nodeIds: [node.id],
    message: `${nodeName(node)} has ${free.length === 1 ? 'a free port' : 'free ports'} (${free.join(', ')}): ${fix}`,
  };
}

/**
 * Wires that repeat an earlier one (same source into the same port, or unnamed into a
 * one-port node) are left out of the port assignment and reported once per wire, however
 * many copies there are. Two unnamed wires from one source into a merge node are `x + x` on
 * two ports, which is legitimate.
 */
function splitDuplicates(node: ModelNode, edges: readonly GraphEdge[]): { distinct: GraphEdge[]; duplicates: CompileError[] } {
  const merge = specOf(node).inputPorts(node.params) > 1;
  const copies = new Map<string, GraphEdge[]>();
  const distinct: GraphEdge[] = [];
  for (const edge of edges) {
    const key = `${edge.source}\u0000${edge.targetHandle ?? ''}`;
    const repeats = copies.get(key);
    if (repeats && !(merge && edge.targetHandle === undefined)) {
      repeats.push(edge);
      continue;
    }
    if (!repeats) copies.set(key, []);
    distinct.push(edge);
  }
  const duplicates: CompileError[] = [];
  for (const repeats of copies.values()) {
    if (repeats.length === 0) continue;
    const { source } = repeats[0]!;
    const times = repeats.length === 1 ? 'twice' : `${grouped.format(repeats.length + 1)} times`;
    const where = listSome(repeats.map((edge) => `edges[${edge.index}]`));
    const fix = repeats.length === 1 ? 'delete one' : 'delete all but one';
    duplicates.push({
      code: 'duplicate_edge',
      nodeIds: [node.id, source],
      message: `the wire from ${quoteId(source)} to ${nodeName(node)} is there ${times} (${where}): ${fix}`,
    });
  }
  return { distinct, duplicates };
}
