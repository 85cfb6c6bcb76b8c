import { useSyncExternalStore } from 'react';
import type { TrainingStats } from '../../worker/protocol.ts';
import { getPublishedRunsState, subscribeRuns, type RunsState, type StaleReason } from './runsStore.ts';
import type { BoundarySnapshot, NodeInspection, PredictionViews, RunRecord } from './runTypes.ts';

function useRunsSelector<T>(select: (state: RunsState) => T): T {
  return useSyncExternalStore(subscribeRuns, () => select(getPublishedRunsState()));
}

/** All runs, oldest first. */
export function useRuns(): RunRecord[] {
  return useRunsSelector((state) => state.runs);
}

/** The run attached to the editor's graph (the one the Train button drives), if any. */
export function useMainRun(): RunRecord | undefined {
  return useRunsSelector((state) => state.runs.find((run) => run.id === state.mainRunId));
}

/** Why the main run's charts no longer match the editor (graph or data changed), or undefined while they do. */
export function useMainRunStale(): StaleReason | undefined {
  return useRunsSelector((state) => state.mainRunStale);
}

/** The latest decision-boundary snapshot of a run on a 2-D dataset. */
export function useDecisionBoundary(runId: string | undefined): BoundarySnapshot | undefined {
  return useRunsSelector((state) => (runId === undefined ? undefined : state.boundaries.get(runId)));
}

/** The latest views of a run's test split, taken with each evaluation. */
export function usePredictionViews(runId: string | undefined): PredictionViews | undefined {
  return useRunsSelector((state) => (runId === undefined ? undefined : state.predictions.get(runId)));
}

/** The latest live view of the node a run's inspector shows. */
export function useInspection(runId: string | undefined): NodeInspection | undefined {
  return useRunsSelector((state) => (runId === undefined ? undefined : state.inspections.get(runId)));
}

/** Epoch, step and samples/s of a run; updated with every metrics batch (~10 times a second). */
export function useTrainingStats(runId: string | undefined): TrainingStats | undefined {
  return useRunsSelector((state) => (runId === undefined ? undefined : state.stats.get(runId)));
}
