import type { ModelNode, NodeOf } from '../model/index.ts';
import type { CompileError } from './types.ts';
import { nodesOfType, predecessors, successors, type Graph } from './topology.ts';
import { nodeName } from './wording.ts';

/**
 * A ceiling on a dense layer's width: one layer of 100 000 units on a 100 000-wide input is
 * 10¹⁰ weights, which would freeze the browser before it could say why. It also catches typos.
 */
const MAX_UNITS = 4096;

export interface ShapeInference {
  /** The width each node emits; for a loss node, the width it receives. */
  shapes: Record<string, number>;
  /** The width each node receives from its single input, when known. */
  received: Record<string, number>;
  /** Dense nodes whose `units` cannot give a shape. */
  errors: CompileError[];
}

/**
 * Propagates widths forward from each input. A node gets a shape when it has exactly one
 * incoming edge whose source has one, so shapes are filled as far as possible even in a graph
 * with errors elsewhere (the editor labels the edges that are fine).
 */
export function inferShapes(graph: Graph): ShapeInference {
  const shapes: Record<string, number> = {};
  const received: Record<string, number> = {};
  const errors = nodesOfType(graph, 'dense').flatMap(checkUnits);

  const queue: string[] = [];
  for (const input of nodesOfType(graph, 'input')) {
    shapes[input.id] = input.params.size;
    queue.push(input.id);
  }
  for (let head = 0; head < queue.length; head++) {
    const source = queue[head]!;
    for (const target of successors(graph, source)) {
      if (target in shapes || predecessors(graph, target).length !== 1) continue;
      const width = shapes[source]!;
      received[target] = width;
      const emitted = emittedWidth(graph.nodes.get(target)!, width);
      if (emitted === undefined) continue;
      shapes[target] = emitted;
      queue.push(target);
    }
  }
  return { shapes, received, errors };
}

/** The width a node emits given the width it receives; undefined when its params cannot say. */
function emittedWidth(node: ModelNode, received: number): number | undefined {
  switch (node.type) {
    case 'dense':
      return hasValidUnits(node.params.units) ? node.params.units : undefined;
    case 'activation':
    case 'loss':
      return received;
    case 'input':
      return node.params.size;
    default: {
      const unexpected: never = node;
      throw new Error(`unknown node type ${JSON.stringify(unexpected)}`);
    }
  }
}

function hasValidUnits(units: number): boolean {
  return Number.isInteger(units) && units >= 1 && units <= MAX_UNITS;
}

function checkUnits(node: NodeOf<'dense'>): CompileError[] {
  if (hasValidUnits(node.params.units)) return [];
  return [
    {
      code: 'bad_units',
      nodeIds: [node.id],
      message: `${nodeName(node)} has ${node.params.units} units; it needs a whole number from 1 to ${MAX_UNITS}`,
    },
  ];
}
