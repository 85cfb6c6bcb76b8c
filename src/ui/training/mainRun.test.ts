import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modelNetwork, planTraining, setUpTraining } from '../../engine/index.ts';
import { deepTemplate, xorTemplate, type NetloomModel } from '../../model/index.ts';
import * as commands from '../store/commands.ts';
import { resetDocument, runCommand } from '../store/documentStore.ts';
import * as editor from '../store/index.ts';
import { InProcessWorkers } from './inProcessWorker.testkit.ts';
import { MainRunController, STOP_REASONS } from './mainRun.ts';
import { getRunsState, resetRunsState } from './runsStore.ts';

let workers: InProcessWorkers;
let controller: MainRunController;

beforeEach(() => {
  resetRunsState();
  resetDocument(xorTemplate());
  workers = new InProcessWorkers();
  controller = new MainRunController(editor, workers.spawn);
});

afterEach(() => controller.dispose());

function mainRecord() {
  const { runs, mainRunId } = getRunsState();
  return runs.find((run) => run.id === mainRunId)!;
}

/** A run far from its end, so it is still training whatever the machine's speed. */
function startLongRun() {
  editor.setTrainingSettings({ epochs: 1_000_000 });
  controller.train();
  workers.pump(2);
  expect(mainRecord().status).toBe('running');
}

function mainStats() {
  return getRunsState().stats.get(mainRecord().id)!;
}

/** Test accuracy of a model's own weights on its own dataset, computed by the engine directly. */
function testAccuracyOf(model: NetloomModel): number {
  const { network, dataset } = setUpTraining(model, planTraining(model.training));
  return network.score(dataset.test.x, dataset.test.y, dataset.test.count).accuracy;
}

describe('the main run', () => {
  it('trains the graph for its epochs, and the document’s weights reproduce the accuracy shown', () => {
    controller.train();
    workers.pump();
    const run = mainRecord();
    expect(run.status).toBe('done');
    expect(run.denseIds).toEqual(['dense1', 'dense2']);
    expect(run.loss.at(-1)!.loss).toBeLessThan(run.loss[0]!.loss / 2);
    const stats = mainStats();
    expect(stats).toMatchObject({ epoch: 200, targetEpochs: 200, samplesPerSecond: 0 });
    expect(stats.evaluation!.test.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(testAccuracyOf(editor.getModel())).toBe(stats.evaluation!.test.accuracy);
  });

  it('stops when the graph is edited, says why, and trains the edited graph as a new run', () => {
    startLongRun();
    const first = mainRecord();
    runCommand(commands.setNodeParams, 'dense1', { units: 4 });
    workers.pump();
    expect(getRunsState().runs[0]).toMatchObject({ id: first.id, status: 'paused', message: STOP_REASONS.graphEdited });
    editor.setTrainingSettings({ epochs: 5 });
    controller.train();
    workers.pump();
    expect(mainRecord().id).not.toBe(first.id);
    expect(mainRecord().status).toBe('done');
    expect(getRunsState().runs).toHaveLength(2);
    expect(editor.getModel().weights!.dense1!.kernel).toHaveLength(4);
  });

  it('passes hyperparameter changes to the running worker and keeps training', () => {
    startLongRun();
    const run = mainRecord();
    editor.setTrainingSettings({ lr: 0.001, batchSize: 20 });
    expect(workers.latest.received.at(-1)).toEqual({
      type: 'setHyperparameters',
      hyperparameters: { optimizer: 'adam', lr: 0.001, batchSize: 20, l2: 0 },
    });
    workers.pump(2);
    expect(mainRecord()).toMatchObject({ id: run.id, status: 'running' });
  });

  it('stops when the data settings change', () => {
    startLongRun();
    editor.setTrainingSettings({ noise: 0.2 });
    workers.pump();
    expect(mainRecord()).toMatchObject({ status: 'paused', message: STOP_REASONS.dataChanged });
  });

  it('survives a worker crash: the run says so, a new worker replaces it, the next Train continues', () => {
    startLongRun();
    const points = mainRecord().loss.length;
    workers.latest.crash('out of memory');
    const crashed = mainRecord();
    expect(crashed.status).toBe('crashed');
    expect(crashed.message).toMatch(/crashed \(out of memory\)/);
    expect(crashed.loss).toHaveLength(points);
    expect(workers.spawned).toHaveLength(2);
    expect(workers.spawned[0]!.terminated).toBe(true);
    editor.setTrainingSettings({ epochs: 5 });
    controller.train();
    workers.pump();
    expect(mainRecord()).toMatchObject({ status: 'done' });
    expect(mainRecord().id).not.toBe(crashed.id);
  });

  it('reset starts the same run over from the seed’s weights', () => {
    controller.step();
    controller.step();
    const run = mainRecord();
    expect(run.loss).toHaveLength(2);
    controller.reset();
    expect(mainRecord()).toMatchObject({ id: run.id, loss: [], status: 'idle' });
    expect(editor.getModel().weights).toEqual(modelNetwork(xorTemplate()).weights());
  });

  it('reports divergence with the step and a hint, keeps the good points, and starts over on Train', () => {
    resetDocument(deepTemplate('relu'));
    editor.setTrainingSettings({ lr: 1e6 });
    controller.train();
    workers.pump();
    const run = mainRecord();
    expect(run.status).toBe('diverged');
    expect(run.message).toMatch(/^Loss became (NaN|Infinity|\d\.\d\de\+\d+) at step \d+ \(epoch \d+\) — try a lower learning rate$/);
    expect(run.loss.every((point) => Number.isFinite(point.loss))).toBe(true);
    controller.train();
    expect(mainRecord().id).not.toBe(run.id);
  });

  it('sends a run on a file the file’s bytes, and trains on its rows', () => {
    const text = ['x,y,kind', ...Array.from({ length: 40 }, (_, i) => `${i % 2 ? 1 : -1},${(i % 7) / 7},${i % 2 ? 'a' : 'b'}`)].join('\n');
    const data = { file: 'two.csv', sha256: 'c'.repeat(64), target: 'kind', features: ['x', 'y'], columns: { x: 'numeric', y: 'numeric', kind: 'categorical' } } as const;
    resetDocument({ ...xorTemplate(), training: { ...xorTemplate().training, dataset: undefined, data: { ...data, features: [...data.features] }, epochs: 3 } });
    const bytes = new TextEncoder().encode(text).buffer;
    const withFile = new MainRunController({ ...editor, tableFile: (source) => (source.kind === 'table' ? { name: 'two.csv', sha256: data.sha256, bytes: bytes.slice(0) } : undefined) }, workers.spawn);
    withFile.train();
    workers.pump();
    const init = workers.latest.received.find((message) => message.type === 'init')!;
    expect(init.type === 'init' && new TextDecoder().decode(init.table!.bytes)).toBe(text);
    expect(mainRecord()).toMatchObject({ status: 'done' });
    expect(mainStats().evaluation!.test.accuracy).toBeGreaterThanOrEqual(0.9);
    withFile.dispose();
  });
});
