import { describe, expect, it } from 'vitest';
import { builtinTable } from '../engine/datasets/builtin/builtinTables.testkit.ts';
import { deepTemplate, penguinsTemplate, xorTemplate } from '../model/index.ts';
import { BOUNDARY_RESOLUTION } from './decisionBoundary.ts';
import { createEngineSession, probeInterval, reportedSpeed } from './engineSession.ts';
import { initFor } from './initMessage.testkit.ts';
import { storedWeights, TrainingDivergedError } from '../engine/index.ts';
import type { TrainingSession } from './loopContracts.ts';

const weightsOf = (session: TrainingSession) => storedWeights(session.weightSnapshot());

describe('the engine-backed session', () => {
  it('trains the XOR template to a high test accuracy', () => {
    const session = createEngineSession(initFor(xorTemplate()));
    expect(session.denseIds).toEqual(['dense1', 'dense2']);
    while (session.completedEpochs < 100) session.step();
    expect(session.evaluate('test').accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('runs on the kernels the init message asks for: js and wasm train the same within float32 rounding', () => {
    const losses = (kernels: 'js' | 'wasm') => {
      const session = createEngineSession({ ...initFor(xorTemplate()), kernels });
      return Array.from({ length: 30 }, () => session.step().loss);
    };
    const js = losses('js');
    const wasm = losses('wasm');
    wasm.forEach((loss, i) => expect(loss).toBeCloseTo(js[i]!, 5));
    // Not bit for bit: JavaScript sums in float64, WebAssembly in float32, so the option was obeyed.
    expect(wasm).not.toEqual(js);
  });

  it('draws the decision boundary over every point, with one class label per point', () => {
    const snapshot = createEngineSession(initFor(xorTemplate())).boundary()!;
    expect(snapshot.values).toHaveLength(BOUNDARY_RESOLUTION ** 2);
    expect(snapshot.values.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(snapshot.classes).toBe(2);
    for (const split of [snapshot.train, snapshot.test]) {
      expect(split.xy).toHaveLength(2 * split.labels.length);
      expect(new Set(split.labels)).toEqual(new Set([0, 1]));
      expect(split.xy.every((v) => v > snapshot.extent.xMin && v < snapshot.extent.xMax)).toBe(true);
    }
  });

  it('reset brings back the initial weights, not the model’s trained ones', () => {
    const fresh = weightsOf(createEngineSession(initFor(xorTemplate())));
    const trained = { ...xorTemplate(), weights: fresh };
    const session = createEngineSession(initFor(trained));
    for (let i = 0; i < 20; i++) session.step();
    expect(weightsOf(session)).not.toEqual(fresh);
    session.reset();
    expect(weightsOf(session)).toEqual(fresh);
    expect(session.completedEpochs).toBe(0);
  });

  it('continues from weights the model brings', () => {
    const weights = { dense1: { kernel: Array.from({ length: 8 }, () => [0.5, -0.5]), bias: new Array(8).fill(0.25) } };
    const session = createEngineSession(initFor({ ...xorTemplate(), weights }));
    expect(weightsOf(session).dense1).toEqual(weights.dense1);
  });

  it('stops on a NaN loss with TrainingDivergedError', () => {
    // Deep ReLU with plain SGD overflows within a few steps at this rate.
    const session = createEngineSession(initFor(deepTemplate('relu'), { lr: 1e6 }));
    expect(() => {
      for (let i = 0; i < 100; i++) session.step();
    }).toThrow(TrainingDivergedError);
  });

  it('refuses a graph that does not compile, in the compiler’s words', () => {
    const broken = { ...xorTemplate(), edges: xorTemplate().edges.slice(1) };
    expect(() => createEngineSession(initFor(broken))).toThrow(/input/i);
  });

  it('reports the probe’s statistics of the steps since the last report, none when they are off', () => {
    const session = createEngineSession(initFor(xorTemplate()));
    expect(session.activations).toEqual([{ id: 'act1', fn: 'tanh' }, { id: 'act2', fn: 'sigmoid' }]);
    expect(session.probeReport()).toBeNull();
    for (let i = 0; i < 20; i++) session.step();
    const report = session.probeReport()!;
    expect(report.sampledSteps).toBe(20); // every step, until a report tells the speed
    expect(report.updateRatios).toHaveLength(2);
    session.setStatistics(false);
    for (let i = 0; i < 20; i++) session.step();
    expect(session.probeReport()).toBeNull();
  });

  it('shows a dense node’s tensors and an activation’s output histogram to the inspector', () => {
    const session = createEngineSession(initFor(xorTemplate()));
    session.step();
    const dense = session.inspect('dense1');
    expect(dense).toMatchObject({ kind: 'dense', nodeId: 'dense1', step: 1, units: 8, inputs: 2 });
    if (dense?.kind !== 'dense') throw new Error('expected a dense inspection');
    expect(Array.from(dense.kernel)).toEqual((weightsOf(session).dense1!.kernel as number[][]).flat().map(Math.fround));
    const activation = session.inspect('act1');
    if (activation?.kind !== 'activation') throw new Error('expected an activation inspection');
    // the first step is sampled: a batch of 10 rows × 8 tanh units
    expect(activation.histogram.counts.reduce((a, b) => a + b)).toBe(80);
    expect(session.inspect('input')).toBeNull();
    expect(session.inspect('nope')).toBeNull();
  });

  it('samples the statistics about 50 times a second, however fast the network trains', () => {
    expect(probeInterval(6000)).toBe(120);
    expect(probeInterval(1100)).toBe(22);
    expect(probeInterval(10)).toBe(1);
    expect(probeInterval(0)).toBe(1);
    // a paced run's speed is its pace; a pause before a report counts as at most a second
    expect(reportedSpeed(1, 100)).toBe(10);
    expect(reportedSpeed(600, 60_000)).toBe(600);
    // a window of a fraction of a millisecond (a report right after another) says nothing of the speed
    expect(reportedSpeed(91, 0.2)).toBeNull();
    expect(reportedSpeed(3, 49)).toBeNull();
  });

  it('trains on a table the worker has read; its views agree with its evaluation', () => {
    const penguins = builtinTable('penguins');
    const session = createEngineSession(initFor(penguinsTemplate()), () => penguins);
    expect(session.boundary()).toBeNull();
    while (session.completedEpochs < 5) session.step();
    const { confusion, regression, digits } = session.predictions();
    expect(confusion!.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    const right = [0, 4, 8].reduce((sum, cell) => sum + confusion!.counts[cell]!, 0);
    expect(right / confusion!.total).toBe(session.evaluate('test').accuracy);
    expect(regression).toBeNull();
    expect(digits).toBeNull();
  });

  it('says why a table could not be read, when the run is set up', () => {
    const init = initFor(penguinsTemplate());
    expect(() =>
      createEngineSession(init, () => {
        throw new Error('could not load the penguins dataset: 404 Not Found');
      }),
    ).toThrow('could not load the penguins dataset: 404 Not Found');
  });
});
