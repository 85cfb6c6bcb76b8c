import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newRunRecord } from '../training/runRecord.ts';
import { deepTemplate, loadModel, TEMPLATES, xorTemplate, type NetloomModel } from '../../model/index.ts';
import { InProcessWorker, TaskQueue } from '../training/inProcessWorker.testkit.ts';
import { launchRun } from '../training/runs.ts';
import { getRunsState, resetRunsState } from '../training/runsStore.ts';
import type { RunRecord } from '../training/runTypes.ts';
import { FIXES, fixesBase, fixRuns, gradientRatio, gradientVerdict, hiddenActivation, RECENT_POINTS, verdictLabel, type Fix } from './fixesExperiment.ts';

const types = (model: NetloomModel) => model.nodes.map((node) => node.type);
const count = (model: NetloomModel, type: string) => types(model).filter((t) => t === type).length;
const deepSigmoid = () => TEMPLATES.find((template) => template.id === 'deep-sigmoid')!.create();

describe('fixRuns', () => {
  it('builds the five networks from the Deep sigmoid template, each described by its fix and data, its lines labelled by the fix', () => {
    const runs = fixRuns(deepSigmoid());
    expect(runs.map((run) => run.fix)).toEqual([...FIXES]);
    expect(runs.map((run) => run.description)).toEqual([
      'Sigmoid, as is 10 × 16 · Circle',
      'ReLU + He init 10 × 16 · Circle',
      'Sigmoid + LayerNorm 10 × 16 · Circle',
      'Sigmoid + BatchNorm 10 × 16 · Circle',
      'Sigmoid + residual skips 10 × 16 · Circle',
    ]);
    expect(runs.map((run) => run.kind)).toEqual(['as is', 'ReLU + He', 'LayerNorm', 'BatchNorm', 'residual']);
    for (const run of runs) {
      expect(loadModel(run.model).ok).toBe(true);
      expect(run.model.training).toEqual(runs[0]!.model.training);
    }
  });

  it('applies each fix, and only it, to the network as it is', () => {
    const [asIs, reluHe, layerNorm, batchNorm, residual] = fixRuns(deepSigmoid()).map((run) => run.model);
    expect(asIs!.nodes).toEqual(deepSigmoid().nodes);
    expect(asIs!.edges).toEqual(deepSigmoid().edges);
    const hidden = (model: NetloomModel) => model.nodes.filter((node) => node.type === 'dense').slice(0, -1);
    expect(hidden(reluHe!).every((node) => node.type === 'dense' && node.params.init === 'he_normal')).toBe(true);
    expect(reluHe!.nodes.flatMap((node) => (node.type === 'activation' ? [node.params.fn] : []))).toEqual([...Array(10).fill('relu'), 'sigmoid']);
    expect([count(layerNorm!, 'layer_norm'), count(batchNorm!, 'batch_norm'), count(residual!, 'add')]).toEqual([10, 10, 9]);
    expect(types(residual!).filter((type) => type !== 'add')).toEqual(types(asIs!));
  });

  it('follows the current deep network’s shape and activation, and falls back to 10 × 16 sigmoid for a shallow one', () => {
    expect(fixRuns(deepTemplate('tanh', 6, 12))[0]!.description).toBe('Tanh, as is 6 × 12 · Circle');
    expect(fixesBase(deepTemplate('tanh', 6, 12))).toEqual({ depth: 6, width: 12, fn: 'tanh', fromGraph: true });
    expect(fixRuns(xorTemplate())[0]!.description).toMatch(/^Sigmoid, as is 10 × 16 · /);
    expect(fixesBase(xorTemplate())).toEqual({ depth: 10, width: 16, fn: 'sigmoid', fromGraph: false });
    expect(hiddenActivation(xorTemplate())).toBe('sigmoid');
    expect(fixRuns(deepTemplate('tanh', 6, 12))[4]!.lastHiddenDenseId).toBe('dense6');
  });

  it('keeps the current seed and a dataset the networks fit', () => {
    const current = deepSigmoid();
    current.training = { ...current.training, seed: 9, dataset: 'moons' };
    expect(fixRuns(current)[3]!.model.training).toMatchObject({ seed: 9, dataset: 'moons', optimizer: 'sgd', lr: 0.1 });
  });
});

