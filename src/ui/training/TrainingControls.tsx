import type { ReactNode } from 'react';
import { formatPercent } from '../charts/numberFormat.ts';
import type { SplitScore, TrainingStats } from '../../worker/protocol.ts';
import { planTraining } from '../../worker/protocol.ts';
import { useDataBlocker } from '../data/index.ts';
import { useCompileResult } from '../store/compileModel.ts';
import { useModel } from '../store/index.ts';
import { useMainRun, useMainRunStale, useTrainingStats } from './hooks.ts';
import { mainRun } from './runs.ts';
import type { StaleReason } from './runsStore.ts';
import type { LossPoint, RunRecord } from './runTypes.ts';
import { SpeedControl } from './SpeedControl.tsx';
import { TrainingSettingsFields } from './TrainingSettingsFields.tsx';
import './trainingControls.css';

/**
 * Train / Pause, Step, Step epoch, Reset; the run's progress and why it stopped; `diagnosis`,
 * why it does not learn (the dashboard's, shown here, where a person looks while training); the
 * training settings and the speed.
 */
export function TrainingControls({ diagnosis }: { diagnosis?: ReactNode }) {
  const run = useMainRun();
  const stale = useMainRunStale();
  const stats = useTrainingStats(run?.id);
  const blocker = useTrainBlocker();
  const running = run?.status === 'running';
  const controller = mainRun();
  return (
    <section className="training-controls" aria-label="Training controls">
      <div className="training-buttons">
        <button
          type="button"
          className="training-primary"
          disabled={!running && blocker !== undefined}
          onClick={() => (running ? controller.pause() : controller.train())}
        >
          {running ? 'Pause' : 'Train'}
        </button>
        <button type="button" disabled={blocker !== undefined} onClick={() => controller.step()} title="Train on one batch">
          Step
        </button>
        <button type="button" disabled={blocker !== undefined} onClick={() => controller.stepEpoch()} title="Train to the end of the epoch">
          Step epoch
        </button>
        <button type="button" disabled={blocker !== undefined} onClick={() => controller.reset()} title="New weights from the seed">
          Reset
        </button>
      </div>
      {blocker && (
        <p className="training-blocker" role="status">
          {blocker}
        </p>
      )}
      {run && stats && <TrainingProgress run={run} stats={stats} />}
      {stale ? <StaleNote reason={stale} /> : run?.message && <RunMessage run={run} />}
      {diagnosis}
      <TrainingSettingsFields>
        <SpeedControl />
      </TrainingSettingsFields>
    </section>
  );
}

/** Why the graph cannot train right now (the graph first, then the data), or undefined when it can. */
function useTrainBlocker(): string | undefined {
  const result = useCompileResult();
  const data = useDataBlocker();
  if (!result.ok) return `Fix the graph to train: ${result.errors[0]?.message}`;
  return data && `Waiting for the data: ${data}`;
}

/** A named figure. Not a live region (as an <output> is by default): a screen reader would recite it 10 times a second. */
function Reading({ label, children }: { label: string; children: ReactNode }) {
  return (
    <output aria-label={label} aria-live="off">
      {children}
    </output>
  );
}

/** The test score the charts show last: the last evaluated point's, else the one taken before training. */
function latestTestScore(points: readonly LossPoint[], stats: TrainingStats): SplitScore | undefined {
  const point = points.findLast((candidate) => candidate.testLoss !== undefined);
  if (point) return { loss: point.testLoss!, accuracy: point.testAccuracy ?? null };
  return stats.evaluation?.test;
}

/** The main run's progress, under its number, so it is clear which run these figures are of. */
function TrainingProgress({ run, stats }: { run: RunRecord; stats: TrainingStats }) {
  const test = latestTestScore(run.loss, stats);
  const loss = run.loss.at(-1)?.loss;
  return (
    <p className="training-progress">
      <span className="training-progress__run" style={{ borderColor: run.color }} title={run.name}>
        {run.label}
      </span>
      <span>
        Epoch <Reading label="Epoch">{stats.epoch}</Reading> / {stats.targetEpochs}
      </span>
      <span>
        Step <Reading label="Step">{stats.step.toLocaleString('en-US')}</Reading>
      </span>
      {stats.samplesPerSecond > 0 && (
        <span>
          <Reading label="Samples per second">{Math.round(stats.samplesPerSecond).toLocaleString('en-US')}</Reading> samples/s
        </span>
      )}
      {loss !== undefined && (
        <span>
          Loss <Reading label="Loss">{loss.toPrecision(3)}</Reading>
        </span>
      )}
      {test && (
        <span>
          Test {test.accuracy === null ? 'loss' : 'accuracy'}{' '}
          <Reading label={test.accuracy === null ? 'Test loss' : 'Test accuracy'}>
            {test.accuracy === null ? test.loss.toPrecision(3) : formatPercent(test.accuracy)}
          </Reading>
        </span>
      )}
    </p>
  );
}

/** What Train does next, once the graph or the data moved on from the run shown. */
function StaleNote({ reason }: { reason: StaleReason }) {
  const { data } = planTraining(useModel().training);
  return (
    <p className="training-message" role="status">
      {reason === 'graph'
        ? 'The graph changed after this run: the charts are of the old graph. Train starts a new run on the edited graph.'
        : `The data changed after this run: the charts are of the old data. Train starts a new run from the initial weights (seed ${data.seed}).`}
    </p>
  );
}

function RunMessage({ run }: { run: RunRecord }) {
  const failed = run.status === 'diverged' || run.status === 'crashed';
  return (
    <p className={failed ? 'training-message training-message-error' : 'training-message'} role={failed ? 'alert' : 'status'}>
      {run.message}
    </p>
  );
}
