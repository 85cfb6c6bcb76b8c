import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromWorker } from '../../worker/protocolMessages.testkit.ts';
import { applyWorkerMessage, crashMessage, newRunRecord, withStatus } from './runRecord.ts';
import {
  addRun,
  deleteRun,
  getRunsState,
  resetRunsState,
  setBoundary,
  setMainRunId,
  setMainRunStale,
  setStats,
  subscribeRuns,
  updateRun,
} from './runsStore.ts';
import type { BoundarySnapshot } from './runTypes.ts';

const snapshot: BoundarySnapshot = {
  resolution: 1,
  extent: { xMin: -1, xMax: 1, yMin: -1, yMax: 1 },
  values: Float32Array.of(0.5),
  classes: 2,
  train: { xy: new Float32Array(), labels: new Float32Array() },
  test: { xy: new Float32Array(), labels: new Float32Array() },
};

describe('the runs store', () => {
  beforeEach(resetRunsState);

  it('keeps runs oldest first and notifies on every change, not on no-ops', () => {
    let notified = 0;
    const unsubscribe = subscribeRuns(() => notified++);
    addRun(newRunRecord('a', 'A', 'red'));
    addRun(newRunRecord('b', 'B', 'blue'));
    updateRun('missing', (run) => ({ ...run, name: 'never' }));
    updateRun('a', (run) => run);
    expect(getRunsState().runs.map((run) => run.id)).toEqual(['a', 'b']);
    expect(notified).toBe(2);
    unsubscribe();
  });

  it('replaces only the run that changed, so other runs keep their identity', () => {
    addRun(newRunRecord('a', 'A', 'red'));
    addRun(newRunRecord('b', 'B', 'blue'));
    const [a, b] = getRunsState().runs;
    updateRun('b', (run) => withStatus(run, 'running'));
    expect(getRunsState().runs[0]).toBe(a);
    expect(getRunsState().runs[1]).not.toBe(b);
    expect(getRunsState().runs[1]!.status).toBe('running');
  });

  it('marks the main run stale until another run is attached', () => {
    addRun(newRunRecord('a', 'A', 'red'));
    addRun(newRunRecord('b', 'B', 'blue'));
    setMainRunId('a');
    setMainRunStale('data');
    expect(getRunsState().mainRunStale).toBe('data');
    setMainRunId('b');
    expect(getRunsState().mainRunStale).toBeUndefined();
    setMainRunStale('graph');
    deleteRun('b');
    expect(getRunsState()).toMatchObject({ mainRunId: undefined, mainRunStale: undefined });
  });

  it('removing a run forgets its boundary and stats, and the main run if it was that one', () => {
    addRun(newRunRecord('a', 'A', 'red'));
    setMainRunId('a');
    setBoundary('a', snapshot);
    setStats('a', { epoch: 1, step: 10, samplesPerSecond: 0, targetEpochs: 5 });
    deleteRun('a');
    expect(getRunsState()).toMatchObject({ runs: [], mainRunId: undefined });
    expect(getRunsState().boundaries.size).toBe(0);
    expect(getRunsState().stats.size).toBe(0);
  });
});

describe('run records', () => {
  const run = newRunRecord('a', 'A', 'red');

  it('append metrics batches and take the layer ids from `ready`', () => {
    const ready = applyWorkerMessage(run, { type: 'ready', session: 1, denseIds: ['d1', 'd2'], activations: [], stepsPerEpoch: 5 });
    const point = { step: 1, epoch: 0.2, loss: 0.7, accuracy: null };
    const stats = { epoch: 0, step: 1, samplesPerSecond: 0, targetEpochs: 5 };
    const once = applyWorkerMessage(ready, { type: 'metrics', session: 1, points: [point], gradients: [{ step: 1, norms: [1, 2] }], probes: [], stats });
    const twice = applyWorkerMessage(once, { type: 'metrics', session: 1, points: [{ ...point, step: 2 }], gradients: [], probes: [], stats });
    expect(twice.denseIds).toEqual(['d1', 'd2']);
    expect(twice.loss.map((p) => p.step)).toEqual([1, 2]);
    expect(twice.gradients).toEqual([{ step: 1, norms: [1, 2] }]);
    expect(applyWorkerMessage(twice, { type: 'metrics', session: 1, points: [], gradients: [], probes: [], stats })).toBe(twice);
  });

  it('replace the last point by a point of the same step sent again with an evaluation', () => {
    const point = { step: 1, epoch: 0.2, loss: 0.7, accuracy: null };
    const stats = { epoch: 0, step: 1, samplesPerSecond: 0, targetEpochs: 5 };
    const once = applyWorkerMessage(run, { type: 'metrics', session: 1, points: [point], gradients: [], probes: [], stats });
    const evaluated = { ...point, accuracy: 0.5, testLoss: 0.6, testAccuracy: 0.5 };
    const again = applyWorkerMessage(once, { type: 'metrics', session: 1, points: [evaluated], gradients: [], probes: [], stats });
    expect(again.loss).toEqual([evaluated]);
  });

  it('record divergence and errors in words, and clear the reason once the run moves again', () => {
    const diverged = applyWorkerMessage(withStatus(run, 'running'), {
      type: 'diverged',
      session: 1,
      step: 312,
      epoch: 16,
      message: 'Loss became NaN at step 312 — try a lower learning rate',
    });
    expect(diverged).toMatchObject({ status: 'diverged', message: 'Loss became NaN at step 312 — try a lower learning rate' });
    const failed = applyWorkerMessage(withStatus(run, 'running'), { type: 'error', message: 'No network is loaded.' });
    expect(failed).toMatchObject({ status: 'paused', message: 'No network is loaded.' });
    const stopped = withStatus(run, 'paused', 'The graph was edited.');
    expect(withStatus(stopped, 'paused').message).toBe('The graph was edited.');
    expect(withStatus(stopped, 'running').message).toBeUndefined();
  });

  it('take in every message type the worker sends', () => {
    for (const message of fromWorker) expect(() => applyWorkerMessage(newRunRecord('run-1', 'xor', '#000000'), message)).not.toThrow();
  });

  it('explain a crash in words that say nothing is lost', () => {
    expect(crashMessage('out of memory')).toMatch(/crashed \(out of memory\).*graph and the charts are intact/);
  });
});

describe('the runs store in a browser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('tells subscribers once per frame, however many updates arrived in between', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.resetModules();
    const store = await import('./runsStore.ts');
    let notified = 0;
    store.subscribeRuns(() => notified++);
    for (const id of ['a', 'b', 'c']) store.addRun(newRunRecord(id, id, 'red'));
    expect(notified).toBe(0);
    expect(store.getRunsState().runs).toHaveLength(3);
    // What React renders changes only with the notification, never in between.
    expect(store.getPublishedRunsState().runs).toHaveLength(0);
    frames.shift()!();
    expect(notified).toBe(1);
    expect(store.getPublishedRunsState()).toBe(store.getRunsState());
    expect(frames).toHaveLength(0);
  });
});
