import { createStore, get, promisifyRequest, type UseStore } from 'idb-keyval';

/** The IndexedDB keys: the last graph, and the last save that could not be opened, kept aside. */
export const AUTOSAVE_KEYS = { model: 'model', unreadable: 'unreadable' } as const;

/**
 * The localStorage key of a save IndexedDB had not confirmed when the page went away (and where
 * earlier versions kept every save). The next visit moves it into IndexedDB.
 */
export const LOCAL_AUTOSAVE_KEY = 'netloom.autosave';

/** Where the autosave lives: text under a key. IndexedDB in the browser; a Map in tests. */
export interface AutosaveStore {
  read(key: string): Promise<string | undefined>;
  /** Rejects when the browser refuses (QuotaExceededError when the site's storage is full). */
  write(key: string, text: string): Promise<void>;
}

/**
 * The IndexedDB database `netloom`, object store `autosave`, through idb-keyval. IndexedDB
 * holds hundreds of megabytes where localStorage stops at about 5 MB, which a trained
 * network's weights pass.
 */
export function indexedDbAutosaveStore(): AutosaveStore {
  let store: UseStore | undefined;
  // Opened on first use, inside the promise: where IndexedDB is missing, that rejects rather than throws.
  const database = async () => (store ??= createStore('netloom', 'autosave'));
  return {
    read: async (key) => get<string>(key, await database()),
    write: async (key, text) =>
      (await database())('readwrite', (objects) => {
        objects.put(text, key);
        // Committed at once, not when the page next hears back: a save started as the page
        // goes away (pagehide) still lands. idb-keyval's own `set` leaves that to auto-commit.
        objects.transaction.commit();
        return promisifyRequest(objects.transaction);
      }),
  };
}
