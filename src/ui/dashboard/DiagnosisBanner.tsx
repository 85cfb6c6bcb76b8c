import { useMemo, useState } from 'react';
import { planTraining } from '../../worker/protocol.ts';
import { diagnose, type Fix } from '../../worker/diagnosis.ts';
import { applyFix, getModel, setTrainingSettings, useModelValue } from '../store/index.ts';
import type { RunRecord } from '../training/index.ts';
import { showChartsTab } from './dashboardStore.ts';
import { fixedModel } from './diagnosisFix.ts';
import { runMetricSeries } from './diagnosisSeries.ts';

/** Where the diagnosis of a run starts: the step after the last learning-rate fix. */
interface Anchor {
  runId: string | undefined;
  sinceStep: number;
}

/**
 * Why the run does not learn, in one sentence with its evidence, one-click fixes and the way to
 * the charts it reads; shown only while the run stalls or goes wrong. It starts afresh after a
 * learning-rate fix. (A graph fix makes the run stale, and its diagnosis goes: see `MainRunDiagnosis`.)
 */
export function DiagnosisBanner({ run }: { run: RunRecord | undefined }) {
  const lr = planTraining(useModelValue((model) => model.training)).hyperparameters.lr;
  const [anchor, setAnchor] = useState<Anchor>({ runId: run?.id, sinceStep: 0 });
  if (anchor.runId !== run?.id) setAnchor({ runId: run?.id, sinceStep: 0 });
  const current = anchor.runId === run?.id;
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
        <button type="button" className="link-button diagnosis__charts" onClick={() => showChartsTab('layers')}>
          See the layer statistics
        </button>
      </div>
    </section>
  );
}
