import type { ReactNode } from 'react';
import type { TrainingStats } from '../../worker/protocol.ts';
import { useDataBlocker } from '../data/index.ts';
import { useCompileResult } from '../store/compileModel.ts';
import { useMainRun, useTrainingStats } from './hooks.ts';
import { mainRun } from './runs.ts';
import type { RunRecord } from './runTypes.ts';
import { TrainingSettingsFields } from './TrainingSettingsFields.tsx';
import './trainingControls.css';

/** Train / Pause, Step, Step epoch, Reset; the run's progress and why it stopped; the training settings. */
export function TrainingControls() {
  const run = useMainRun();
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
      {stats && <TrainingProgress stats={stats} loss={run?.loss.at(-1)?.loss} />}
      {run?.message && <RunMessage run={run} />}
      <TrainingSettingsFields />
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

function TrainingProgress({ stats, loss }: { stats: TrainingStats; loss: number | undefined }) {
  const test = stats.evaluation?.test;
  return (
    <p className="training-progress">
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
            {test.accuracy === null ? test.loss.toPrecision(3) : `${(test.accuracy * 100).toFixed(1)} %`}
          </Reading>
        </span>
      )}
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
