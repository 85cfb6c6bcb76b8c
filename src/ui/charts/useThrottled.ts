import { startTransition, useEffect, useRef, useState } from 'react';
import { queueRedraw } from './redrawQueue.ts';

/**
 * `value`, passed on at most once every `intervalMs` and always ending on the latest one, each
 * time in an animation frame of its own (see `redrawQueue.ts`). The worker posts metrics ~10
 * times a second; charts redrawn less often look just as live and leave the main thread free.
 */
export function useThrottled<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  const shownAt = useRef(0);
  const cancelQueued = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    latest.current = value;
    // A redraw already waiting for its frame shows the latest value; it keeps its place in the queue.
    if (cancelQueued.current) return;
    const timer = setTimeout(() => {
      cancelQueued.current = queueRedraw(() => {
        cancelQueued.current = undefined;
        shownAt.current = performance.now();
        // A transition: React renders it in slices of a few milliseconds, giving the page its frames in between.
        startTransition(() => setShown(latest.current));
      });
    }, shownAt.current + intervalMs - performance.now());
    return () => clearTimeout(timer);
  }, [value, intervalMs]);
  useEffect(() => () => cancelQueued.current?.(), []);
  return shown;
}
