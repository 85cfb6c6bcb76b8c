import { ActivationBars } from '../charts/ActivationBars.tsx';
import { DistributionChart } from '../charts/DistributionChart.tsx';
import { UpdateRatioChart } from '../charts/UpdateRatioChart.tsx';
import { useHeldOffScreen, useOnScreen } from '../charts/useOnScreen.ts';
import { useThrottled } from '../charts/useThrottled.ts';
import { useMainRun, useMainRunStale, type RunRecord } from '../training/index.ts';
import { STATISTICS_REFRESH_MS } from './chartRefresh.ts';
import { useStatisticsOn } from './dashboardStore.ts';

/** The run as a chart should show it: redrawn at most once per `STATISTICS_REFRESH_MS`, and not at all off screen (or in a hidden tab). */
function useChartRun(run: RunRecord | undefined): [(element: HTMLDivElement | null) => void, RunRecord | undefined] {
  const [ref, onScreen] = useOnScreen<HTMLDivElement>();
  return [ref, useThrottled(useHeldOffScreen(run, onScreen), STATISTICS_REFRESH_MS)];
}

/**
 * The "Layer statistics" tab: what the diagnosis reads, for the main run, side by side: how much
 * each step moves each layer's weights, the stuck units by depth, and one node's distribution over
 * time. Dimmed, as the run's other charts, once the graph or the data changed after the run.
 */
export function LayerStatistics() {
  const run = useMainRun();
  const stale = useMainRunStale() !== undefined;
  const on = useStatisticsOn();
  const [ratioRef, ratioRun] = useChartRun(run);
  const [barsRef, barsRun] = useChartRun(run);
  const [distributionRef, distributionRun] = useChartRun(run);
  if (!on) {
    return (
      <p className="layer-statistics__off">
        Layer statistics are off, so training runs a few per cent faster. Tick “Layer statistics” above to record them again.
      </p>
    );
  }
  return (
    <div className={stale ? 'layer-statistics charts--stale' : 'layer-statistics'}>
      <div ref={ratioRef} className="layer-statistics__card">
        <UpdateRatioChart run={ratioRun} />
      </div>
      <div ref={barsRef} className="layer-statistics__card">
        <ActivationBars run={barsRun} />
      </div>
      <div ref={distributionRef} className="layer-statistics__card">
        <DistributionChart run={distributionRun} />
      </div>
    </div>
  );
}
