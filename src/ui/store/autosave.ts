import type { NetloomModel } from '../../model/index.ts';
import { AUTOSAVE_KEYS, LOCAL_AUTOSAVE_KEY, type AutosaveStore } from './autosaveStore.ts';
import { browserPage, describeStorageError, setAutosaveFailure, startAutosave, type PageLifecycle } from './autosaveWriter.ts';
import { resetDocument } from './documentStore.ts';
import { readModelFile } from './importFile.ts';
import { updateView, type Notice } from './viewStore.ts';

/** What the last visit left, as found on opening the page. */
export type SavedGraph =
  | { kind: 'none' }
  | { kind: 'restored'; model: NetloomModel }
  /** It does not load (corrupt, invalid, from a newer Netloom): kept aside unless `keptAside` is false. */
  | { kind: 'unreadable'; text: string; reasons: string[]; keptAside: boolean }
  /** IndexedDB could not be read (blocked, private browsing): autosave is off for this visit. */
  | { kind: 'unavailable'; reason: string };

/**
 * Opens the editor on the last visit's graph and keeps saving every change. A save that does
 * not load is never dropped: it is kept aside, the user is told why and offered a download,
 * and the editor opens on its default graph. `local` gives localStorage, asked for inside the
 * guarded part since merely touching it throws where a browser blocks storage. Resolves to
 * the function that stops saving.
 */
export async function openAutosave(
  store: AutosaveStore,
  local: () => Storage | undefined = () => window.localStorage,
  page: PageLifecycle = browserPage(),
): Promise<() => void> {
  const saved = await findSavedGraph(store, local);
  switch (saved.kind) {
    case 'none':
      return startAutosave(store, { page, local });
    case 'restored':
      resetDocument(saved.model);
      return startAutosave(store, { page, local });
    case 'unreadable':
      updateView({ notice: unreadableNotice(saved) });
      // Saved over at once, so the next visit opens quietly; the copy aside stays until another replaces it.
      if (saved.keptAside) return startAutosave(store, { page, local, saveNow: true });
      // Not kept aside: the save stays where it is, and saving over it would lose it.
      setAutosaveFailure('Autosave is off, so as not to save over the graph that could not be opened');
      return () => {};
    case 'unavailable':
      setAutosaveFailure(`Autosave is off: ${saved.reason}`);
      return () => {};
    default: {
      const unknown: never = saved;
      return unknown;
    }
  }
}

/**
 * The saved graph. A copy in localStorage (an earlier version's save, or one left there as the
 * last visit's page went away before IndexedDB confirmed it) is the newer: it moves into
 * IndexedDB first, and only then leaves localStorage, so it is never in neither.
 */
export async function findSavedGraph(store: AutosaveStore, local: () => Storage | undefined): Promise<SavedGraph> {
  let text: string | undefined;
  try {
    const localStorage = local();
    const localCopy = localStorage?.getItem(LOCAL_AUTOSAVE_KEY) ?? null;
    if (localCopy !== null) {
      await store.write(AUTOSAVE_KEYS.model, localCopy);
      localStorage!.removeItem(LOCAL_AUTOSAVE_KEY);
    }
    text = localCopy ?? (await store.read(AUTOSAVE_KEYS.model));
  } catch (error) {
    return { kind: 'unavailable', reason: `this browser does not let the page keep data (${describeStorageError(error)})` };
  }
  if (text === undefined) return { kind: 'none' };
  const read = readModelFile('the autosave', text);
  if (read.ok) return { kind: 'restored', model: read.model };
  let keptAside = true;
  try {
    await store.write(AUTOSAVE_KEYS.unreadable, text);
  } catch {
    keptAside = false;
  }
  return { kind: 'unreadable', text, reasons: read.notice.details, keptAside };
}

function unreadableNotice(saved: Extract<SavedGraph, { kind: 'unreadable' }>): Notice {
  const kept = saved.keptAside ? 'it is kept aside in this browser' : 'it is left where it was, and autosave is off';
  return {
    title: `Your last autosaved graph could not be opened; ${kept}.`,
    details: saved.reasons,
    download: { label: 'Download the unopened save', fileName: 'netloom-autosave-unopened.json', text: saved.text },
  };
}
