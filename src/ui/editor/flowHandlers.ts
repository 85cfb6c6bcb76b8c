import type {
  Connection,
  Edge,
  EdgeChange,
  FinalConnectionState,
  IsValidConnection,
  NodeChange,
  OnDelete,
} from '@xyflow/react';
import { canConnect } from '../../compiler/index.ts';
import type { XY } from '../store/commands.ts';
import {
  commitDrag,
  connectNodes,
  deleteNodesAndEdges,
  showConnectionRefusal,
  showDragPositions,
} from '../store/editorActions.ts';
import { compileModel } from '../store/compileModel.ts';
import { getModel } from '../store/index.ts';
import { getViewState, updateView } from '../store/viewStore.ts';
import { focusNodeOrCanvas } from './canvasFocus.ts';
import { connectionRefusal } from './connectionRefusal.ts';
import { focusAfterDelete } from './focusAfterDelete.ts';
import { edgeIds } from './flowElements.ts';
import type { ModelFlowEdge, ModelFlowNode } from './flowTypes.ts';

/**
 * React Flow's callbacks, defined once at module scope (stable across renders): each turns a
 * gesture on the canvas into a store action.
 */

/**
 * Routes React Flow's node changes to the store: sizes and selection to the view state, moves
 * to the drag overlay, committed as one undo step when the drag ends. Removals come through
 * `onDelete` instead, so deleting nodes and their wires is one step.
 */
export function handleNodeChanges(changes: NodeChange<ModelFlowNode>[]): void {
  const view = getViewState();
  const measured = new Map<string, { width: number; height: number }>();
  const moved = new Map<string, XY>();
  let selection: Set<string> | null = null;
  let dragging = false;
  let released = false;
  for (const change of changes) {
    switch (change.type) {
      case 'dimensions':
        if (change.dimensions) measured.set(change.id, change.dimensions);
        break;
      case 'select':
        selection ??= new Set(view.selectedNodeIds);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
        break;
      case 'position':
        if (change.position) moved.set(change.id, change.position);
        if (change.dragging) dragging = true;
        else released = true;
        break;
      default:
        break;
    }
  }
  if (measured.size > 0) updateView({ measured: new Map([...view.measured, ...measured]) });
  if (selection) updateView({ selectedNodeIds: [...selection] });
  if (moved.size > 0) showDragPositions(moved);
  // The end of a drag, or an arrow-key move, arrives with `dragging: false`: commit it as one step.
  if (released && !dragging) commitDrag();
}

export function handleEdgeChanges(changes: EdgeChange<ModelFlowEdge>[]): void {
  const selection = new Set(getViewState().selectedEdgeIds);
  let changed = false;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    if (change.selected) selection.add(change.id);
    else selection.delete(change.id);
    changed = true;
  }
  if (changed) updateView({ selectedEdgeIds: [...selection] });
}

/** React Flow asks while the user drags a wire; the rules are the compiler's. */
export const isValidConnection: IsValidConnection<ModelFlowEdge> = ({ source, target, targetHandle }: Edge | Connection) =>
  canConnect(getModel(), { source, target, targetHandle }).ok;

export const onConnect = ({ source, target, targetHandle }: Connection) => {
  connectNodes({ source, target, targetHandle });
};

/** A new attempt replaces the reason the last one was refused. */
export const onConnectStart = () => showConnectionRefusal(null);

/** A wire dropped on a handle that refused it: keep the reason on screen for a moment. */
export const onConnectEnd = (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
  if (state.isValid !== false || !state.fromNode || !state.fromHandle || !state.toNode || !state.toHandle) return;
  showConnectionRefusal(
    connectionRefusal(
      getModel(),
      { nodeId: state.fromNode.id, handle: state.fromHandle.type, port: state.fromHandle.id ?? null },
      { nodeId: state.toNode.id, handle: state.toHandle.type, port: state.toHandle.id ?? null },
    ),
  );
};

/** Delete/Backspace: the selected nodes, their wires and the selected wires go in one undo step. */
export const onDelete: OnDelete<ModelFlowNode, ModelFlowEdge> = ({ nodes, edges }) =>
  deleteAndRefocus(
    nodes.map((node) => node.id),
    edges.map((edge) => edge.id),
  );

/**
 * Deletes nodes and drawn wires (by their ids, every copy of a wire with it) in one undo step.
 * If focus was on the canvas, it moves to a neighbouring node, or the canvas, never the page.
 */
export function deleteAndRefocus(nodeIds: readonly string[], wireIds: readonly string[]): void {
  const deleted = new Set(wireIds);
  const model = getModel();
  const indices = edgeIds(model.edges, compileModel(model).edgePorts).flatMap((id, index) => (deleted.has(id) ? [index] : []));
  const next = focusAfterDelete(model, nodeIds, indices);
  const focusWasOnCanvas = document.activeElement === document.body || !!document.activeElement?.closest('.canvas');
  deleteNodesAndEdges(nodeIds, indices);
  if (focusWasOnCanvas) focusNodeOrCanvas(next);
}
