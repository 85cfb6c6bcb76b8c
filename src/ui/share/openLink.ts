import type { NetloomModel } from '../../model/index.ts';
import { openLink } from '../store/commands.ts';
import { getDocumentState, STARTER_MODEL } from '../store/documentStore.ts';
import { replaceDocument } from '../store/editorActions.ts';
import { createExternalStore, useStoreValue } from '../store/externalStore.ts';
import { updateView } from '../store/viewStore.ts';
import { decodeModelLink, LINK_KEY, sharedDocument } from './linkCodec.ts';

/** What opening a fragment did. */
export type LinkOutcome = 'not-a-link' | 'refused' | 'already-open' | 'opened' | 'asking';

/** A link's model waiting for the person to agree that it may replace the work on the canvas. */
const pendingStore = createExternalStore<NetloomModel | null>(null);

export function usePendingLink(): NetloomModel | null {
  return useStoreValue(pendingStore, (pending) => pending);
}

/**
 * Opens the network a `#model=…` fragment holds (other fragments are not ours: ignored).
 * Damaged data is explained above the canvas and changes nothing. A link showing exactly what
 * the canvas has changes nothing either. Otherwise the link replaces the graph at once when the
 * canvas holds no work of the person's (empty, or the untouched starter graph), and only after
 * the person agrees when it does. Replacing is one undo step ("Open link").
 */
export function openLinkFragment(hash: string): LinkOutcome {
  const prefix = `#${LINK_KEY}=`;
  if (!hash.startsWith(prefix)) return 'not-a-link';
  const decoded = decodeModelLink(hash.slice(prefix.length));
  if (!decoded.ok) {
    updateView({ notice: { title: 'Could not open the link; the graph is unchanged.', details: [decoded.message] } });
    return 'refused';
  }
  const current = getDocumentState().model;
  if (sameDocument(sharedDocument(current, { weights: true, training: true }), decoded.model)) return 'already-open';
  if (current.nodes.length === 0 || sameDocument(current, STARTER_MODEL)) {
    replaceDocument(openLink, decoded.model);
    return 'opened';
  }
  pendingStore.set(decoded.model);
  return 'asking';
}

/** The person agreed: the link's graph replaces theirs (Undo brings theirs back). */
export function confirmOpenLink(): void {
  const pending = pendingStore.get();
  pendingStore.set(null);
  if (pending) replaceDocument(openLink, pending);
}

/** The person keeps their graph; the link is dropped. */
export function cancelOpenLink(): void {
  pendingStore.set(null);
}

/**
 * Opens the link the page was opened with, and any pasted into the address bar later (a
 * `hashchange`). The fragment is removed once read, so reloading the page does not ask again
 * and the work is what autosave keeps. Returns a function that stops listening.
 */
export function startOpeningLinks(window: Window): () => void {
  const open = () => {
    const { location, history } = window;
    if (openLinkFragment(location.hash) === 'not-a-link') return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  };
  open();
  window.addEventListener('hashchange', open);
  return () => window.removeEventListener('hashchange', open);
}

/** Equal as JSON, whatever the order of object keys. */
function sameDocument(a: NetloomModel, b: NetloomModel): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : entry,
  );
}
