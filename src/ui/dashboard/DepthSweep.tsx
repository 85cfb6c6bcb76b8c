import { useId } from 'react';
import { useModelValue } from '../store/index.ts';
import { SWEEP_DEPTHS } from './depthSweep.ts';
import { fixesBase } from './fixesExperiment.ts';
import { cancelSweep, startSweep, useSweepProgress } from './sweepStore.ts';

const DEPTH_LIST = new Intl.ListFormat('en', { type: 'conjunction' }).format(SWEEP_DEPTHS.map(String));

/**
 * The depth sweep's setup, in the comparison's experiments column: one click trains the current
 * design at 2 … 20 hidden layers with sigmoid, tanh and ReLU; its progress, Cancel (which keeps
 * what finished), and the runs that gave no numbers. Its figures are drawn beside it (`DepthSweepResults`).
 */
export function DepthSweep() {
  const headingId = useId();
  const nodes = useModelValue((model) => model.nodes);
  const { width, fromGraph } = fixesBase({ nodes });
  const progress = useSweepProgress();
  const running = progress?.state === 'running';
  const problems = progress?.results.filter((result) => result.problem) ?? [];
  return (
    <section className="depth-sweep" aria-labelledby={headingId}>
      <h3 id={headingId}>Depth sweep</h3>
      <p>
        Train this design at {DEPTH_LIST} hidden layers of {width} units{fromGraph ? '' : ' (the current graph is not deep)'}, with
        sigmoid, tanh and ReLU (short runs, same data and seed), and see how much gradient reaches the first layer as the network
        gets deeper.
      </p>
      <div className="depth-sweep__row">
        <button type="button" className="depth-sweep__run" onClick={startSweep} disabled={running}>
          Run depth sweep
        </button>
        {running && (
          <button type="button" className="button" onClick={cancelSweep}>
            Cancel sweep
          </button>
        )}
      </div>
      {progress && (
        <label className="depth-sweep__progress">
          <progress max={progress.total} value={progress.results.length} />
          <span>
            {progress.results.length} of {progress.total} runs
            {progress.state === 'cancelled' ? ', cancelled' : progress.state === 'done' ? ', done' : ''}
          </span>
        </label>
      )}
      {problems.length > 0 && (
        <p className="depth-sweep__problems">
          {problems.length} run{problems.length > 1 ? 's' : ''} gave no numbers:{' '}
          {problems.map((result) => `${result.fn} at depth ${result.depth} (${result.problem})`).join('; ')}
        </p>
      )}
    </section>
  );
}
