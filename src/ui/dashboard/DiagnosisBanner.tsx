import { useMemo, useState } from 'react';
import { planTraining } from '../../worker/protocol.ts';
import { diagnose, type Fix } from '../../worker/diagnosis.ts';
import { applyFix, getModel, setTrainingSettings, useModelValue, useStructureVersion } from '../store/index.ts';
import type { RunRecord } from '../training/index.ts';
import { fixedModel } from './diagnosisFix.ts';
import { runMetricSeries } from './diagnosisSeries.ts';

/** Where the diagnosis of a run starts: the graph it trains and the step after the last fix. */
interface Anchor {
  runId: string | undefined;
  structure: number;
  sinceStep: number;
}

/**
 * Why the run does not learn, in one sentence with its evidence and one-click fixes; shown
 * only while the run stalls or goes wrong. It goes away when the graph changes (the run no
 * longer trains what is on the canvas) and starts afresh after a learning-rate fix.
 */
export function DiagnosisBanner({ run }: { run: RunRecord | undefined }) {
  const structure = useStructureVersion();
  const lr = planTraining(useModelValue((model) => model.training)).hyperparameters.lr;
  const [anchor, setAnchor] = useState<Anchor>({ runId: run?.id, structure, sinceStep: 0 });
  if (anchor.runId !== run?.id) setAnchor({ runId: run?.id, structure, sinceStep: 0 });
  const current = anchor.runId === run?.id && anchor.structure === structure;
  const finding = useMemo(() => (run && current ? diagnose(runMetricSeries(run, lr, anchor.sinceStep)) : null), [run, current, lr, anchor.sinceStep]);
  if (!finding) return null;

  const apply = (fix: Fix) => {
    if (fix.kind === 'setLearningRate') {
      setTrainingSettings({ lr: fix.lr });
      setAnchor({ ...anchor, sinceStep: run?.probes.at(-1)?.step ?? 0 });
    } else {
      applyFix(fixedModel(getModel(), fix));
    }
  };
  return (
    <section className="diagnosis" aria-label="Diagnosis" role="status">
      <p className="diagnosis__sentence">{finding.sentence}</p>
      <ul className="diagnosis__evidence" aria-label="Evidence">
        {finding.evidence.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="diagnosis__fixes">
        {finding.fixes.map(({ label, fix }, i) => (
          <button key={label} type="button" className={i === 0 ? 'diagnosis__fix diagnosis__fix--primary' : 'diagnosis__fix'} onClick={() => apply(fix)}>
            {label}
          </button>
        ))}
      </div>
    </section>
  );
}
