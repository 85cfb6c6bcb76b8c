import type { NetloomModel } from '../../model/index.ts';
import { importModel } from '../store/commands.ts';
import { undoEdit } from '../store/documentStore.ts';
import { replaceDocument } from '../store/editorActions.ts';
import { createExternalStore, useStoreValue } from '../store/externalStore.ts';
import { getModel } from '../store/index.ts';
import { laidOut } from '../store/tidyLayout.ts';
import { getViewState, updateView } from '../store/viewStore.ts';
import { showToast } from '../toast/toastStore.ts';
import { readChosenFiles } from './chosenFiles.ts';
import { readImport } from './readImport.ts';

/** A model read from files, waiting for the person to confirm it may replace the graph. */
export interface PendingImport {
  model: NetloomModel;
  source: string;
}

const pendingStore = createExternalStore<PendingImport | null>(null);

export function usePendingImport(): PendingImport | null {
  return useStoreValue(pendingStore, (pending) => pending);
}

export function getPendingImport(): PendingImport | null {
  return pendingStore.get();
}

/**
 * Imports the chosen (or dropped) files: a refused file is explained above the canvas and
 * changes nothing; a model replaces an empty canvas at once, and a graph only once the person
 * confirms (then Undo brings it back).
 */
export async function importFiles(files: readonly File[]): Promise<void> {
  const result = await readImport(await readChosenFiles(files));
  if (!result.ok) {
    updateView({ notice: result.notice });
    return;
  }
  // A TF.js model has no positions or training settings of its own: lay it out, keep the data.
  const model =
    result.format === 'tfjs'
      ? await laidOut({ ...result.model, training: getModel().training }, getViewState().canvasSize ?? undefined)
      : result.model;
  const pending = { model, source: result.source };
  if (getModel().nodes.length === 0) applyImport(pending);
  else pendingStore.set(pending);
}

/** The person agreed: the graph is replaced (one undo step), and a toast offers the way back. */
export function confirmImport(): void {
  const pending = pendingStore.get();
  pendingStore.set(null);
  if (pending) applyImport(pending);
}

export function cancelImport(): void {
  pendingStore.set(null);
}

function applyImport({ model, source }: PendingImport): void {
  replaceDocument(importModel, model);
  showToast(`Imported ${source}: ${model.nodes.length} nodes.`, { label: 'Undo', run: undoEdit });
}
