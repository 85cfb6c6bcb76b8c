import { useMemo } from 'react';
import { RunComparison } from '../charts/RunComparison.tsx';
import { useThrottled } from '../charts/useThrottled.ts';
import { useRuns } from '../training/index.ts';
import { CHART_REFRESH_MS } from './chartRefresh.ts';
import { useOverlaid } from './dashboardStore.ts';
import { DepthExperiment } from './DepthExperiment.tsx';
import { FixesExperiment } from './FixesExperiment.tsx';

/**
 * The comparison tab: the experiments' setups (sigmoid vs ReLU, the fixes with their verdicts)
 * in a column of their own, then the overlaid runs (ticked in the run list too).
 */
export function ComparisonPanel() {
  const runs = useThrottled(useRuns(), CHART_REFRESH_MS);
  const overlaid = useOverlaid();
  const shown = useMemo(() => runs.filter((run) => overlaid.has(run.id)), [runs, overlaid]);
  return (
    <div className="comparison-panel">
      <div className="comparison-panel__experiments">
        <DepthExperiment />
        <FixesExperiment />
      </div>
      {shown.length > 0 ? (
        <RunComparison runs={shown} />
      ) : (
        <p className="comparison-panel__empty">
          Press “Compare sigmoid vs ReLU” or “Compare fixes”, or tick runs in the run list, to draw them here side by side.
        </p>
      )}
    </div>
  );
}
