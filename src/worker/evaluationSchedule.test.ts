import { describe, expect, it } from 'vitest';
import { EVALUATION_SHARE, evaluationEveryEpochs, isEvaluationStep } from './evaluationSchedule.ts';

describe('the evaluation schedule', () => {
  it('evaluates every k-th epoch, k the smallest that keeps evaluating within its share of the work', () => {
    expect([0.5, 0.8, 0.2, 0.95].map(evaluationEveryEpochs)).toEqual([7, 4, 20, 3]);
    for (const fraction of [0.05, 0.2, 0.5, 0.8, 0.95]) {
      const every = evaluationEveryEpochs(fraction);
      // Both splits once and the test split again (the prediction views), against 3 passes per training sample.
      const share = (k: number) => (2 - fraction) / (3 * fraction * k);
      expect(share(every)).toBeLessThanOrEqual(EVALUATION_SHARE + 1e-12);
      if (every > 1) expect(share(every - 1)).toBeGreaterThan(EVALUATION_SHARE);
    }
  });

  it('falls on the steps that end those epochs, and on no other', () => {
    expect([1, 2, 3, 4, 5, 10].map((epoch) => isEvaluationStep(true, epoch, 5))).toEqual([false, false, false, false, true, true]);
    expect(isEvaluationStep(false, 5, 5)).toBe(false);
  });
});
