import { describe, expect, it } from 'vitest';
import { FULL_RESOLUTION_STEPS, MetricsRecorder, strideAt } from './metricsRecorder.ts';

const norms = (...values: number[]) => Float64Array.from(values);

describe('strideAt', () => {
  it('keeps every step up to the full-resolution limit, then doubles with each doubling of the run', () => {
    expect(strideAt(1)).toBe(1);
    expect(strideAt(FULL_RESOLUTION_STEPS)).toBe(1);
    expect(strideAt(FULL_RESOLUTION_STEPS + 1)).toBe(2);
    expect(strideAt(2 * FULL_RESOLUTION_STEPS)).toBe(4);
    expect(strideAt(1_000_000)).toBe(512);
  });
});

describe('MetricsRecorder', () => {
  it('records one point per step at full resolution, with train accuracy unknown between evaluations', () => {
    const recorder = new MetricsRecorder(2);
    recorder.record(1, 0.5, 0.8, norms(1, 2));
    recorder.record(2, 1, 0.6, norms(3, 4));
    expect(recorder.drain()).toEqual({
      points: [
        { step: 1, epoch: 0.5, loss: 0.8, accuracy: null },
        { step: 2, epoch: 1, loss: 0.6, accuracy: null },
      ],
      gradients: [
        { step: 1, norms: [1, 2] },
        { step: 2, norms: [3, 4] },
      ],
      probes: [],
    });
    expect(recorder.drain()).toEqual({ points: [], gradients: [], probes: [] });
  });

  it('averages the steps a decimated point stands for', () => {
    const recorder = new MetricsRecorder(1);
    const first = FULL_RESOLUTION_STEPS + 1;
    recorder.record(first, 10, 1, norms(2));
    expect(recorder.drain().points).toEqual([]);
    recorder.record(first + 1, 10, 3, norms(4));
    expect(recorder.drain()).toEqual({
      points: [{ step: first + 1, epoch: 10, loss: 2, accuracy: null }],
      gradients: [{ step: first + 1, norms: [3] }],
      probes: [],
    });
  });

  it('puts an evaluation on the point of the step it followed', () => {
    const recorder = new MetricsRecorder(1);
    recorder.record(1, 1, 0.6, norms(1));
    recorder.attachEvaluation(evaluationAt(1));
    recorder.record(2, 2, 0.4, norms(1));
    expect(recorder.drain().points).toEqual([
      { step: 1, epoch: 1, loss: 0.6, accuracy: 0.75, testLoss: 0.7, testAccuracy: 0.5 },
      { step: 2, epoch: 2, loss: 0.4, accuracy: null },
    ]);
  });

  it('puts an evaluation taken inside a decimated point on that point', () => {
    const recorder = new MetricsRecorder(1);
    const first = FULL_RESOLUTION_STEPS + 1;
    recorder.record(first, 10, 1, norms(2));
    recorder.attachEvaluation(evaluationAt(first));
    recorder.record(first + 1, 10, 3, norms(4));
    expect(recorder.drain().points).toEqual([{ step: first + 1, epoch: 10, loss: 2, accuracy: 0.75, testLoss: 0.7, testAccuracy: 0.5 }]);
  });

  it('sends a point again with an evaluation taken after the point was sent', () => {
    const recorder = new MetricsRecorder(1);
    recorder.record(1, 1, 0.6, norms(1));
    expect(recorder.drain().points).toHaveLength(1);
    recorder.attachEvaluation(evaluationAt(1));
    expect(recorder.drain().points).toEqual([{ step: 1, epoch: 1, loss: 0.6, accuracy: 0.75, testLoss: 0.7, testAccuracy: 0.5 }]);
  });

  it('ignores an evaluation before the first step (it is in the stats only)', () => {
    const recorder = new MetricsRecorder(1);
    recorder.attachEvaluation(evaluationAt(0));
    expect(recorder.drain().points).toEqual([]);
  });

  it('flushes a partly filled point so the points reach the last step', () => {
    const recorder = new MetricsRecorder(1);
    const first = FULL_RESOLUTION_STEPS + 1;
    recorder.record(first, 10, 1, norms(2));
    recorder.flush();
    expect(recorder.drain()).toEqual({
      points: [{ step: first, epoch: 10, loss: 1, accuracy: null }],
      gradients: [{ step: first, norms: [2] }],
      probes: [],
    });
    recorder.flush();
    expect(recorder.drain().points).toEqual([]);
  });

  it('passes a probe report on as a point at its step, and nothing for no report', () => {
    const recorder = new MetricsRecorder(1);
    const stats = { mean: 0.5, std: 0.1, saturated: 0.2, dead: null };
    const quantiles = { weights: [[1]], gradients: [[2]], activations: [[3]] };
    recorder.recordProbe(7, { sampledSteps: 2, updateRatios: [1e-3], activationStats: [stats], quantiles });
    recorder.recordProbe(8, null);
    expect(recorder.drain().probes).toEqual([{ step: 7, updateRatios: [1e-3], activationStats: [stats], quantiles }]);
  });
});

function evaluationAt(step: number) {
  return { step, train: { loss: 0.5, accuracy: 0.75 }, test: { loss: 0.7, accuracy: 0.5 } };
}
