import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { NetloomModel } from '../../model/index.ts';
import { emptyHistory, recordStep, type History, type HistoryMode } from './history.ts';
import { staleWeightIds } from './staleWeights.ts';
import { structureChanged } from './structure.ts';

enablePatches();

/** A named change to the model document, with an explicit history mode. */
export interface Command<Args extends unknown[]> {
  /** Shown to people, e.g. in the Undo button's title ("Undo Add node"). */
  label: string;
  history: HistoryMode | ((...args: Args) => HistoryMode);
  /** True for commands that swap in a whole new graph (import, template, New). */
  replacesDocument?: boolean;
  /** An immer recipe: mutate the draft, or return a whole new model. */
  recipe(draft: Draft<NetloomModel>, ...args: Args): void | NetloomModel;
}

/** The document and its history; everything here is immutable. */
export interface DocumentState {
  model: NetloomModel;
  history: History;
  /** Bumped whenever nodes, params or wires change (not on moves or weights). */
  structureVersion: number;
  /** Bumped whenever a command swaps in a whole new graph: what was derived from the old one is gone. */
  generation: number;
}

export function initialDocumentState(model: NetloomModel): DocumentState {
  return { model, history: emptyHistory, structureVersion: 0, generation: 0 };
}

/** Runs a command; a command that changes nothing leaves the state (and history) as it was. */
export function execute<Args extends unknown[]>(
  state: DocumentState,
  command: Command<Args>,
  args: Args,
  now: number,
): DocumentState {
  const [edited, patches, inversePatches] = produceWithPatches(state.model, (draft) => command.recipe(draft, ...args));
  if (edited === state.model) return state;
  const settled = dropStaleWeights(state.model, edited);
  const mode = typeof command.history === 'function' ? command.history(...args) : command.history;
  const history =
    mode === 'skip'
      ? state.history
      : recordStep(state.history, mode, {
          label: command.label,
          patches: [...patches, ...settled.patches],
          inversePatches: [...settled.inversePatches, ...inversePatches],
          at: now,
        });
  const next = withModel(state, settled.model, history);
  return command.replacesDocument ? { ...next, generation: next.generation + 1 } : next;
}

export function undo(state: DocumentState): DocumentState {
  const entry = state.history.past.at(-1);
  if (!entry) return state;
  const history = { past: state.history.past.slice(0, -1), future: [...state.history.future, entry] };
  return withModel(state, settleUnrecorded(state.model, applyPatches(state.model, entry.inversePatches)), history);
}

export function redo(state: DocumentState): DocumentState {
  const entry = state.history.future.at(-1);
  if (!entry) return state;
  const history = { past: [...state.history.past, entry], future: state.history.future.slice(0, -1) };
  return withModel(state, settleUnrecorded(state.model, applyPatches(state.model, entry.patches)), history);
}

function withModel(state: DocumentState, model: NetloomModel, history: History): DocumentState {
  const structureVersion = state.structureVersion + (structureChanged(state.model, model) ? 1 : 0);
  return { model, history, structureVersion, generation: state.generation };
}

/** Deletes weights the edit made stale; the patches join the edit's own, so undo brings them back. */
function dropStaleWeights(previous: NetloomModel, next: NetloomModel): { model: NetloomModel; patches: Patch[]; inversePatches: Patch[] } {
  const stale = staleWeightIds(previous, next);
  if (stale.length === 0) return { model: next, patches: [], inversePatches: [] };
  const [model, patches, inversePatches] = produceWithPatches(next, (draft) => {
    for (const id of stale) delete draft.weights![id];
  });
  return { model, patches, inversePatches };
}

/**
 * Undo and redo restore recorded changes only; weights that training added since may no
 * longer fit the restored graph, so they go too.
 */
function settleUnrecorded(previous: NetloomModel, next: NetloomModel): NetloomModel {
  return dropStaleWeights(previous, next).model;
}
