import { createExternalStore, useStoreValue } from '../store/externalStore.ts';

/** A short confirmation in the screen's bottom-right corner ("Imported model.json"), with an optional action such as Undo. */
export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
}

/** Long enough to read a sentence and reach its button; a toast with a button stays longer. */
export const TOAST_MS = 4000;
export const TOAST_WITH_ACTION_MS = 7000;

const toastStore = createExternalStore<readonly Toast[]>([]);
let lastId = 0;

/** Shows a toast; it goes by itself after a few seconds (or when dismissed). Returns its id. */
export function showToast(message: string, action?: Toast['action']): number {
  const id = ++lastId;
  // One at a time: a newer confirmation replaces the older (whose Undo is still in the toolbar), so they never pile up.
  toastStore.set([{ id, message, ...(action ? { action } : {}) }]);
  setTimeout(() => dismissToast(id), action ? TOAST_WITH_ACTION_MS : TOAST_MS);
  return id;
}

export function dismissToast(id: number): void {
  const toasts = toastStore.get();
  if (toasts.some((toast) => toast.id === id)) toastStore.set(toasts.filter((toast) => toast.id !== id));
}

export function getToasts(): readonly Toast[] {
  return toastStore.get();
}

export function useToasts(): readonly Toast[] {
  return useStoreValue(toastStore, (toasts) => toasts);
}
