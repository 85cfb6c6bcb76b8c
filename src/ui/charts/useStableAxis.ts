import { useState } from 'react';

/**
 * `axis`, or the previous object while its ticks stay the same (they change far less often than
 * the data): recharts copies every new axis prop into its store, and each copy re-runs its selectors.
 */
export function useStableAxis<Axis extends { ticks: readonly number[] }>(axis: Axis): Axis {
  const [shown, setShown] = useState(axis);
  const changed = axis.ticks.join() !== shown.ticks.join();
  if (changed) setShown(axis);
  return changed ? axis : shown;
}
