import { useId, useState } from 'react';
import { getModel } from '../store/index.ts';
import { launchRun } from '../training/index.ts';
import { FixesTable, type LaunchedFix } from './FixesTable.tsx';
import { fixRuns } from './fixesExperiment.ts';
import './fixesExperiment.css';

/**
 * "Compare fixes": trains the current deep network five ways side by side (five workers, same
 * seed and data), hands their run ids to the panel, which overlays their loss curves, and shows
 * per run how much gradient reaches the first layer.
 */
export function FixesExperiment({ onLaunched }: { onLaunched: (runIds: string[]) => void }) {
  const headingId = useId();
  const [launched, setLaunched] = useState<LaunchedFix[]>([]);
  const compare = () => {
    const started = fixRuns(getModel()).map((run) => ({ id: launchRun(run.model, { name: run.name, color: run.color }), run }));
    setLaunched(started);
    onLaunched(started.map(({ id }) => id));
  };
  return (
    <section className="fixes-experiment" aria-labelledby={headingId}>
      <h3 id={headingId}>Cures for the vanishing gradient</h3>
      <p>
        Train the deep network five ways: as it is, with ReLU and He initialisation, with LayerNorm, with BatchNorm
        and with residual skips. See which fixes give the first layer its gradient back.
      </p>
      <button type="button" className="fixes-experiment__run" onClick={compare}>
        Compare fixes
      </button>
      {launched.length > 0 && <FixesTable launched={launched} />}
    </section>
  );
}
