/**
 * The editor store: the model document being edited, its undo history and what the editor
 * shows around it. This file is the API other parts of the app (the training dashboard) use;
 * the editor's own gestures live in `editorActions.ts`.
 */
import { idRecord, TEMPLATES, type ActivationFn, type DataFields, type NetloomModel, type NodeWeights, type TrainingSettings } from '../../model/index.ts';
import { hiddenActivationIds } from './activations.ts';
import * as commands from './commands.ts';
import { getDocumentState, runCommand, subscribeToDocument, useDocumentValue } from './documentStore.ts';
import { replaceDocument } from './editorActions.ts';
import { allFinite, weightsFit } from './staleWeights.ts';
import { laidOut, tidyPositions } from './tidyLayout.ts';
import { getViewState, requestFitView, updateView, type NodeAnnotation } from './viewStore.ts';

export type { NodeAnnotation } from './viewStore.ts';

/** Ids accepted by `loadTemplate`: the `id` of a `TEMPLATES` entry ('xor', 'spiral', 'residual-deep-sigmoid', …). */
export type TemplateId = (typeof TEMPLATES)[number]['id'];

/** The current model document (immutable: a new object after every change). */
export function getModel(): NetloomModel {
  return getDocumentState().model;
}

/**
 * Calls `listener` after every change to the document (edits, undo/redo, weights); not on
 * selection or mid-drag moves. Returns the function that unsubscribes.
 */
export function subscribe(listener: () => void): () => void {
  return subscribeToDocument(listener);
}

/** The current model; the component re-renders when the document changes. */
export function useModel(): NetloomModel {
  return useDocumentValue((state) => state.model);
}

/**
 * One part of the model, e.g. `useModelValue((model) => model.training)`; the component
 * re-renders only when that part changes. `select` must return a part of the model (or a
 * primitive), not build a new object, or React would re-render forever.
 */
export function useModelValue<S>(select: (model: NetloomModel) => S): S {
  return useDocumentValue((state) => select(state.model));
}

/**
 * A counter that changes whenever an edit changes what the network computes (nodes, params,
 * wires), including by undo/redo; not on moves, selection, settings or weights. A training run
 * started at version N is stale once this differs from N.
 */
export function getStructureVersion(): number {
  return getDocumentState().structureVersion;
}

/** A counter that changes whenever a whole new graph replaced the document (template, import, New, a shared link). */
export function getGeneration(): number {
  return getDocumentState().generation;
}

/** `getStructureVersion()` as a hook. */
export function useStructureVersion(): number {
  return useDocumentValue((state) => state.structureVersion);
}

/**
 * Stores weights from training in the document (so the Netloom JSON export contains them). Not undoable.
 * A node's tensors whose shape the graph no longer has (a late message after an edit), or
 * with a value that is not finite, are ignored: those never reach the document, its autosave
 * or an export.
 */
export function applyTrainedWeights(weights: Record<string, NodeWeights>): void {
  const fit = weightsFit(getModel());
  const fitting = Object.entries(weights).filter(([id, tensors]) => allFinite(tensors) && fit(id, tensors));
  if (fitting.length > 0) runCommand(commands.applyTrainedWeights, idRecord(fitting));
}

let pendingWeights: (() => void) | undefined;

/**
 * Training registers here how to write the weights a running run holds back (writing them
 * while it runs would re-render the graph and re-save the document every few seconds).
 */
export function setPendingWeights(write: (() => void) | undefined): void {
  pendingWeights = write;
}

/** Writes weights a running run holds back into the document: an export calls it first. */
export function writePendingWeights(): void {
  pendingWeights?.();
}

/**
 * Merges `settings` into `model.training`. Undoable; calls made within a second of each other
 * for the same fields (a slider drag) are one undo step.
 */
export function setTrainingSettings(settings: TrainingSettings): void {
  runCommand(commands.setTrainingSettings, settings);
}

/** Sets the data the model trains on (see `commands.setDataSource`); one undo step. */
export function setDataSource(fields: DataFields): void {
  runCommand(commands.setDataSource, fields);
}

/** Gives the Input node `size` inputs (the Data panel's "set the Input node to N features"); one undo step. */
export function setInputSize(size: number): void {
  const input = getModel().nodes.find((node) => node.type === 'input');
  if (input) runCommand(commands.setNodeParams, input.id, { size });
}

/**
 * Replaces every node annotation, by node id (pass an empty Map to clear). Shown on the nodes;
 * not saved, not exported, not undoable.
 */
export function setNodeAnnotations(annotations: ReadonlyMap<string, NodeAnnotation>): void {
  updateView({ annotations });
}

/**
 * Replaces the graph with a template, laid out tidily for the canvas (one undo step), and fits it
 * into view. Resolves once it is on the canvas: a template with branches (residual skips, a
 * Concatenate) waits for the layout library.
 */
export async function loadTemplate(id: TemplateId): Promise<void> {
  const template = TEMPLATES.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`unknown template "${id}"`);
  replaceDocument(commands.loadTemplate, await laidOut(template.create(), getViewState().canvasSize ?? undefined));
}

/** Replaces the graph with `model`, changed by a diagnosis fix, as one undo step "Apply fix" (the view stays where it is). */
export function applyFix(model: NetloomModel): void {
  runCommand(commands.applyFix, model);
}

/** Replaces the graph with `model` (one undo step) and fits it into view. */
export function replaceModel(model: NetloomModel): void {
  replaceDocument(commands.importModel, model);
}

/** "New": an empty canvas named `name`, same training settings (one undo step). */
export function newGraph(name: string): void {
  replaceDocument(commands.newModel, name);
}

/** Renames the graph (runs and exports are named after it); typing is one undo step. */
export function renameGraph(name: string): void {
  runCommand(commands.renameModel, name);
}

/**
 * Sets every hidden activation (all but the output head, which the loss needs as it is) to `fn`,
 * as one undo step. Returns how many changed.
 */
export function setAllActivations(fn: ActivationFn): number {
  const model = getModel();
  const ids = hiddenActivationIds(model).filter((id) => model.nodes.some((node) => node.id === id && node.params.fn !== fn));
  if (ids.length > 0) runCommand(commands.setActivations, ids, fn);
  return ids.length;
}

/** Lays the graph out left to right, wrapped to the canvas (one undo step), and fits it into view. */
export async function tidyLayout(): Promise<void> {
  const view = getViewState();
  const positions = await tidyPositions(getModel(), view.measured, view.canvasSize ?? undefined);
  runCommand(commands.tidyLayout, positions);
  requestFitView();
}
