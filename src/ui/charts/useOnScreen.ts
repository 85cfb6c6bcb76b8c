import { useCallback, useRef, useState } from 'react';

/**
 * Whether an element is on screen (any part of it in the viewport), with the ref callback that
 * attaches it. True until the first observation, so a browser without IntersectionObserver shows everything.
 */
export function useOnScreen<E extends Element>(): [(element: E | null) => void, boolean] {
  const [onScreen, setOnScreen] = useState(true);
  const observer = useRef<IntersectionObserver | null>(null);
  const attach = useCallback((element: E | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof IntersectionObserver !== 'function') return;
    observer.current = new IntersectionObserver((entries) => setOnScreen(entries.some((entry) => entry.isIntersecting)));
    observer.current.observe(element);
  }, []);
  return [attach, onScreen];
}

/**
 * `value` while `onScreen`, otherwise the last value it had on screen: a chart nobody can see
 * is not redrawn, and catches up as soon as it is scrolled into view.
 */
export function useHeldOffScreen<T>(value: T, onScreen: boolean): T {
  const held = useRef(value);
  if (onScreen) held.current = value;
  return held.current;
}
