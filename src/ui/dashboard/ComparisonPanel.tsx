import { useMemo } from 'react';
import { RunComparison } from '../charts/RunComparison.tsx';
import { useThrottled } from '../charts/useThrottled.ts';
import { useRuns } from '../training/index.ts';
import { CHART_REFRESH_MS } from './chartRefresh.ts';
import { useOverlaid } from './dashboardStore.ts';
import { DepthExperiment } from './DepthExperiment.tsx';

/** The comparison tab: the depth experiment's setup, then the overlaid runs (ticked in the run list too). */
export function ComparisonPanel() {
  const runs = useThrottled(useRuns(), CHART_REFRESH_MS);
  const overlaid = useOverlaid();
  const shown = useMemo(() => runs.filter((run) => overlaid.has(run.id)), [runs, overlaid]);
  return (
    <div className="comparison-panel">
      <DepthExperiment />
      {shown.length > 0 ? (
        <RunComparison runs={shown} />
      ) : (
        <p className="comparison-panel__empty">
          Press “Compare sigmoid vs ReLU”, or tick runs in the run list, to draw them here side by side.
        </p>
      )}
    </div>
  );
}
