import { useId, useState } from 'react';
import { ActivationBars } from '../charts/ActivationBars.tsx';
import { DistributionChart } from '../charts/DistributionChart.tsx';
import { UpdateRatioChart } from '../charts/UpdateRatioChart.tsx';
import { useHeldOffScreen, useOnScreen } from '../charts/useOnScreen.ts';
import { useThrottled } from '../charts/useThrottled.ts';
import { mainRun, type RunRecord } from '../training/index.ts';
import { DiagnosisBanner } from './DiagnosisBanner.tsx';
import './diagnostics.css';

/**
 * The statistics arrive ten times a second and change slowly: once a second is live enough,
 * and each part redraws in a frame of its own, leaving the others to the loss chart.
 */
export const STATISTICS_REFRESH_MS = 1000;

/** The run as a chart should show it: redrawn at most once per `STATISTICS_REFRESH_MS`, and not at all off screen. */
function useChartRun(run: RunRecord | undefined): [(element: HTMLDivElement | null) => void, RunRecord | undefined] {
  const [ref, onScreen] = useOnScreen<HTMLDivElement>();
  return [ref, useThrottled(useHeldOffScreen(run, onScreen), STATISTICS_REFRESH_MS)];
}

/**
 * "Why it learns, or not": the diagnosis, and the statistics behind it (update sizes, stuck
 * units by depth, distributions) for the main run (`run` is its live record). The statistics can be switched off for
 * the last few per cent of speed.
 */
export function DiagnosticsSection({ run }: { run: RunRecord | undefined }) {
  const headingId = useId();
  const [statistics, setStatistics] = useState(true);
  // The diagnosis stays live on or off screen: it is cheap, and what it says should be current when seen.
  const diagnosisRun = useThrottled(run, STATISTICS_REFRESH_MS);
  const [ratioRef, ratioRun] = useChartRun(run);
  const [barsRef, barsRun] = useChartRun(run);
  const [distributionRef, distributionRun] = useChartRun(run);
  return (
    <section className="diagnostics" aria-labelledby={headingId}>
      <header className="diagnostics__header">
        <h3 id={headingId}>Why it learns, or not</h3>
        <label className="chart-control">
          <input
            type="checkbox"
            checked={statistics}
            onChange={(event) => {
              setStatistics(event.target.checked);
              mainRun().setStatistics(event.target.checked);
            }}
          />
          Layer statistics
        </label>
      </header>
      <DiagnosisBanner run={diagnosisRun} />
      {statistics && (
        <>
          <div ref={ratioRef}>
            <UpdateRatioChart run={ratioRun} />
          </div>
          <div ref={barsRef}>
            <ActivationBars run={barsRun} />
          </div>
          <div ref={distributionRef}>
            <DistributionChart run={distributionRun} />
          </div>
        </>
      )}
    </section>
  );
}
