import { useEffect, useMemo, useRef } from 'react';
import { RunComparison } from '../charts/RunComparison.tsx';
import { useThrottled } from '../charts/useThrottled.ts';
import { useRuns } from '../training/index.ts';
import { CHART_REFRESH_MS } from './chartRefresh.ts';
import { useOverlaid } from './dashboardStore.ts';
import { DepthExperiment } from './DepthExperiment.tsx';
import { DepthSweep } from './DepthSweep.tsx';
import { DepthSweepResults } from './DepthSweepResults.tsx';
import { FixesExperiment } from './FixesExperiment.tsx';
import { useSweepProgress } from './sweepStore.ts';

/**
 * The comparison tab: the experiments' setups (sigmoid vs ReLU, the fixes with their verdicts,
 * the depth sweep) in a column of their own; beside them the overlaid runs (ticked in the run
 * list too) and, once a sweep has started, its figures, each as tall as the tab. A sweep that
 * starts scrolls its figures into view.
 */
export function ComparisonPanel() {
  const runs = useThrottled(useRuns(), CHART_REFRESH_MS);
  const overlaid = useOverlaid();
  const shown = useMemo(() => runs.filter((run) => overlaid.has(run.id)), [runs, overlaid]);
  const sweep = useSweepProgress();
  const sweepResults = useRef<HTMLDivElement>(null);
  const sweepStarted = sweep?.state === 'running' && sweep.results.length === 0;
  useEffect(() => {
    if (sweepStarted) sweepResults.current?.scrollIntoView({ block: 'nearest' });
  }, [sweepStarted]);
  return (
    <div className="comparison-panel">
      <div className="comparison-panel__experiments">
        <DepthExperiment />
        <FixesExperiment />
        <DepthSweep />
      </div>
      <div className="comparison-panel__views">
        {shown.length > 0 ? (
          <RunComparison runs={shown} />
        ) : (
          <p className="comparison-panel__empty">
            Press “Compare sigmoid vs ReLU” or “Compare fixes”, or tick runs in the run list, to draw them here side by side.
          </p>
        )}
        {sweep && <DepthSweepResults ref={sweepResults} results={sweep.results} />}
      </div>
    </div>
  );
}
