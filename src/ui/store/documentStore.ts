import { xorTemplate, type NetloomModel } from '../../model/index.ts';
import { execute, initialDocumentState, redo, undo, type Command, type DocumentState } from './documentReducer.ts';
import { createExternalStore, useStoreValue } from './externalStore.ts';
import { withTidyLayout } from './tidyLayout.ts';

/** Below this width the app is one scrolling column (the stylesheets' `max-width: 1023px`). */
const STACKED_BELOW = 1024;

/**
 * The canvas a first visit's network is laid out for, before the canvas exists: a phone's
 * (one column, half the screen high) or the desktop default.
 */
function firstViewport(): { width: number; height: number } | undefined {
  if (typeof window === 'undefined' || window.innerWidth >= STACKED_BELOW) return undefined;
  return { width: window.innerWidth, height: Math.max(320, window.innerHeight * 0.52) };
}

/** What a first visit opens on: the XOR network, laid out for the window. */
export const STARTER_MODEL: NetloomModel = withTidyLayout(xorTemplate(), firstViewport());

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
