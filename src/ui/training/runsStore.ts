/**
 * Every training run the dashboard knows about, as one immutable snapshot that React reads with
 * `useSyncExternalStore`. Updates replace only what changed, so a chart of one run does not
 * re-render when another run or the decision boundary moves on.
 */
import type { TrainingStats } from '../../worker/protocol.ts';
import type { BoundarySnapshot, NodeInspection, PredictionViews, RunRecord } from './runTypes.ts';

/** Why the main run no longer matches the editor: its graph or its data changed after it started. */
export type StaleReason = 'graph' | 'data';

export interface RunsState {
  /** Oldest first. */
  runs: RunRecord[];
  /** The run attached to the editor's graph. */
  mainRunId: string | undefined;
  /** Set once the editor's graph or data moved on from the main run's: what it shows is stale. */
  mainRunStale: StaleReason | undefined;
  boundaries: ReadonlyMap<string, BoundarySnapshot>;
  /** The latest views of each run's test split (confusion matrix, digits, predicted vs actual). */
  predictions: ReadonlyMap<string, PredictionViews>;
  stats: ReadonlyMap<string, TrainingStats>;
  /** The latest view of the node each run's inspector shows. */
  inspections: ReadonlyMap<string, NodeInspection>;
}

const EMPTY: RunsState = {
  runs: [],
  mainRunId: undefined,
  mainRunStale: undefined,
  boundaries: new Map(),
  predictions: new Map(),
  stats: new Map(),
  inspections: new Map(),
};

/** The latest state, for the code that drives runs. */
let state: RunsState = EMPTY;
/** The state subscribers were last told of: what React renders. */
let published: RunsState = EMPTY;
const listeners = new Set<() => void>();

export function getRunsState(): RunsState {
  return state;
}

/**
 * The snapshot for `useSyncExternalStore`. It changes only when subscribers are told: a
 * snapshot that changed unannounced in the middle of a chart's sliced (transition) render would
 * make React throw that render away and redo it all at once, a long task.
 */
export function getPublishedRunsState(): RunsState {
  return published;
}

export function subscribeRuns(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Subscribers hear of changes at most once per frame, however many worker messages arrive: a
// render per message would queue work faster than a busy page can do it, and the page would
// fall further and further behind. Without frames (tests, Node) they hear at once.
const nextFrame: (callback: () => void) => void =
  typeof requestAnimationFrame === 'function' ? (callback) => requestAnimationFrame(callback) : (callback) => callback();
let notificationPending = false;

function notify(): void {
  notificationPending = false;
  published = state;
  for (const listener of listeners) listener();
}

function setState(next: RunsState): void {
  if (next === state) return;
  state = next;
  if (notificationPending) return;
  notificationPending = true;
  nextFrame(notify);
}

export function addRun(run: RunRecord): void {
  setState({ ...state, runs: [...state.runs, run] });
}

/** Replaces one run by `update(run)`; a no-op for an unknown id (e.g. a run removed meanwhile). */
export function updateRun(id: string, update: (run: RunRecord) => RunRecord): void {
  const index = state.runs.findIndex((run) => run.id === id);
  if (index < 0) return;
  const current = state.runs[index]!;
  const next = update(current);
  if (next === current) return;
  setState({ ...state, runs: state.runs.with(index, next) });
}

export function deleteRun(id: string): void {
  if (!state.runs.some((run) => run.id === id)) return;
  const wasMain = state.mainRunId === id;
  setState({
    runs: state.runs.filter((run) => run.id !== id),
    mainRunId: wasMain ? undefined : state.mainRunId,
    mainRunStale: wasMain ? undefined : state.mainRunStale,
    boundaries: withoutKey(state.boundaries, id),
    predictions: withoutKey(state.predictions, id),
    stats: withoutKey(state.stats, id),
    inspections: withoutKey(state.inspections, id),
  });
}

/** Attaches a run (or none) to the editor; a newly attached run is not stale. */
export function setMainRunId(id: string | undefined): void {
  if (id !== state.mainRunId) setState({ ...state, mainRunId: id, mainRunStale: undefined });
}

export function setMainRunStale(reason: StaleReason | undefined): void {
  if (reason !== state.mainRunStale) setState({ ...state, mainRunStale: reason });
}

export function setBoundary(id: string, snapshot: BoundarySnapshot | undefined): void {
  setState({ ...state, boundaries: withKey(state.boundaries, id, snapshot) });
}

export function setPredictions(id: string, views: PredictionViews | undefined): void {
  setState({ ...state, predictions: withKey(state.predictions, id, views) });
}

export function setInspection(id: string, inspection: NodeInspection | undefined): void {
  setState({ ...state, inspections: withKey(state.inspections, id, inspection) });
}

export function setStats(id: string, stats: TrainingStats | undefined): void {
  setState({ ...state, stats: withKey(state.stats, id, stats) });
}

/** For tests: forget every run. */
export function resetRunsState(): void {
  setState(EMPTY);
}

function withKey<T>(map: ReadonlyMap<string, T>, key: string, value: T | undefined): ReadonlyMap<string, T> {
  if (value === undefined) return withoutKey(map, key);
  const next = new Map(map);
  next.set(key, value);
  return next;
}

function withoutKey<T>(map: ReadonlyMap<string, T>, key: string): ReadonlyMap<string, T> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}
