import { useEffect, useRef, useState } from 'react';
import { queueRedraw } from './redrawQueue.ts';

/**
 * `value`, passed on at most once every `intervalMs` and always ending on the latest one, each
 * time in an animation frame of its own (see `redrawQueue.ts`). The worker posts metrics ~10
 * times a second; charts redrawn less often look just as live and leave the main thread free.
 */
export function useThrottled<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const shownAt = useRef(0);
  useEffect(() => {
    let cancelRedraw: (() => void) | undefined;
    const show = () => {
      cancelRedraw = queueRedraw(() => {
        shownAt.current = performance.now();
        setShown(() => value);
      });
    };
    const timer = setTimeout(show, Math.max(0, shownAt.current + intervalMs - performance.now()));
    return () => {
      clearTimeout(timer);
      cancelRedraw?.();
    };
  }, [value, intervalMs]);
  return shown;
}
