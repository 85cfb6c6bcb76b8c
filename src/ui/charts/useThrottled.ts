import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at most once every `intervalMs` and always ending on the latest one. The
 * worker posts metrics up to ~20 times a second; charts redrawn half as often look just as live
 * and leave the main thread free. The update is a transition, so React renders it in slices.
 */
export function useThrottled<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const shownAt = useRef(0);
  useEffect(() => {
    const show = () => {
      shownAt.current = performance.now();
      startTransition(() => setShown(value));
    };
    const wait = shownAt.current + intervalMs - performance.now();
    if (wait <= 0) {
      show();
      return;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);
  return shown;
}
