import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modelNetwork, planTraining, setUpTraining } from '../../engine/index.ts';
import { deepTemplate, layerStack, loadModel, ownValue, xorTemplate, type NetloomModel } from '../../model/index.ts';
import { prototypeNamedGraph, prototypeState } from '../../model/prototypeNames.testkit.ts';
import * as commands from '../store/commands.ts';
import { resetDocument, runCommand } from '../store/documentStore.ts';
import * as editor from '../store/index.ts';
import { fakeHeartbeat } from './heartbeat.testkit.ts';
import { InProcessWorkers } from './inProcessWorker.testkit.ts';
import { MainRunController, STOP_REASONS } from './mainRun.ts';
import { getRunsState, resetRunsState } from './runsStore.ts';

let workers: InProcessWorkers;
let controller: MainRunController;
let heartbeat: ReturnType<typeof fakeHeartbeat>;

beforeEach(() => {
  resetRunsState();
  resetDocument(xorTemplate());
  workers = new InProcessWorkers();
  heartbeat = fakeHeartbeat();
  controller = new MainRunController(editor, workers.spawn, heartbeat.heartbeat);
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
    expect(getRunsState().runs[0]).toMatchObject({ id: first.id, status: 'paused', message: STOP_REASONS.graph });
    editor.setTrainingSettings({ epochs: 5 });
    controller.train();
    workers.pump();
    expect(mainRecord().id).not.toBe(first.id);
    expect(mainRecord().status).toBe('done');
    expect(getRunsState().runs).toHaveLength(2);
    expect(editor.getModel().weights!.dense1!.kernel).toHaveLength(4);
  });

  it('names each run from the graph, its data and what changed since the run before, each in its own colour', () => {
    editor.setTrainingSettings({ epochs: 1 });
    controller.train();
    workers.pump();
    runCommand(commands.setNodeParams, 'act1', { fn: 'relu' });
    editor.setTrainingSettings({ lr: 0.1 });
    controller.train();
    workers.pump();
    editor.setTrainingSettings({ dataset: 'circle' });
    controller.train();
    workers.pump();
    const runs = getRunsState().runs;
    expect(runs.map((run) => run.name.replace(/^#\d+ /, ''))).toEqual([
      'xor · XOR',
      'xor · XOR · act1 fn=relu · lr 0.1',
      'xor · Circle',
    ]);
    expect(runs.map((run) => run.label)).toEqual(runs.map((run) => run.name.split(' ')[0]));
    expect(new Set(runs.map((run) => run.color)).size).toBe(3);
  });

  it('marks the charts stale when the graph changes after a finished run, and lets go of the run for a new graph', async () => {
    editor.setTrainingSettings({ epochs: 1 });
    controller.train();
    workers.pump();
    expect(getRunsState().mainRunStale).toBeUndefined();
    runCommand(commands.setNodeParams, 'dense1', { units: 4 });
    expect(getRunsState().mainRunStale).toBe('graph');
    const run = mainRecord();
    await editor.loadTemplate('spiral');
    expect(getRunsState()).toMatchObject({ mainRunId: undefined, mainRunStale: undefined });
    expect(getRunsState().runs.map((record) => record.id)).toEqual([run.id]);
  });

  it('after a change of data, trains from the initial weights, as a fresh start on that data does', () => {
    editor.setTrainingSettings({ epochs: 3 });
    controller.train();
    workers.pump();
    editor.setTrainingSettings({ dataset: 'circle' });
    expect(getRunsState().mainRunStale).toBe('data');
    controller.train();
    workers.pump();
    const afterXor = mainStats().evaluation!.test.accuracy;

    controller.dispose();
    resetRunsState();
    resetDocument({ ...xorTemplate(), training: { ...xorTemplate().training, epochs: 3, dataset: 'circle' } });
    controller = new MainRunController(editor, workers.spawn);
    controller.train();
    workers.pump();
    expect(mainStats().evaluation!.test.accuracy).toBe(afterXor);
  });

  it('applies a new Epochs setting to the next Train after a finished run, and to Reset', () => {
    editor.setTrainingSettings({ epochs: 2 });
    controller.train();
    workers.pump();
    expect(mainStats()).toMatchObject({ epoch: 2, targetEpochs: 2 });
    editor.setTrainingSettings({ epochs: 5 });
    controller.train();
    workers.pump();
    expect(mainStats()).toMatchObject({ epoch: 5, targetEpochs: 5 });
    editor.setTrainingSettings({ epochs: 7 });
    controller.reset();
    workers.pump();
    expect(mainStats()).toMatchObject({ epoch: 0, targetEpochs: 7 });
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
    expect(mainRecord()).toMatchObject({ status: 'paused', message: STOP_REASONS.data });
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

  it('notices a worker that died without a word (issue 15 item 16): the run says so, keeps its weights, and Train goes on', () => {
    startLongRun();
    workers.pump(600);
    controller.breakWorkerForTesting('kill');
    workers.pump();
    expect(mainRecord().status).toBe('running');
    heartbeat.advance(10_000);
    const crashed = mainRecord();
    expect(crashed.status).toBe('crashed');
    expect(crashed.message).toMatch(/crashed \(it stopped answering for 10 s\)/);
    // The weights it had sent before it died are in the document.
    expect(Object.keys(editor.getModel().weights!)).toEqual(['dense1', 'dense2']);
    expect(workers.spawned).toHaveLength(2);
    editor.setTrainingSettings({ epochs: 5 });
    controller.train();
    workers.pump();
    expect(mainRecord()).toMatchObject({ status: 'done' });
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

  it('holds the weights back while it trains and writes them when it pauses, or before an export', () => {
    startLongRun();
    const untrained = editor.getModel();
    // Past the worker's 5 s (fake) between two copies of the weights.
    workers.pump(600);
    expect(mainRecord().status).toBe('running');
    expect(editor.getModel()).toBe(untrained);
    editor.writePendingWeights();
    const exported = editor.getModel().weights!;
    expect(Object.keys(exported)).toEqual(['dense1', 'dense2']);
    controller.pause();
    workers.pump();
    expect(mainRecord().status).toBe('paused');
    expect(editor.getModel().weights).not.toEqual(exported);
    expect(testAccuracyOf(editor.getModel())).toBe(mainStats().evaluation!.test.accuracy);
  });

  it('the issue’s example: a regression model at SGD lr 1e20 stops at the second step and keeps the first step’s finite weights (issue 15 item 1)', () => {
    const regression = layerStack(2, [{ units: 8, fn: 'tanh' }, { units: 1 }], 'mse', {
      training: { dataset: 'regression', optimizer: 'sgd', lr: 1e20, batchSize: 10 },
    });
    resetDocument(regression);
    controller.step();
    workers.pump();
    const afterFirst = editor.getModel().weights;
    expect(afterFirst).toBeDefined();
    controller.step();
    workers.pump();
    const run = mainRecord();
    expect(run.status).toBe('diverged');
    expect(run.message).toMatch(/^Weights became (NaN|-?Infinity) at step 2 \(epoch 1\) — try a lower learning rate$/);
    expect(editor.getModel().weights).toEqual(afterFirst);
    const values = Object.values(editor.getModel().weights!).flatMap((tensors) => Object.values(tensors).flat(2));
    expect(values.every(Number.isFinite)).toBe(true);
  });

  it('Reset after a run that cannot go on starts a new run and writes the seed’s weights', () => {
    resetDocument(deepTemplate('relu'));
    editor.setTrainingSettings({ lr: 1e6 });
    controller.train();
    workers.pump();
    expect(mainRecord().status).toBe('diverged');
    controller.reset();
    workers.pump();
    expect(mainRecord().status).toBe('idle');
    expect(editor.getModel().weights).toEqual(modelNetwork({ ...deepTemplate('relu'), training: editor.getModel().training }).weights());
  });

  it('trains a graph whose ids are names of Object.prototype: messages both ways carry them (issue 15 item 5)', () => {
    const before = prototypeState();
    const loaded = loadModel(prototypeNamedGraph());
    if (!loaded.ok) throw new Error('the model does not load');
    resetDocument(loaded.model);
    const given = ownValue(loaded.model.weights, '__proto__');
    controller.train();
    workers.pump();
    const run = mainRecord();
    expect(run.status).toBe('done');
    expect(run.denseIds).toEqual(['__proto__', 'propertyIsEnumerable', 'constructor']);
    const weights = editor.getModel().weights!;
    expect(Object.keys(weights)).toEqual(['__proto__', 'propertyIsEnumerable', 'constructor']);
    expect(ownValue(weights, '__proto__')!.kernel).toHaveLength(4);
    expect(ownValue(weights, '__proto__')).not.toEqual(given);
    expect(testAccuracyOf(editor.getModel())).toBe(mainStats().evaluation!.test.accuracy);
    expect(prototypeState()).toEqual(before);
  });

  it('reports divergence with the step and a hint, keeps the good points, and starts over on Train', () => {
    resetDocument(deepTemplate('relu'));
    editor.setTrainingSettings({ lr: 1e6 });
    controller.train();
    workers.pump();
    const run = mainRecord();
    expect(run.status).toBe('diverged');
    expect(run.message).toMatch(/^(Loss|Weights) became (NaN|-?Infinity|\d\.\d\de\+\d+) at step \d+ \(epoch \d+\) — try a lower learning rate$/);
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
