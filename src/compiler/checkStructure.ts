import { NODE_SPECS, type ModelNode } from '../model/index.ts';
import type { CompileError, CompileErrorCode } from './types.ts';
import { findLoops, nodesOfType, reachable, tracePath, type Graph } from './topology.ts';
import { grouped, nodeName, quoteId, quoteIds } from './wording.ts';

/**
 * The graph-shape rules: exactly one input and one loss, no loops, and every node on a path
 * from the input to the loss. (How many wires a node takes is a rule of its ports: `ports.ts`.)
 */
export function checkStructure(graph: Graph): CompileError[] {
  const inputs = nodesOfType(graph, 'input').map((node) => node.id);
  const losses = nodesOfType(graph, 'loss').map((node) => node.id);
  return [
    ...checkExactlyOne(inputs, 'input', 'add one to feed it data', ['no_input', 'multiple_inputs']),
    ...checkExactlyOne(losses, 'loss', 'add one after the last layer so it can learn', ['no_loss', 'multiple_losses']),
    ...checkLoops(graph),
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

/** Nodes of a loop shown at each end of its path before the middle is counted. */
const LOOP_ENDS = 3;

function checkLoops(graph: Graph): CompileError[] {
  return findLoops(graph).map((loop) => ({
    code: 'cycle',
    nodeIds: loop,
    message: `${describePath(tracePath(graph, loop))} is a loop; data must flow one way, from the input to the loss`,
  }));
}

/** `"a" → "b" → "a"`, or for a long loop `"a" → "b" → "c" → … 9,995 more … → "y" → "z" → "a"`. */
function describePath(path: readonly string[]): string {
  if (path.length <= 2 * LOOP_ENDS + 1) return path.map(quoteId).join(' → ');
  const hidden = path.length - 2 * LOOP_ENDS;
  return [...path.slice(0, LOOP_ENDS).map(quoteId), `… ${grouped.format(hidden)} more …`, ...path.slice(-LOOP_ENDS).map(quoteId)].join(' → ');
}

/** Only meaningful once there is an input and a loss to be connected to. */
function checkConnected(graph: Graph, inputs: string[], losses: string[]): CompileError[] {
  if (inputs.length === 0 || losses.length === 0) return [];
  const fedByInput = reachable(graph, inputs, 'forward');
  const feedsLoss = reachable(graph, losses, 'backward');
  const errors: CompileError[] = [];
  for (const node of graph.nodes.values()) {
    const fed = fedByInput.has(node.id);
    const feeds = feedsLoss.has(node.id);
    if (fed && feeds) continue;
    errors.push({ code: 'disconnected', nodeIds: [node.id], message: describeDisconnected(node, fed) });
  }
  return errors;
}

function describeDisconnected(node: ModelNode, fedByInput: boolean): string {
  switch (node.type) {
    case 'input':
      return `${nodeName(node)} is not connected to the loss: wire the layers between them`;
    case 'loss':
      return `${nodeName(node)} receives nothing from the input: wire the layers between them`;
    default:
      return fedByInput
        ? `${nodeName(node)} is a dead end: what it computes never reaches the loss; wire it onward or delete it`
        : `${nodeName(node)} is not on the path from the input to the loss: connect it or delete it`;
  }
}
