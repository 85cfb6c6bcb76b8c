import { useThrottled } from '../charts/useThrottled.ts';
import { useMainRun, useMainRunStale } from '../training/index.ts';
import { STATISTICS_REFRESH_MS } from './chartRefresh.ts';
import { DiagnosisBanner } from './DiagnosisBanner.tsx';
import './diagnostics.css';

/**
 * The main run's diagnosis, kept current once a second (it is cheap, and what it says should be
 * live when seen). Gone once the graph or the data changed after the run: it was about another network.
 */
export function MainRunDiagnosis() {
  const run = useThrottled(useMainRun(), STATISTICS_REFRESH_MS);
  const stale = useMainRunStale() !== undefined;
  return stale ? null : <DiagnosisBanner run={run} />;
}
