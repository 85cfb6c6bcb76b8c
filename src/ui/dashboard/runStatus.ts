import type { RunStatus } from '../training/runTypes.ts';

/** A run's status in words, as the run list and the charts' caption show it. */
export const STATUS_LABELS: Record<RunStatus, string> = {
  idle: 'ready',
  running: 'training',
  paused: 'paused',
  done: 'finished',
  diverged: 'diverged',
  crashed: 'crashed',
};
