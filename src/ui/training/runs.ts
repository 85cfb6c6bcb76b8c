/**
 * Starting and removing runs: the main run (bound to the editor) and detached runs, each of
 * which trains in a worker of its own (the comparison experiment launches two side by side).
 */
import type { NetloomModel } from '../../model/index.ts';
import { tableFileFor } from '../data/index.ts';
import * as editor from '../store/index.ts';
import { MainRunController } from './mainRun.ts';
import { newRunRecord } from './runRecord.ts';
import { nextRunColor, nextRunId } from './runIdentity.ts';
import { addRun, deleteRun } from './runsStore.ts';
import { TrainingClient } from './trainingClient.ts';
import { TrainingRun } from './trainingRun.ts';

let main: MainRunController | undefined;

declare global {
  interface Window {
    /** Test-only: end-to-end tests crash the main training worker through this to check the recovery. */
    __netloomTrainingDebug?: { crashMainWorker(): void };
  }
}

/** The controller behind the Train / Pause / Step / Reset buttons (created on first use). */
export function mainRun(): MainRunController {
  if (!main) {
    const controller = new MainRunController({ ...editor, tableFile: tableFileFor });
    window.__netloomTrainingDebug = { crashMainWorker: () => controller.crashWorkerForTesting() };
    main = controller;
  }
  return main;
}

/** Detached runs still holding a worker. */
const detached = new Map<string, { run: TrainingRun; client: TrainingClient }>();

/**
 * Trains `model` in a worker of its own, detached from the editor, for the model's
 * `training.epochs`, and returns the run's id. The worker is let go once the run settles
 * (finished, diverged or crashed); the record stays until `removeRun`.
 */
export function launchRun(model: NetloomModel, options: { name: string; color?: string }): string {
  const id = nextRunId();
  const client = new TrainingClient();
  addRun(newRunRecord(id, options.name, options.color ?? nextRunColor()));
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
