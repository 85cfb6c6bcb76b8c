import { jsBackend } from '../kernels/index.ts';
import { describe, expect, it } from 'vitest';
import { LayerNormOp } from './layerNorm.ts';
import { freshContext, normalValues, opGradientError } from './opGradientCheck.testkit.ts';

const WIDTH = 5;
const ROWS = 3;

function layerNorm(epsilon = 0.001): LayerNormOp {
  const op = new LayerNormOp('ln', WIDTH, epsilon, jsBackend('float64'));
  op.tensors[0]!.value.set(normalValues(WIDTH, 1).map((v) => 1 + 0.3 * v));
  op.tensors[1]!.value.set(normalValues(WIDTH, 2));
  return op;
}

describe('LayerNormOp', () => {
  it('backward matches central differences: gamma, beta and the input through each row’s statistics', () => {
    const x = normalValues(ROWS * WIDTH, 3).map((v, i) => 3 * v + (i % 4));
    const { error, norm } = opGradientError(layerNorm(), x, ROWS * WIDTH, freshContext(true, ROWS));
    expect(norm).toBeGreaterThan(1e-2);
    expect(error).toBeLessThan(1e-7);
  });

  it('normalises each row over its features with the biased variance, the same in training and inference', () => {
    const op = layerNorm(0.01);
    const x = normalValues(ROWS * WIDTH, 4);
    const training = new Float64Array(ROWS * WIDTH);
    const inference = new Float64Array(ROWS * WIDTH);
    op.forward([x], training, freshContext(true, ROWS)());
    op.forward([x], inference, freshContext(false, ROWS)());
    expect(inference).toEqual(training);
    const [gamma, beta] = [op.tensors[0]!.value, op.tensors[1]!.value];
    for (let r = 0; r < ROWS; r++) {
      const row = Array.from(x.subarray(r * WIDTH, (r + 1) * WIDTH));
      const mean = row.reduce((a, b) => a + b) / WIDTH;
      const variance = row.reduce((sum, v) => sum + (v - mean) ** 2, 0) / WIDTH;
      row.forEach((v, j) => expect(training[r * WIDTH + j]).toBeCloseTo((gamma[j]! * (v - mean)) / Math.sqrt(variance + 0.01) + beta[j]!, 12));
    }
  });

  it('gives a row of equal values beta, not NaN (epsilon keeps the division finite)', () => {
    const op = layerNorm();
    const y = new Float64Array(WIDTH);
    op.forward([new Float64Array(WIDTH).fill(3)], y, freshContext(false, 1)());
    expect(Array.from(y)).toEqual(Array.from(op.tensors[1]!.value));
  });
});
