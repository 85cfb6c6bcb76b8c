import type { CompileResult } from '../../compiler/index.ts';
import type { NetloomModel } from '../../model/index.ts';
import { inputWidths } from '../store/compileModel.ts';
import type { ViewState } from '../store/viewStore.ts';
import type { AnyNodeData, ModelFlowEdge, ModelFlowNode } from './flowTypes.ts';

const NO_ERRORS: readonly string[] = Object.freeze([]);
/** Where a node without a stored position goes: a row, in document order. */
const FALLBACK_COLUMN = 200;

/** Stable id of an edge; a repeated (source, target) pair, possible in an imported file, gets a suffix. */
export function edgeIds(edges: NetloomModel['edges']): string[] {
  const seen = new Map<string, number>();
  return edges.map(({ source, target }) => {
    const base = `${source}->${target}`;
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
    const edges = model.edges.map(({ source, target }, i): ModelFlowEdge => {
      const id = ids[i]!;
      const width = result.shapes[source];
      const fresh: ModelFlowEdge = {
        id,
        source,
        target,
        selected: selected.has(id),
        ...(width === undefined ? {} : { label: String(width), ariaLabel: `${source} to ${target}, width ${width}` }),
      };
      const old = previous.get(id);
      return old && old.source === source && old.target === target && old.selected === fresh.selected && old.label === fresh.label
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
    const received = inputWidths(model, result.shapes);
    const selected = new Set(view.selectedNodeIds);
    const next = new Map<string, ModelFlowNode>();
    const nodes = model.nodes.map((node, index) => {
      const old = previous.get(node.id);
      const data = {
        node,
        errors: errors.get(node.id) ?? NO_ERRORS,
        annotation: view.annotations[node.id],
        inputWidth: received.get(node.id),
        outputWidth: result.shapes[node.id],
        hasWeights: model.weights?.[node.id] !== undefined,
        showDetails: selected.size === 1 && selected.has(node.id),
      } as AnyNodeData;
      const fresh = {
        id: node.id,
        type: node.type,
        position: view.dragPositions?.[node.id] ?? node.position ?? { x: index * FALLBACK_COLUMN, y: 0 },
        data: old && sameData(old.data, data) ? old.data : data,
        selected: selected.has(node.id),
        measured: view.measured[node.id],
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
    a.inputWidth === b.inputWidth &&
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
