import { NODE_SPECS, type ModelNode } from '../model/index.ts';
import type { CompileError, CompileErrorCode } from './types.ts';
import { findLoops, nodesOfType, predecessors, reachable, successors, tracePath, type Graph } from './topology.ts';
import { nodeName, quoteId, quoteIds } from './wording.ts';

/**
 * The graph-shape rules: exactly one input and one loss, no loops, a single chain (no node
 * with two inputs or two outputs), and every node on the path from the input to the loss.
 */
export function checkStructure(graph: Graph): CompileError[] {
  const inputs = nodesOfType(graph, 'input').map((node) => node.id);
  const losses = nodesOfType(graph, 'loss').map((node) => node.id);
  return [
    ...checkExactlyOne(inputs, 'input', 'add one to feed it data', ['no_input', 'multiple_inputs']),
    ...checkExactlyOne(losses, 'loss', 'add one after the last layer so it can learn', ['no_loss', 'multiple_losses']),
    ...checkLoops(graph),
    ...checkBranching(graph),
    ...checkConnected(graph, inputs, losses),
  ];
}

/** Exactly one Input and one Loss node: say how to add a missing one, or name every one of several. */
function checkExactlyOne(
  ids: string[],
  type: 'input' | 'loss',
  howToAdd: string,
  [noneCode, severalCode]: [CompileErrorCode, CompileErrorCode],
): CompileError[] {
  const { label } = NODE_SPECS[type];
  if (ids.length === 0) return [{ code: noneCode, nodeIds: [], message: `the network has no ${label} node: ${howToAdd}` }];
  if (ids.length === 1) return [];
  return [
    {
      code: severalCode,
      nodeIds: ids,
      message: `the network has ${ids.length} ${label} nodes (${quoteIds(ids)}); it needs exactly one`,
    },
  ];
}

function checkLoops(graph: Graph): CompileError[] {
  return findLoops(graph).map((loop) => ({
    code: 'cycle',
    nodeIds: loop,
    message: `${tracePath(graph, loop).map(quoteId).join(' → ')} is a loop; data must flow one way, from the input to the loss`,
  }));
}

function checkBranching(graph: Graph): CompileError[] {
  const errors: CompileError[] = [];
  for (const node of graph.nodes.values()) {
    const outputs = successors(graph, node.id);
    const inputs = predecessors(graph, node.id);
    if (outputs.length > 1) errors.push(branchingError(node, outputs, 'outputs'));
    if (inputs.length > 1) errors.push(branchingError(node, inputs, 'inputs'));
  }
  return errors;
}

function branchingError(node: ModelNode, neighbours: readonly string[], side: 'inputs' | 'outputs'): CompileError {
  const count = neighbours.length === 2 ? 'two' : String(neighbours.length);
  return {
    code: 'branching',
    nodeIds: [node.id],
    message: `this version trains layer stacks; ${nodeName(node)} has ${count} ${side} (${quoteIds(neighbours)})`,
  };
}

/** Only meaningful once there is an input and a loss to be connected to. */
function checkConnected(graph: Graph, inputs: string[], losses: string[]): CompileError[] {
  if (inputs.length === 0 || losses.length === 0) return [];
  const fedByInput = reachable(graph, inputs, 'forward');
  const feedsLoss = reachable(graph, losses, 'backward');
  const errors: CompileError[] = [];
  for (const node of graph.nodes.values()) {
    if (fedByInput.has(node.id) && feedsLoss.has(node.id)) continue;
    errors.push({ code: 'disconnected', nodeIds: [node.id], message: describeDisconnected(node) });
  }
  return errors;
}

function describeDisconnected(node: ModelNode): string {
  switch (node.type) {
    case 'input':
      return `${nodeName(node)} is not connected to the loss: wire the layers between them`;
    case 'loss':
      return `${nodeName(node)} receives nothing from the input: wire the layers between them`;
    default:
      return `${nodeName(node)} is not on the path from the input to the loss: connect it or delete it`;
  }
}
