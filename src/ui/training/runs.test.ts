import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deepTemplate, xorTemplate, type NetloomModel } from '../../model/index.ts';
import { InProcessWorker, TaskQueue } from './inProcessWorker.testkit.ts';
import { launchRun, removeRun } from './runs.ts';
import { getRunsState, resetRunsState } from './runsStore.ts';

const queue = new TaskQueue();
const workers: InProcessWorker[] = [];

/** Stands in for the browser's Worker: the real loop and engine, in-process. */
class FakeWorker extends InProcessWorker {
  constructor() {
    super(queue);
    workers.push(this);
  }
}

function pump() {
  queue.pump();
}

function withEpochs(model: NetloomModel, epochs: number): NetloomModel {
  return { ...model, training: { ...model.training, epochs } };
}

describe('detached runs', () => {
  beforeEach(() => {
    resetRunsState();
    workers.length = 0;
    vi.stubGlobal('Worker', FakeWorker);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('train side by side in workers of their own, to the model’s epochs, then let their workers go', () => {
    const sigmoid = launchRun(withEpochs(deepTemplate('sigmoid', 3, 8), 4), { description: 'Deep sigmoid', kind: 'sigmoid' });
    const relu = launchRun(withEpochs(deepTemplate('relu', 3, 8), 4), { description: 'Deep ReLU', kind: 'ReLU' });
    expect(workers).toHaveLength(2);
    pump();
    const runs = getRunsState().runs;
    expect(runs.map((run) => [run.id, run.name.replace(/^#\d+/, '#N'), run.label.replace(/^#\d+/, '#N'), run.status])).toEqual([
      [sigmoid, '#N Deep sigmoid', '#N sigmoid', 'done'],
      [relu, '#N Deep ReLU', '#N ReLU', 'done'],
    ]);
    expect(runs[0]!.color).not.toBe(runs[1]!.color);
    expect(runs.every((run) => run.denseIds.length === 4 && run.gradients.length > 0)).toBe(true);
    expect(getRunsState().stats.get(sigmoid)).toMatchObject({ epoch: 4, samplesPerSecond: 0 });
    expect(getRunsState().boundaries.get(relu)?.values).toHaveLength(48 * 48);
    expect(workers.every((worker) => worker.terminated)).toBe(true);
  });

  it('removing a run that still trains stops its worker and forgets it', () => {
    const id = launchRun(withEpochs(xorTemplate(), 1_000_000), { description: 'long' });
    removeRun(id);
    expect(workers[0]!.terminated).toBe(true);
    expect(getRunsState().runs).toEqual([]);
    expect(getRunsState().stats.has(id)).toBe(false);
  });
});
