import { serializeModel, type NetloomModel } from '../../model/index.ts';
import { AUTOSAVE_KEYS, LOCAL_AUTOSAVE_KEY, type AutosaveStore } from './autosaveStore.ts';
import { getDocumentState, subscribeToDocument } from './documentStore.ts';
import { getViewState, updateView } from './viewStore.ts';

/** Saving waits for a pause, so typing or a burst of training updates writes once. */
const SAVE_DELAY_MS = 300;
/** Browsers give localStorage about 5 MB; a larger save is not tried there. */
const LOCAL_STORAGE_CHARS = 2_500_000;

/** The page events autosave listens to; the browser's own unless a test passes its own. */
export interface PageLifecycle {
  /** Receives `pagehide` and `visibilitychange` (which bubbles from the document to the window). */
  events: EventTarget;
  isHidden(): boolean;
}

export function browserPage(): PageLifecycle {
  return { events: window, isHidden: () => document.visibilityState === 'hidden' };
}

export interface AutosaveOptions {
  page: PageLifecycle;
  local: () => Storage | undefined;
  /** Save the current document at once, not only after its next change. */
  saveNow?: boolean;
}

/**
 * Saves the document to IndexedDB after every change (debounced) and at once when the page is
 * hidden or goes away. A write begun as the page goes away may never land (the page is gone
 * before IndexedDB commits it), so that save is also left in localStorage, synchronously,
 * until a later write is confirmed. Returns a stop function.
 */
export function startAutosave(store: AutosaveStore, { page, local, saveNow = false }: AutosaveOptions): () => void {
  let saved: NetloomModel | undefined = saveNow ? undefined : getDocumentState().model;
  /** The latest write not yet confirmed. */
  let pending: { attempt: number; text: string } | undefined;
  let latest = 0;
  let leftInLocalStorage = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const save = () => {
    clearTimeout(timer);
    const { model } = getDocumentState();
    if (model === saved) return;
    saved = model;
    // Started at once, never queued behind an earlier write, so one begun on leaving the page
    // gets going; IndexedDB runs writes to one store in the order they began.
    const attempt = ++latest;
    pending = { attempt, text: serializeModel(model) };
    store.write(AUTOSAVE_KEYS.model, pending.text).then(
      () => {
        if (attempt !== latest) return;
        pending = undefined;
        if (leftInLocalStorage) leftInLocalStorage = !tryLocal(local, (storage) => storage.removeItem(LOCAL_AUTOSAVE_KEY));
        setAutosaveFailure(null);
      },
      (error: unknown) => {
        if (attempt !== latest) return;
        // The next change, or leaving the page, tries again.
        saved = undefined;
        setAutosaveFailure(`Not saved: ${describeStorageError(error)}. Export JSON to keep this graph.`);
      },
    );
  };
  const leave = () => {
    save();
    const text = pending?.text;
    if (text === undefined) return;
    const left = text.length <= LOCAL_STORAGE_CHARS && tryLocal(local, (storage) => storage.setItem(LOCAL_AUTOSAVE_KEY, text));
    // An older copy left there must not outlive this save: the next visit would prefer it.
    if (left) leftInLocalStorage = true;
    else if (leftInLocalStorage) leftInLocalStorage = !tryLocal(local, (storage) => storage.removeItem(LOCAL_AUTOSAVE_KEY));
  };
  const leaveWhenHidden = () => {
    if (page.isHidden()) leave();
  };
  const unsubscribe = subscribeToDocument(() => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  page.events.addEventListener('pagehide', leave);
  page.events.addEventListener('visibilitychange', leaveWhenHidden);
  if (saveNow) save();
  return () => {
    save();
    unsubscribe();
    page.events.removeEventListener('pagehide', leave);
    page.events.removeEventListener('visibilitychange', leaveWhenHidden);
  };
}

/** Runs a localStorage call; false where the browser blocks or has no room. */
function tryLocal(local: () => Storage | undefined, use: (storage: Storage) => void): boolean {
  try {
    const storage = local();
    if (!storage) return false;
    use(storage);
    return true;
  } catch {
    return false;
  }
}

/** Shows (or, with null, clears) why autosave failed, in the status line. */
export function setAutosaveFailure(autosaveFailure: string | null): void {
  if (getViewState().autosaveFailure !== autosaveFailure) updateView({ autosaveFailure });
}

/** A storage error in words: a full quota says so; anything else keeps the browser's own message. */
export function describeStorageError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return "this site's browser storage is full";
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
