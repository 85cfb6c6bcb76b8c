import type { CompileResult } from '../../compiler/index.ts';
import { ownValue, specOf, type NetloomModel } from '../../model/index.ts';
import type { ViewState } from '../store/viewStore.ts';
import type { AnyNodeData, ModelFlowEdge, ModelFlowNode } from './flowTypes.ts';

const NO_ERRORS: readonly string[] = Object.freeze([]);
/** Where a node without a stored position goes: a row, in document order. */
const FALLBACK_COLUMN = 200;

/**
 * The drawn wire of each document edge, by the edge's index: `source->target`, with the port
 * for a wire that names one (`a->cat:in1`). Copies of one wire (same source, target and the
 * port it is drawn to, which `edgePorts` gives), possible in an imported file, are one drawn
 * wire with one id, so 25,000 of them cost one; the same source on another port of a merge
 * node is another wire and gets a suffix (`x->cat#1`).
 */
export function edgeIds(edges: NetloomModel['edges'], edgePorts: CompileResult['edgePorts']): string[] {
  const byWire = new Map<string, string>();
  const taken = new Map<string, number>();
  return edges.map(({ source, target, targetHandle }, i) => {
    const base = targetHandle ? `${source}->${target}:${targetHandle}` : `${source}->${target}`;
    const wire = `${base}\u0000${drawnPort(edgePorts, i)}`;
    let id = byWire.get(wire);
    if (id === undefined) {
      const earlier = taken.get(base) ?? 0;
      taken.set(base, earlier + 1);
      id = earlier === 0 ? base : `${base}#${earlier}`;
      byWire.set(wire, id);
    }
    return id;
  });
}

/** A wire the compiler could not place on a port (one too many, a copy) is drawn to the first. */
function drawnPort(edgePorts: CompileResult['edgePorts'], index: number): string {
  return edgePorts[index] ?? 'in0';
}

/** Each node's error messages, in one pass over the errors (linear however many name one node). */
function errorsByNode(result: CompileResult): Map<string, string[]> {
  const byNode = new Map<string, string[]>();
  if (result.ok) return byNode;
  for (const error of result.errors) {
    for (const id of error.nodeIds) {
      const messages = byNode.get(id);
      if (messages) messages.push(error.message);
      else byNode.set(id, [error.message]);
    }
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
    const ids = edgeIds(model.edges, result.edgePorts);
    const copies = new Map<string, number>();
    for (const id of ids) copies.set(id, (copies.get(id) ?? 0) + 1);
    const merges = multiPortNodes(model);
    const edges: ModelFlowEdge[] = [];
    const drawn = new Set<string>();
    model.edges.forEach(({ source, target }, i) => {
      const id = ids[i]!;
      if (drawn.has(id)) return;
      drawn.add(id);
      const width = result.shapes.get(source);
      const targetHandle = drawnPort(result.edgePorts, i);
      const times = copies.get(id)!;
      const label = [width === undefined ? '' : String(width), times > 1 ? `×${times.toLocaleString('en-US')}` : ''].filter(Boolean).join(' ');
      const port = merges.has(target) ? ` (port ${targetHandle})` : '';
      const described = [width === undefined ? '' : `width ${width}`, times > 1 ? `${times.toLocaleString('en-US')} copies of this wire` : ''].filter(Boolean);
      const fresh: ModelFlowEdge = {
        id,
        source,
        target,
        sourceHandle: 'out',
        targetHandle,
        selected: selected.has(id),
        ariaLabel: [`Edge from ${source} to ${target}${port}`, ...described].join(', '),
        ...(label ? { label } : {}),
      };
      const old = previous.get(id);
      edges.push(
        old &&
          old.source === source &&
          old.target === target &&
          old.targetHandle === targetHandle &&
          old.selected === fresh.selected &&
          old.label === fresh.label
          ? old
          : fresh,
      );
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
        // React Flow's wrapper is what takes focus: it carries the name ("Dense dense1"), not the view inside it.
        ariaLabel: `${specOf(node).label} ${node.id}`,
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
