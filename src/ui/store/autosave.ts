import { loadModel, serializeModel, type NetloomModel } from '../../model/index.ts';
import { getDocumentState, subscribeToDocument } from './documentStore.ts';

export const AUTOSAVE_KEY = 'netloom.autosave';
/** Saving waits for a pause, so typing or a burst of training updates writes once. */
const SAVE_DELAY_MS = 300;

/** The graph saved by the last visit, if there is one and it still loads. */
export function readAutosave(storage: Storage): NetloomModel | null {
  const text = storage.getItem(AUTOSAVE_KEY);
  if (text === null) return null;
  try {
    const result = loadModel(JSON.parse(text));
    return result.ok ? result.model : null;
  } catch {
    return null;
  }
}

/** Saves the document after every change (debounced) and on leaving the page. Returns a stop function. */
export function startAutosave(storage: Storage): () => void {
  let saved = getDocumentState().model;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    const { model } = getDocumentState();
    if (model === saved) return;
    try {
      storage.setItem(AUTOSAVE_KEY, serializeModel(model));
      saved = model;
    } catch {
      // Storage full (large trained weights): the previous save stays; the next edit retries.
    }
  };
  const unsubscribe = subscribeToDocument(() => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  window.addEventListener('pagehide', save);
  return () => {
    save();
    unsubscribe();
    window.removeEventListener('pagehide', save);
  };
}
