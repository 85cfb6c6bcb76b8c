import { useEffect, useId, useRef, useState } from 'react';
import { getModel } from '../store/index.ts';
import { SweepRunner, type SweepProgress } from '../training/sweepRunner.ts';
import { DepthSweepChart } from './DepthSweepChart.tsx';
import { planSweep, SWEEP_DEPTHS, sweepLines } from './depthSweep.ts';

/** Workers the sweep trains on at once: two leave the page (and the main run's worker) room on a small machine. */
const SWEEP_WORKERS = 2;

/**
 * The depth sweep: one click trains the current design at 2 … 20 hidden layers with sigmoid,
 * tanh and ReLU, and plots how much of the gradient reaches the first layer (relative to the
 * last hidden one, as the fixes experiment measures it), and how well each did, against depth. Shows its progress; Cancel stops every run and keeps what finished.
 */
export function DepthSweep() {
  const headingId = useId();
  const [progress, setProgress] = useState<SweepProgress | null>(null);
  const runner = useRef<SweepRunner | null>(null);
  useEffect(() => () => runner.current?.cancel(), []);
  const running = progress?.state === 'running';
  const start = () => {
    runner.current?.cancel();
    const jobs = planSweep(getModel());
    const sweep = new SweepRunner(jobs, { workers: SWEEP_WORKERS, onProgress: setProgress });
    runner.current = sweep;
    setProgress({ total: jobs.length, results: [], state: 'running' });
    sweep.start();
  };
  const lines = sweepLines(progress?.results ?? []);
  const problems = progress?.results.filter((result) => result.problem) ?? [];
  return (
    <section className="depth-sweep" aria-labelledby={headingId}>
      <h3 id={headingId}>Depth sweep</h3>
      <p>
        Train this design at {SWEEP_DEPTHS.join(', ')} hidden layers with sigmoid, tanh and ReLU (short runs, same data and
        seed), and see how much gradient reaches the first layer as the network gets deeper.
      </p>
      <div className="depth-sweep__row">
        <button type="button" onClick={start} disabled={running}>
          Run depth sweep
        </button>
        {running && (
          <button type="button" onClick={() => runner.current?.cancel()}>
            Cancel sweep
          </button>
        )}
        {progress && (
          <label className="depth-sweep__progress">
            <progress max={progress.total} value={progress.results.length} />
            <span>
              {progress.results.length} of {progress.total} runs
              {progress.state === 'cancelled' ? ', cancelled' : progress.state === 'done' ? ', done' : ''}
            </span>
          </label>
        )}
      </div>
      {progress && progress.results.length > 0 && (
        <>
          <h4 className="chart-subtitle">First hidden layer's gradient ÷ last hidden layer's</h4>
          <DepthSweepChart lines={lines} metric="gradientRatio" label="First hidden layer's gradient relative to the last hidden layer's" />
          <h4 className="chart-subtitle">Test accuracy</h4>
          <DepthSweepChart lines={lines} metric="testAccuracy" label="Final test accuracy" />
          {problems.length > 0 && (
            <p className="depth-sweep__problems">
              {problems.length} run{problems.length > 1 ? 's' : ''} gave no numbers:{' '}
              {problems.map((result) => `${result.fn} at depth ${result.depth} (${result.problem})`).join('; ')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
