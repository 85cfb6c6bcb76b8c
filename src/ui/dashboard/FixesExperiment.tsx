import { useId, useState } from 'react';
import { ACTIVATION_LABELS } from '../../model/index.ts';
import { getModel, useModelValue } from '../store/index.ts';
import { launchRun } from '../training/index.ts';
import { setOverlay } from './dashboardStore.ts';
import { FixesTable, type LaunchedFix } from './FixesTable.tsx';
import { fixesBase, fixRuns } from './fixesExperiment.ts';
import './fixesExperiment.css';

/**
 * "Compare fixes": trains the current deep network five ways side by side (five workers, same
 * seed and data), overlays them in the comparison, and shows per run how much gradient reaches
 * the first layer. Says which network it starts from before it is pressed.
 */
export function FixesExperiment() {
  const headingId = useId();
  const nodes = useModelValue((model) => model.nodes);
  const base = fixesBase({ nodes });
  const [launched, setLaunched] = useState<LaunchedFix[]>([]);
  const compare = () => {
    const started = fixRuns(getModel()).map((run) => ({ id: launchRun(run.model, run), run }));
    setLaunched(started);
    setOverlay(
      started.map(({ id }) => id),
      true,
    );
  };
  return (
    <section className="fixes-experiment" aria-labelledby={headingId}>
      <h3 id={headingId}>Cures for the vanishing gradient</h3>
      <p>
        Train a deep network five ways, as it is and with ReLU + He init, LayerNorm, BatchNorm or residual skips: which
        give the first layer its gradient back?
      </p>
      <p className="fixes-experiment__base">
        {base.depth} hidden layers of {base.width}, {ACTIVATION_LABELS[base.fn].toLowerCase()}:{' '}
        {base.fromGraph ? 'the current graph’s' : 'the current graph is not deep, so the Deep sigmoid stack'}.
      </p>
      <button type="button" className="fixes-experiment__run" onClick={compare}>
        Compare fixes
      </button>
      {launched.length > 0 && <FixesTable launched={launched} />}
    </section>
  );
}
