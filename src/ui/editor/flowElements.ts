import type { CompileResult } from '../../compiler/index.ts';
import { ownValue, specOf, type NetloomModel } from '../../model/index.ts';
import type { ViewState } from '../store/viewStore.ts';
import type { AnyNodeData, ModelFlowEdge, ModelFlowNode } from './flowTypes.ts';

const NO_ERRORS: readonly string[] = Object.freeze([]);
/** Where a node without a stored position goes: a row, in document order. */
const FALLBACK_COLUMN = 200;

/**
 * Stable id of each edge: `source->target`, with the port for a wire that names one
 * (`a->cat:in1`); a repeat of the same wire, possible in an imported file, gets a suffix.
 */
export function edgeIds(edges: NetloomModel['edges']): string[] {
  const seen = new Map<string, number>();
  return edges.map(({ source, target, targetHandle }) => {
    const base = targetHandle ? `${source}->${target}:${targetHandle}` : `${source}->${target}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}#${count}`;
  });
}

function errorsByNode(result: CompileResult): Map<string, string[]> {
  const byNode = new Map<string, string[]>();
  if (result.ok) return byNode;
  for (const error of result.errors) {
    for (const id of error.nodeIds) byNode.set(id, [...(byNode.get(id) ?? []), error.message]);
  }
  return byNode;
}

/**
 * Derives React Flow edges, labelled with the width each carries, reusing the previous edge
 * object when nothing about it changed (dropping a dragged node re-renders no wire).
 */
export function createFlowEdgeDeriver() {
  let previous = new Map<string, ModelFlowEdge>();

  return (model: NetloomModel, result: CompileResult, selectedEdgeIds: readonly string[]): ModelFlowEdge[] => {
    const selected = new Set(selectedEdgeIds);
    const ids = edgeIds(model.edges);
    const merges = multiPortNodes(model);
    const edges = model.edges.map(({ source, target }, i): ModelFlowEdge => {
      const id = ids[i]!;
      const width = result.shapes.get(source);
      // A wire the compiler could not place on a port (one too many) is drawn to the first.
      const targetHandle = result.edgePorts[i] ?? 'in0';
      const fresh: ModelFlowEdge = {
        id,
        source,
        target,
        sourceHandle: 'out',
        targetHandle,
        selected: selected.has(id),
        ...(width === undefined ? {} : { label: String(width), ariaLabel: `${source} to ${target}${merges.has(target) ? ` (port ${targetHandle})` : ''}, width ${width}` }),
      };
      const old = previous.get(id);
      return old &&
        old.source === source &&
        old.target === target &&
        old.targetHandle === targetHandle &&
        old.selected === fresh.selected &&
        old.label === fresh.label
        ? old
        : fresh;
    });
    previous = new Map(edges.map((edge) => [edge.id, edge]));
    return edges;
  };
}

/**
 * Derives React Flow nodes from the model, reusing the previous node object whenever nothing
 * it shows changed. React Flow and the memoised node views then skip every node but the ones
 * that moved or changed, which keeps dragging smooth in large graphs.
 */
export function createFlowNodeDeriver() {
  let previous = new Map<string, ModelFlowNode>();

  return (model: NetloomModel, result: CompileResult, view: ViewState): ModelFlowNode[] => {
    const errors = errorsByNode(result);
    const selected = new Set(view.selectedNodeIds);
    const next = new Map<string, ModelFlowNode>();
    const nodes = model.nodes.map((node, index) => {
      const old = previous.get(node.id);
      const data = {
        node,
        errors: errors.get(node.id) ?? NO_ERRORS,
        annotation: view.annotations.get(node.id),
        inputWidths: result.inputWidths.get(node.id),
        outputWidth: result.shapes.get(node.id),
        hasWeights: ownValue(model.weights, node.id) !== undefined,
        showDetails: selected.size === 1 && selected.has(node.id),
      } as AnyNodeData;
      const fresh = {
        id: node.id,
        type: node.type,
        position: view.dragPositions?.get(node.id) ?? node.position ?? { x: index * FALLBACK_COLUMN, y: 0 },
        data: old && sameData(old.data, data) ? old.data : data,
        selected: selected.has(node.id),
        measured: view.measured.get(node.id),
      } as ModelFlowNode;
      const flowNode = old && sameNode(old, fresh) ? old : fresh;
      next.set(node.id, flowNode);
      return flowNode;
    });
    previous = next;
    return nodes;
  };
}

/**
 * Compares what the node views read. A committed move gives the model node a new object but
 * changes nothing they show (positions live on the flow node), so `node` is compared by its
 * id, type and params, and a drop re-renders no node view.
 */
function sameData(a: AnyNodeData, b: AnyNodeData): boolean {
  return (
    a.node.id === b.node.id &&
    a.node.type === b.node.type &&
    a.node.params === b.node.params &&
    a.annotation === b.annotation &&
    sameWidths(a.inputWidths, b.inputWidths) &&
    a.outputWidth === b.outputWidth &&
    a.hasWeights === b.hasWeights &&
    a.showDetails === b.showDetails &&
    a.errors.length === b.errors.length &&
    a.errors.every((message, i) => message === b.errors[i])
  );
}

function sameNode(a: ModelFlowNode, b: ModelFlowNode): boolean {
  return (
    a.data === b.data &&
    a.type === b.type &&
    a.selected === b.selected &&
    a.measured === b.measured &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y
  );
}

/** The ids of nodes with several input ports (merge nodes), whose wires are told apart by port. */
function multiPortNodes(model: NetloomModel): Set<string> {
  return new Set(model.nodes.filter((node) => specOf(node).inputPorts(node.params) > 1).map((node) => node.id));
}

/** Each compile gives new width lists; what the views show changes only when a width does. */
function sameWidths(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((width, i) => width === b[i]);
}
