import { canConnect, type Connection } from '../../compiler/index.ts';
import type { NodeType } from '../../model/index.ts';
import { duplicateSubgraph, extractSubgraph, type Subgraph } from './clipboard.ts';
import { addNode, connect, deleteElements, moveNodes, pasteNodes, type XY } from './commands.ts';
import type { Command } from './documentReducer.ts';
import { getDocumentState, runCommand } from './documentStore.ts';
import { nextNodeId, takenIds } from './nodeIds.ts';
import { getViewState, requestFitView, updateView } from './viewStore.ts';

/** What the editor's gestures do: each runs one command and keeps the view state in step. */

const model = () => getDocumentState().model;

/** Adds a node with default params and selects it, so its details show at once. */
export function addNodeAt(type: NodeType, position: XY): string {
  const id = nextNodeId(type, takenIds(model().nodes));
  runCommand(addNode, id, type, position);
  updateView({ selectedNodeIds: [id], selectedEdgeIds: [] });
  return id;
}

/** Wires two nodes if the connection rules allow it; returns the check either way. */
export function connectNodes(connection: Connection) {
  const check = canConnect(model(), connection);
  if (check.ok) runCommand(connect, connection);
  return check;
}

/** Deletes nodes (with their wires) and the wires at the given document indices, as one undo step. */
export function deleteNodesAndEdges(nodeIds: readonly string[], edgeIndices: readonly number[]): void {
  if (nodeIds.length === 0 && edgeIndices.length === 0) return;
  runCommand(deleteElements, nodeIds, edgeIndices);
  updateView({ selectedNodeIds: [], selectedEdgeIds: [] });
}

/** Shows nodes at their positions mid-drag, without touching the document (or its listeners). */
export function showDragPositions(positions: ReadonlyMap<string, XY>): void {
  updateView({ dragPositions: new Map([...(getViewState().dragPositions ?? []), ...positions]) });
}

/** Commits a drag as one undo step; a click without movement changes nothing. */
export function commitDrag(): void {
  const { dragPositions } = getViewState();
  updateView({ dragPositions: null });
  if (dragPositions) runCommand(moveNodes, dragPositions);
}

export function selectAll(): void {
  updateView({ selectedNodeIds: model().nodes.map((node) => node.id), selectedEdgeIds: [] });
}

let clipboard: Subgraph | null = null;

/** Copies the selected nodes (and the wires among them) into the editor's clipboard. */
export function copySelection(): boolean {
  const { selectedNodeIds } = getViewState();
  if (selectedNodeIds.length === 0) return false;
  clipboard = extractSubgraph(model(), selectedNodeIds);
  return true;
}

/** Pastes fresh copies, each paste shifted from the last one, and selects them. */
export function pasteClipboard(): boolean {
  if (!clipboard) return false;
  const copies = duplicateSubgraph(clipboard, takenIds(model().nodes));
  runCommand(pasteNodes, copies);
  clipboard = copies;
  updateView({ selectedNodeIds: copies.nodes.map((node) => node.id), selectedEdgeIds: [] });
  return true;
}

/**
 * Runs a command that swaps the whole graph (one undo step), then clears the selection, the
 * Connect menu and the sizes measured of the old graph's nodes (a template reuses their ids,
 * `dense1`…, so the fit would wait for nothing and use the old boxes), and fits the view.
 */
export function replaceDocument<Args extends unknown[]>(command: Command<Args>, ...args: Args): void {
  runCommand(command, ...args);
  updateView({ selectedNodeIds: [], selectedEdgeIds: [], notice: null, connectMenu: null, measured: new Map() });
  requestFitView();
}

/** Long enough to read a sentence, short enough not to linger over the next attempt. */
const REFUSAL_SHOWN_MS = 4000;
let refusalTimer: ReturnType<typeof setTimeout> | undefined;

/** Keeps the reason a dropped wire was refused on screen for a few seconds. */
export function showConnectionRefusal(reason: string | null): void {
  clearTimeout(refusalTimer);
  updateView({ connectionRefusal: reason });
  if (reason) refusalTimer = setTimeout(() => updateView({ connectionRefusal: null }), REFUSAL_SHOWN_MS);
}
