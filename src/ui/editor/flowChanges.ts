import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { XY } from '../store/commands.ts';
import { commitDrag, showDragPositions } from '../store/editorActions.ts';
import { getViewState, updateView } from '../store/viewStore.ts';
import type { ModelFlowEdge, ModelFlowNode } from './flowTypes.ts';

/**
 * Routes React Flow's node changes to the store: sizes and selection to the view state, moves
 * to the drag overlay, committed as one undo step when the drag ends. Removals come through
 * `onDelete` instead, so deleting nodes and their wires is one step.
 */
export function handleNodeChanges(changes: NodeChange<ModelFlowNode>[]): void {
  const view = getViewState();
  const measured: Record<string, { width: number; height: number }> = {};
  const moved: Record<string, XY> = {};
  let selection: Set<string> | null = null;
  let dragging = false;
  let released = false;
  for (const change of changes) {
    switch (change.type) {
      case 'dimensions':
        if (change.dimensions) measured[change.id] = change.dimensions;
        break;
      case 'select':
        selection ??= new Set(view.selectedNodeIds);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
        break;
      case 'position':
        if (change.position) moved[change.id] = change.position;
        if (change.dragging) dragging = true;
        else released = true;
        break;
      default:
        break;
    }
  }
  if (Object.keys(measured).length > 0) updateView({ measured: { ...view.measured, ...measured } });
  if (selection) updateView({ selectedNodeIds: [...selection] });
  if (Object.keys(moved).length > 0) showDragPositions(moved);
  // A keyboard move arrives as one change without `dragging`: it is a whole move at once.
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
