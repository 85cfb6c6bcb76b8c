/**
 * Starting and removing runs: the main run (bound to the editor) and detached runs, each of
 * which trains in a worker of its own (the comparison experiment launches two side by side).
 */
import type { NetloomModel } from '../../model/index.ts';
import { tableFileFor } from '../data/index.ts';
import * as editor from '../store/index.ts';
import { MainRunController, type WorkerFault } from './mainRun.ts';
import { addNewRun } from './runIdentity.ts';
import { deleteRun } from './runsStore.ts';
import { TrainingClient } from './trainingClient.ts';
import { TrainingRun } from './trainingRun.ts';

let main: MainRunController | undefined;

declare global {
  interface Window {
    /** Test-only: end-to-end tests break the main training worker through this to check the recovery. */
    __netloomTrainingDebug?: { breakMainWorker(fault: WorkerFault): void };
  }
}

/** The controller behind the Train / Pause / Step / Reset buttons (created on first use). */
export function mainRun(): MainRunController {
  if (!main) {
    const controller = new MainRunController({ ...editor, tableFile: tableFileFor });
    window.__netloomTrainingDebug = { breakMainWorker: (fault) => controller.breakWorkerForTesting(fault) };
    main = controller;
  }
  return main;
}

/** Detached runs still holding a worker. */
const detached = new Map<string, { run: TrainingRun; client: TrainingClient }>();

/**
 * Trains `model` in a worker of its own, detached from the editor, for the model's
 * `training.epochs`, and returns the run's id. It is named "#N " + `description`, its lines end
 * in "#N " + `kind`. The worker is let go once the run settles (finished, diverged or crashed);
 * the record stays until `removeRun`.
 */
export function launchRun(model: NetloomModel, { description, kind }: { description: string; kind?: string }): string {
  const { id } = addNewRun(description, kind);
  const client = new TrainingClient();
  const run = new TrainingRun(id, client, model, { onSettled: () => releaseWorker(id) });
  detached.set(id, { run, client });
  run.start();
  run.play();
  return id;
}

/** Stops a run if it trains and removes it from the run list. */
export function removeRun(id: string): void {
  releaseWorker(id);
  main?.release(id);
  deleteRun(id);
}

function releaseWorker(id: string): void {
  const entry = detached.get(id);
  if (!entry) return;
  detached.delete(id);
  entry.run.detach();
  entry.client.dispose();
}
