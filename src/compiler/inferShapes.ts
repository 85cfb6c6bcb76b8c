import { portName, specOf, type PortInput } from '../model/index.ts';
import type { PortAssignment } from './ports.ts';
import { topologicalOrder, type Graph } from './topology.ts';
import type { CompileError } from './types.ts';
import { nodeName } from './wording.ts';

export interface ShapeInference {
  /** The width each node emits; for a loss node, the width it receives. */
  shapes: Map<string, number>;
  /** The width at each input port, for nodes whose every port has a known width. */
  inputWidths: Map<string, number[]>;
  /** Params that cannot work (`bad_params`) and inputs that do not fit together (`width_mismatch`). */
  errors: CompileError[];
}

/**
 * Works out widths in topological order with each kind's width rule. A node gets a shape once
 * every one of its ports is wired to a node with a shape, so shapes are filled as far as
 * possible even in a graph with errors elsewhere (the editor labels the wires that are fine).
 */
export function inferShapes(graph: Graph, { ports }: PortAssignment): ShapeInference {
  const shapes = new Map<string, number>();
  const inputWidths = new Map<string, number[]>();
  const errors: CompileError[] = [];
  for (const node of graph.nodes.values()) {
    const problem = specOf(node).checkParams?.(node.params, nodeName(node));
    if (problem) errors.push({ code: 'bad_params', nodeIds: [node.id], message: problem });
  }
  const invalid = new Set(errors.map((error) => error.nodeIds[0]!));
  for (const id of topologicalOrder(graph)) {
    const node = graph.nodes.get(id)!;
    if (invalid.has(id)) continue;
    const inputs = knownInputs(ports.get(id)!, shapes);
    if (!inputs) continue;
    const result = specOf(node).outputWidth(inputs, node.params, nodeName(node));
    if (!result.ok) {
      errors.push({ code: 'width_mismatch', nodeIds: [id, ...new Set(inputs.map((input) => input.source))], message: result.message });
      continue;
    }
    inputWidths.set(id, inputs.map((input) => input.width));
    shapes.set(id, result.width);
  }
  return { shapes, inputWidths, errors };
}

/** What reaches each port, or undefined while a port is free or its source's width is unknown. */
function knownInputs(slots: readonly ({ source: string } | undefined)[], shapes: ReadonlyMap<string, number>): PortInput[] | undefined {
  const inputs: PortInput[] = [];
  for (let index = 0; index < slots.length; index++) {
    const source = slots[index]?.source;
    const width = source === undefined ? undefined : shapes.get(source);
    if (width === undefined) return undefined;
    inputs.push({ width, source: source!, port: portName(index) });
  }
  return inputs;
}
