import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeModel, spiralTemplate, xorTemplate, type NetloomModel } from '../../model/index.ts';
import { openAutosave } from './autosave.ts';
import { AUTOSAVE_KEYS, indexedDbAutosaveStore, LOCAL_AUTOSAVE_KEY, type AutosaveStore } from './autosaveStore.ts';
import { startAutosave, type PageLifecycle } from './autosaveWriter.ts';
import { getDocumentState, resetDocument } from './documentStore.ts';
import { importModel } from './commands.ts';
import { replaceDocument } from './editorActions.ts';
import { getViewState, INITIAL_VIEW_STATE, updateView } from './viewStore.ts';

/** localStorage, as earlier versions or a page that went away left it. */
function localStorageWith(entries: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(entries));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  } as Storage;
}

/** A page whose events the test fires itself. */
function testPage(): PageLifecycle & { leave(): void } {
  const events = new EventTarget();
  return { events, isHidden: () => true, leave: () => events.dispatchEvent(new Event('pagehide')) };
}

/** A store that refuses every write the way a full browser does. */
function fullStore(base: AutosaveStore): AutosaveStore {
  return { read: base.read, write: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
}

const edit = (model: NetloomModel) => replaceDocument(importModel, model);
const mine = (): NetloomModel => ({ ...spiralTemplate(), name: 'mine' });

let store: AutosaveStore;
let stops: (() => void)[] = [];
const open = async (using: AutosaveStore, legacy?: Storage, page = testPage()) => {
  stops.push(await openAutosave(using, () => legacy, page));
  return page;
};

beforeEach(() => {
  // A fresh, empty IndexedDB per test; idb-keyval runs on it as on a browser's.
  globalThis.indexedDB = new IDBFactory();
  store = indexedDbAutosaveStore();
  resetDocument(xorTemplate());
  updateView(INITIAL_VIEW_STATE);
});

afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

describe('autosave in IndexedDB', () => {
  it('saves on leaving the page, and the next visit opens on that graph', async () => {
    const page = await open(store);
    edit(mine());
    page.leave();
    await vi.waitFor(async () => expect(await store.read(AUTOSAVE_KEYS.model)).toBe(serializeModel(mine())));

    resetDocument(xorTemplate());
    await open(indexedDbAutosaveStore());
    expect(getDocumentState().model).toEqual(mine());
    expect(getViewState().notice).toBeNull();
  });

  it('moves an earlier version’s localStorage save into IndexedDB, then removes it from localStorage', async () => {
    await store.write(AUTOSAVE_KEYS.model, serializeModel(xorTemplate()));
    const local = localStorageWith({ [LOCAL_AUTOSAVE_KEY]: serializeModel(mine()) });
    await open(store, local);
    expect(getDocumentState().model).toEqual(mine());
    expect(await store.read(AUTOSAVE_KEYS.model)).toBe(serializeModel(mine()));
    expect(local.getItem(LOCAL_AUTOSAVE_KEY)).toBeNull();

    resetDocument(xorTemplate());
    await open(store, local);
    expect(getDocumentState().model).toEqual(mine());
  });

  it('leaves a save begun as the page goes away in localStorage too, until IndexedDB confirms a save', async () => {
    // IndexedDB never confirms: the page was gone before the write landed.
    const gone: AutosaveStore = { read: store.read, write: () => new Promise(() => {}) };
    const local = localStorageWith();
    const page = await open(gone, local);
    edit(mine());
    page.leave();
    expect(local.getItem(LOCAL_AUTOSAVE_KEY)).toBe(serializeModel(mine()));

    // The next visit finds it; once IndexedDB confirms a later save, localStorage is emptied.
    resetDocument(xorTemplate());
    const next = await open(store, local);
    expect(getDocumentState().model).toEqual(mine());
    edit({ ...mine(), name: 'later' });
    next.leave();
    expect(local.getItem(LOCAL_AUTOSAVE_KEY)).toBe(serializeModel({ ...mine(), name: 'later' }));
    await vi.waitFor(() => expect(local.getItem(LOCAL_AUTOSAVE_KEY)).toBeNull());
    expect(await store.read(AUTOSAVE_KEYS.model)).toBe(serializeModel({ ...mine(), name: 'later' }));
  });

  it('says in the status line when the browser refuses a save, and clears it once a save works', async () => {
    const page = await open(fullStore(store));
    edit(mine());
    page.leave();
    await vi.waitFor(() =>
      expect(getViewState().autosaveFailure).toBe(
        "Not saved: this site's browser storage is full. Export JSON to keep this graph.",
      ),
    );

    stops.pop()!();
    const working = await open(store);
    edit({ ...mine(), name: 'smaller' });
    working.leave();
    await vi.waitFor(() => expect(getViewState().autosaveFailure).toBeNull());
  });

  it('retries a refused save on leaving the page, even without another edit', async () => {
    let refuse = true;
    const flaky: AutosaveStore = { read: store.read, write: (key, text) => (refuse ? fullStore(store).write(key, text) : store.write(key, text)) };
    const page = await open(flaky);
    edit(mine());
    page.leave();
    await vi.waitFor(() => expect(getViewState().autosaveFailure).not.toBeNull());
    refuse = false;
    page.leave();
    await vi.waitFor(async () => expect(await store.read(AUTOSAVE_KEYS.model)).toBe(serializeModel(mine())));
    expect(getViewState().autosaveFailure).toBeNull();
  });

  it('saves once after a pause in editing, not on every change', async () => {
    vi.useFakeTimers();
    try {
      const writes: string[] = [];
      const counting: AutosaveStore = { read: async () => undefined, write: async (_key, text) => void writes.push(text) };
      stops.push(startAutosave(counting, { page: testPage(), local: () => undefined }));
      for (const name of ['a', 'b', 'c']) edit({ ...mine(), name });
      await vi.advanceTimersByTimeAsync(299);
      expect(writes).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(writes).toEqual([serializeModel({ ...mine(), name: 'c' })]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('turns autosave off, saying why, when IndexedDB cannot be read', async () => {
    const blocked: AutosaveStore = { read: () => Promise.reject(new DOMException('The user denied permission.', 'SecurityError')), write: store.write };
    await open(blocked);
    expect(getViewState().autosaveFailure).toBe(
      'Autosave is off: this browser does not let the page keep data (SecurityError: The user denied permission.)',
    );
  });
});

describe('a save that does not open is never thrown away', () => {
  it.each([
    ['corrupt text', '{"format": "netloom", "nodes": [', /^not valid JSON: .* at line 1, column 33$/],
    ['an invalid model', '{"format":"netloom","version":1,"nodes":[{"id":"a","type":"dense","params":{"units":0}}],"edges":[]}', /^nodes\[0\]\.params\.units: expected a positive integer \(node a\)$/],
    ['a newer Netloom’s save', JSON.stringify({ ...xorTemplate(), version: 9 }), /format version 9/],
  ])('%s: kept aside, reported with the reason, offered as a download; the editor opens on XOR', async (_kind, text, reason) => {
    await store.write(AUTOSAVE_KEYS.model, text);
    const page = await open(store);

    expect(getDocumentState().model).toEqual(xorTemplate());
    const notice = getViewState().notice!;
    expect(notice.title).toBe(
      'Your last autosaved graph could not be opened; it is kept aside in this browser.',
    );
    expect(notice.details[0]).toMatch(reason);
    expect(notice.download).toEqual({ label: 'Download the unopened save', fileName: 'netloom-autosave-unopened.json', text });
    expect(await store.read(AUTOSAVE_KEYS.unreadable)).toBe(text);
    // The graph shown is saved at once, so the next visit opens quietly on it.
    await vi.waitFor(async () => expect(await store.read(AUTOSAVE_KEYS.model)).toBe(serializeModel(xorTemplate())));

    // Editing goes on saving, and the copy aside stays.
    edit(mine());
    page.leave();
    await vi.waitFor(async () => expect(await store.read(AUTOSAVE_KEYS.model)).toBe(serializeModel(mine())));
    expect(await store.read(AUTOSAVE_KEYS.unreadable)).toBe(text);
  });

  it('when it cannot be kept aside, it stays where it is and autosave is off', async () => {
    await store.write(AUTOSAVE_KEYS.model, '{ broken');
    const attempted: string[] = [];
    const noRoomAside: AutosaveStore = {
      read: store.read,
      write: (key, text) => (attempted.push(key), key === AUTOSAVE_KEYS.unreadable ? fullStore(store).write(key, text) : store.write(key, text)),
    };
    const page = await open(noRoomAside);

    expect(getViewState().notice?.title).toMatch(/it is left where it was, and autosave is off\.$/);
    expect(getViewState().notice?.download?.text).toBe('{ broken');
    expect(getViewState().autosaveFailure).toBe('Autosave is off, so as not to save over the graph that could not be opened');
    edit(mine());
    page.leave();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(attempted).toEqual([AUTOSAVE_KEYS.unreadable]);
    expect(await store.read(AUTOSAVE_KEYS.model)).toBe('{ broken');
  });
});
