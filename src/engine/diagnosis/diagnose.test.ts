import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActivationFn, NetloomModel } from '../../model/index.ts';
import { diagnose } from './diagnose.ts';
import { fromEpochLines, type EpochLine, type MetricSample, type MetricSeries } from './series.ts';
import { readStall } from './stall.ts';

/** A fixture recorded by `fixtures/record.ts` from a real CLI run, as the rules read it. */
function recorded(name: string): MetricSeries {
  const { model, lines } = JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as {
    model: NetloomModel;
    lines: EpochLine[];
  };
  const fns = Object.fromEntries(model.nodes.flatMap((node) => (node.type === 'activation' ? [[node.id, node.params.fn as ActivationFn]] : [])));
  return fromEpochLines(lines, { lr: model.training!.lr!, fns });
}

describe('diagnose, on series recorded from CLI runs', () => {
  it('finds dead ReLUs after SGD at lr 3, and offers a tenth of the rate or leaky ReLU', () => {
    const finding = diagnose(recorded('dead-relu'))!;
    expect(finding.cause).toBe('dead_units');
    expect(finding.sentence).toMatch(/^\d+ % of the ReLU units of act\d are dead/);
    expect(finding.evidence).toEqual(['act1: 78 % dead', 'act2: 94 % dead', 'act3: 100 % dead']);
    expect(finding.fixes.map((fix) => fix.fix)).toEqual([
      { kind: 'setLearningRate', lr: 0.3 },
      { kind: 'setActivations', from: ['relu'], to: 'leaky_relu' },
    ]);
  });

  it('finds nothing wrong with the same network at lr 0.01, which learns', () => {
    expect(diagnose(recorded('healthy-relu'))).toBeNull();
  });

  it('finds the vanishing gradient of a deep sigmoid network, and offers ReLU', () => {
    const finding = diagnose(recorded('deep-sigmoid'))!;
    expect(finding.cause).toBe('vanishing_gradient');
    expect(finding.evidence.at(-1)).toMatch(/^first \/ last: \d\.\de-\d+$/);
    expect(finding.fixes[0]!.fix).toEqual({ kind: 'setActivations', from: ['sigmoid', 'tanh'], to: 'relu' });
  });

  it('finds saturated tanh layers (before the vanishing gradient they cause), and offers a smaller rate', () => {
    const finding = diagnose(recorded('saturated-tanh'))!;
    expect(finding.cause).toBe('saturation');
    expect(finding.sentence).toMatch(/^act\d \(tanh\) is saturated: \d+ % of its outputs/);
    expect(finding.fixes[0]!.fix).toEqual({ kind: 'setLearningRate', lr: 0.5 });
  });

  it('finds a learning rate far too small, and offers one that moves the weights by ~1e-3 a step', () => {
    const finding = diagnose(recorded('tiny-learning-rate'))!;
    expect(finding.cause).toBe('update_ratio_low');
    const fix = finding.fixes[0]!.fix;
    if (fix.kind !== 'setLearningRate') throw new Error('expected a learning rate');
    expect(fix.lr).toBeGreaterThan(0.001);
    expect(fix.lr).toBeLessThan(0.1);
  });

  it('finds a learning rate far too large, and offers a smaller one', () => {
    const finding = diagnose(recorded('huge-learning-rate'))!;
    expect(finding.cause).toBe('update_ratio_high');
    const fix = finding.fixes[0]!.fix;
    if (fix.kind !== 'setLearningRate') throw new Error('expected a learning rate');
    expect(fix.lr).toBeLessThan(0.05);
  });

  it('finds a network too small for the spiral, with healthy gradients, and offers more units', () => {
    const finding = diagnose(recorded('small-spiral'))!;
    expect(finding.cause).toBe('underfitting');
    expect(finding.sentence).toContain('at 67 % training accuracy');
    expect(finding.evidence).toEqual(['train accuracy: 67 %', expect.stringMatching(/^loss fell \d+ % over the second half/), expect.stringMatching(/^first \/ last layer gradient: \d\.\de-?\d+$/)]);
    expect(finding.fixes[0]!.fix).toEqual({ kind: 'widenLayers', factor: 2 });
  });
});

