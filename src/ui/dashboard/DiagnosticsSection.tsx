import { useId, useState } from 'react';
import { ActivationBars } from '../charts/ActivationBars.tsx';
import { DistributionChart } from '../charts/DistributionChart.tsx';
import { UpdateRatioChart } from '../charts/UpdateRatioChart.tsx';
import { mainRun, type RunRecord } from '../training/index.ts';
import { DiagnosisBanner } from './DiagnosisBanner.tsx';
import './diagnostics.css';

/**
 * "Why it learns, or not": the diagnosis, and the statistics behind it (update sizes, stuck
 * units by depth, distributions) for the main run. The statistics can be switched off for
 * the last few per cent of speed.
 */
export function DiagnosticsSection({ run }: { run: RunRecord | undefined }) {
  const headingId = useId();
  const [statistics, setStatistics] = useState(true);
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
      <DiagnosisBanner run={run} />
      {statistics && (
        <>
          <UpdateRatioChart run={run} />
          <ActivationBars run={run} />
          <DistributionChart run={run} />
        </>
      )}
    </section>
  );
}
