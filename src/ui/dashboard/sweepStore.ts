import { createExternalStore, useStoreValue } from '../store/externalStore.ts';
import { getModel } from '../store/index.ts';
import { SweepRunner, type SweepProgress } from '../training/sweepRunner.ts';
import { planSweep } from './depthSweep.ts';

/** Workers the sweep trains on at once: two leave the page (and the main run's worker) room on a small machine. */
const SWEEP_WORKERS = 2;

/**
 * The depth sweep's progress, shared by its setup (in the comparison's experiments column) and
 * its figures (beside it); null before the first sweep. A sweep goes on while another tab is shown.
 */
const progressStore = createExternalStore<SweepProgress | null>(null);
let runner: SweepRunner | null = null;

export function useSweepProgress(): SweepProgress | null {
  return useStoreValue(progressStore, (progress) => progress);
}

/** Trains the current design at every depth of the sweep (a sweep still running is cancelled first). */
export function startSweep(): void {
  runner?.cancel();
  const jobs = planSweep(getModel());
  runner = new SweepRunner(jobs, { workers: SWEEP_WORKERS, onProgress: (progress) => progressStore.set(progress) });
  progressStore.set({ total: jobs.length, results: [], state: 'running' });
  runner.start();
}

/** Stops every run of the sweep; what finished is kept. */
export function cancelSweep(): void {
  runner?.cancel();
}
