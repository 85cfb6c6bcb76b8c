import type { XY } from './commands.ts';
import { createExternalStore, useStoreValue } from './externalStore.ts';

/** A note another part of the app pins on a node, e.g. the dashboard's "vanishing gradient". */
export interface NodeAnnotation {
  tone: 'warning' | 'error';
  message: string;
}

/** A message for the user above the canvas (a refused import, a failed export, an autosave that did not open). */
export interface Notice {
  title: string;
  details: string[];
  /** A file the user may want to keep, offered with a button (the autosave that did not open). */
  download?: { label: string; fileName: string; text: string };
}

/**
 * What the editor shows but the document does not hold: selection, positions mid-drag, the
 * sizes React Flow measured, annotations and notices. None of it is saved or undoable. What
 * is kept per node is in Maps: node ids are free text, `constructor` included.
 */
export interface ViewState {
  selectedNodeIds: readonly string[];
  selectedEdgeIds: readonly string[];
  /** Positions of the nodes being dragged; committed to the document on release. */
  dragPositions: ReadonlyMap<string, XY> | null;
  measured: ReadonlyMap<string, { width: number; height: number }>;
  annotations: ReadonlyMap<string, NodeAnnotation>;
  notice: Notice | null;
  /** Why the last wire the user dropped was refused; cleared after a few seconds. */
  connectionRefusal: string | null;
  /** Incremented when the whole graph changed and the canvas should fit it into view. */
  fitViewRequest: number;
  /** The canvas's size in pixels once measured: layouts are shaped to it. */
  canvasSize: { width: number; height: number } | null;
  /** The handle whose "Connect to…" / "Connect from…" menu is open (a keyboard path), if any. */
  connectMenu: { nodeId: string; handle: 'source' | 'target'; port: string | null } | null;
  /** Why the last autosave failed, or autosave is off, in words; null while saving works. */
  autosaveFailure: string | null;
}

/** Nothing selected, dragged, measured or announced yet. */
export const INITIAL_VIEW_STATE: ViewState = {
  selectedNodeIds: [],
  selectedEdgeIds: [],
  dragPositions: null,
  measured: new Map(),
  annotations: new Map(),
  notice: null,
  connectionRefusal: null,
  fitViewRequest: 0,
  canvasSize: null,
  connectMenu: null,
  autosaveFailure: null,
};

const viewStore = createExternalStore<ViewState>(INITIAL_VIEW_STATE);

export function getViewState(): ViewState {
  return viewStore.get();
}

export function updateView(change: Partial<ViewState>): void {
  viewStore.set({ ...viewStore.get(), ...change });
}

export function useViewValue<S>(select: (state: ViewState) => S): S {
  return useStoreValue(viewStore, select);
}

export function requestFitView(): void {
  updateView({ fitViewRequest: viewStore.get().fitViewRequest + 1 });
}
