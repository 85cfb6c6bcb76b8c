import { xorTemplate, type NetloomModel } from '../../model/index.ts';
import { execute, initialDocumentState, redo, undo, type Command, type DocumentState } from './documentReducer.ts';
import { createExternalStore, useStoreValue } from './externalStore.ts';
import { withTidyLayout } from './tidyLayout.ts';

/** What a first visit opens on: the XOR network, laid out. */
export const STARTER_MODEL: NetloomModel = withTidyLayout(xorTemplate());

/** The one document the app edits, with its undo history. Changed only through commands. */
const documentStore = createExternalStore<DocumentState>(initialDocumentState(STARTER_MODEL));

export function runCommand<Args extends unknown[]>(command: Command<Args>, ...args: Args): void {
  documentStore.set(execute(documentStore.get(), command, args, Date.now()));
}

export function undoEdit(): void {
  documentStore.set(undo(documentStore.get()));
}

export function redoEdit(): void {
  documentStore.set(redo(documentStore.get()));
}

/** Starts over from `model` with an empty history (restoring the autosave, tests). */
export function resetDocument(model: NetloomModel): void {
  documentStore.set(initialDocumentState(model));
}

export function getDocumentState(): DocumentState {
  return documentStore.get();
}

export const subscribeToDocument = documentStore.subscribe;

export function useDocumentValue<S>(select: (state: DocumentState) => S): S {
  return useStoreValue(documentStore, select);
}
