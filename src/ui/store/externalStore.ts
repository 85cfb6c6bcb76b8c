import { useSyncExternalStore } from 'react';

/** A value outside React that components read with `useStoreValue`; `set` notifies only on change. */
export interface ExternalStore<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export function createExternalStore<T>(initial: T): ExternalStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Reads one slice of a store and re-renders only when that slice changes (by identity), so
 * `select` must return a part of the state, not build a new object.
 */
export function useStoreValue<T, S>(store: ExternalStore<T>, select: (state: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