/** A run record with the given norms per recorded point, dense layers a, b, c. */
function record(norms: number[][]): RunRecord {
  return {
    ...newRunRecord('r', 'r', '#000'),
    status: 'running',
    denseIds: ['a', 'b', 'c'],
    activations: [],
    probes: [],
    loss: [],
    gradients: norms.map((n, i) => ({ step: i + 1, norms: n })),
  };
}

describe('gradientRatio', () => {
  const layers = { firstDenseId: 'a', lastHiddenDenseId: 'b' };

  it('divides the first by the last hidden layer’s norm: at the first point, and the median of the recent ones', () => {
    const points = Array.from({ length: 30 }, (_, i) => [i + 1, 10, 99]);
    // Ratios 0.1 … 3.0; the last 20 are 1.1 … 3.0, whose median (upper of the middle two) is 2.1.
    expect(gradientRatio(record(points), layers)).toEqual({ initial: 0.1, recent: expect.closeTo(2.1, 12) });
    expect(RECENT_POINTS).toBe(20);
  });

  it('skips points where the ratio is not a number, and knows nothing before the first point or without the layers', () => {
    expect(gradientRatio(record([[1, 0, 1], [2, 4, 1]]), layers)).toEqual({ initial: 0.5, recent: 0.5 });
    expect(gradientRatio(record([]), layers)).toEqual({ initial: null, recent: null });
    expect(gradientRatio(record([[1, 2, 3]]), { firstDenseId: 'a', lastHiddenDenseId: 'z' })).toEqual({ initial: null, recent: null });
  });
});

describe('gradientVerdict', () => {
  it('restores at the app’s own vanishing threshold, softens at 10× the network as it is, else still vanishes', () => {
    expect(gradientVerdict(1e-3, 1e-6, 'relu_he')).toBe('restored');
    expect(gradientVerdict(2e-4, 1e-6, 'layer_norm')).toBe('softened');
    expect(gradientVerdict(5e-6, 1e-6, 'layer_norm')).toBe('vanishing');
    expect(gradientVerdict(2e-4, null, 'layer_norm')).toBe('vanishing');
    expect(gradientVerdict(1e-6, 1e-6, 'as_is')).toBe('vanishing');
  });

  it('says it of the network as it is without a "still"', () => {
    expect(verdictLabel('vanishing', 'as_is')).toBe('Gradient vanishes');
    expect(verdictLabel('vanishing', 'layer_norm')).toBe('Gradient still vanishes');
    expect(verdictLabel('softened', 'layer_norm')).toBe('Only softens the problem');
    expect(verdictLabel('restored', 'batch_norm')).toBe('Restores the gradient');
  });
});

describe('Compare fixes on the Deep sigmoid template, trained by the real engine behind the worker protocol', () => {
  const queue = new TaskQueue();

  beforeEach(() => {
    resetRunsState();
    vi.stubGlobal(
      'Worker',
      class extends InProcessWorker {
        constructor() {
          super(queue);
        }
      },
    );
  });

  afterEach(() => vi.unstubAllGlobals());

  it('restores the gradient with ReLU + He, BatchNorm and residual skips; LayerNorm only softens it', () => {
    const runs = fixRuns(deepSigmoid());
    // Two epochs: 26 steps, past the 20 points the recent ratio is the median of.
    const ids = runs.map((run) => launchRun({ ...run.model, training: { ...run.model.training, epochs: 2 } }, run));
    queue.pump();
    const records = ids.map((id) => getRunsState().runs.find((run) => run.id === id)!);
    expect(records.every((run) => run.status === 'done')).toBe(true);
    // Each run in a colour of its own, its lines labelled with its number and fix.
    expect(new Set(records.map((run) => run.color)).size).toBe(5);
    expect(records.map((run) => run.label)).toEqual(ids.map((id, i) => `#${id.slice('run-'.length)} ${runs[i]!.kind}`));
    const ratios = runs.map((run, i) => gradientRatio(records[i]!, run).recent!);
    const verdicts = Object.fromEntries(runs.map((run, i) => [run.fix, gradientVerdict(ratios[i]!, ratios[0]!, run.fix)])) as Record<Fix, string>;
    expect(verdicts).toEqual({ as_is: 'vanishing', relu_he: 'restored', layer_norm: 'softened', batch_norm: 'restored', residual: 'restored' });
    expect(ratios[0]).toBeLessThan(1e-5);
  });
});