describe('diagnose, on series made up for the edge cases', () => {
  const stats = { mean: 0.5, std: 0.2, saturated: 0, dead: null };
  const sample = (step: number, loss: number, accuracy: number | null, overrides: Partial<MetricSample> = {}): MetricSample => ({
    step,
    loss,
    accuracy,
    gradNorms: [0.1, 0.1],
    updateRatios: [1e-3, 1e-3],
    activationStats: [stats],
    ...overrides,
  });
  const series = (samples: MetricSample[]): MetricSeries => ({ task: 'classification', lr: 0.1, activations: [{ id: 'act1', fn: 'tanh' }], samples });
  const flat = (count: number, accuracy = 0.6) => Array.from({ length: count }, (_, i) => sample(10 * (i + 1), 0.65, accuracy));

  it('says nothing before there is a stretch to judge', () => {
    expect(diagnose(series([]))).toBeNull();
    expect(diagnose(series(flat(5)))).toBeNull();
    expect(diagnose(series(flat(6)))?.cause).toBe('underfitting');
  });

  it('calls a run stalled only short of the goal: a flat loss at 96 % accuracy is done, not stuck', () => {
    expect(readStall(series(flat(8, 0.96))).stalled).toBe(false);
    expect(diagnose(series(flat(8, 0.96)))).toBeNull();
  });

  it('does not call a run stalled while its loss falls or its accuracy climbs', () => {
    const falling = Array.from({ length: 10 }, (_, i) => sample(10 * (i + 1), 1 / (i + 1), 0.5 + 0.04 * i));
    expect(readStall(series(falling))).toMatchObject({ stalled: false });
    expect(diagnose(series(falling))).toBeNull();
  });

  it('calls a jumping loss with an accuracy that does not move stalled', () => {
    const jumping = Array.from({ length: 10 }, (_, i) => sample(10 * (i + 1), i % 2 === 0 ? 3 : 0.7, 0.5));
    expect(readStall(series(jumping))).toMatchObject({ stalled: true, accuracyGain: 0 });
  });

  it('reads the recent quarter of the run, so an old problem that went away is not reported', () => {
    const vanishedEarly = flat(12).map((s, i) => (i < 6 ? { ...s, gradNorms: [1e-6, 0.1] } : s));
    expect(diagnose(series(vanishedEarly))?.cause).toBe('underfitting');
    const vanishingNow = flat(12).map((s, i) => (i >= 9 ? { ...s, gradNorms: [1e-6, 0.1] } : s));
    expect(diagnose(series(vanishingNow))?.cause).toBe('vanishing_gradient');
  });

  it('reports dead units even in a run that still learns (going wrong), but not saturation there', () => {
    const learning = Array.from({ length: 10 }, (_, i) => sample(10 * (i + 1), 1 / (i + 1), 0.5 + 0.04 * i));
    const dying = learning.map((s) => ({ ...s, activationStats: [{ ...stats, dead: 0.6 }] }));
    const relu = { ...series(dying), activations: [{ id: 'act1', fn: 'relu' as const }] };
    expect(diagnose(relu)?.cause).toBe('dead_units');
    const saturated = learning.map((s) => ({ ...s, activationStats: [{ ...stats, saturated: 0.9 }] }));
    expect(diagnose(series(saturated))).toBeNull();
  });

  it('leaves a sigmoid head out of saturation: it is the prediction, not a hidden layer', () => {
    const head = { ...series(flat(8).map((s) => ({ ...s, activationStats: [stats, { ...stats, saturated: 0.9 }] }))) };
    head.activations = [{ id: 'act1', fn: 'tanh' }, { id: 'act2', fn: 'sigmoid' }];
    expect(diagnose(head)?.cause).toBe('underfitting');
  });
});
