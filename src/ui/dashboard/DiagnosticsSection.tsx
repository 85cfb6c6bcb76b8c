import { useId, useState } from 'react';
import { ActivationBars } from '../charts/ActivationBars.tsx';
import { DistributionChart } from '../charts/DistributionChart.tsx';
import { UpdateRatioChart } from '../charts/UpdateRatioChart.tsx';
import { useThrottled } from '../charts/useThrottled.ts';
import { mainRun, type RunRecord } from '../training/index.ts';
import { DiagnosisBanner } from './DiagnosisBanner.tsx';
import './diagnostics.css';

/**
 * The statistics arrive ten times a second and change slowly: once a second is live enough,
 * and each part redraws in a frame of its own, leaving the others to the loss chart.
 */
export const STATISTICS_REFRESH_MS = 1000;

/**
 * "Why it learns, or not": the diagnosis, and the statistics behind it (update sizes, stuck
 * units by depth, distributions) for the main run (`run` is its live record). The statistics can be switched off for
 * the last few per cent of speed.
 */
export function DiagnosticsSection({ run }: { run: RunRecord | undefined }) {
  const headingId = useId();
  const [statistics, setStatistics] = useState(true);
  const diagnosisRun = useThrottled(run, STATISTICS_REFRESH_MS);
  const ratioRun = useThrottled(run, STATISTICS_REFRESH_MS);
  const barsRun = useThrottled(run, STATISTICS_REFRESH_MS);
  const distributionRun = useThrottled(run, STATISTICS_REFRESH_MS);
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
          <UpdateRatioChart run={ratioRun} />
          <ActivationBars run={barsRun} />
          <DistributionChart run={distributionRun} />
        </>
      )}
    </section>
  );
}
