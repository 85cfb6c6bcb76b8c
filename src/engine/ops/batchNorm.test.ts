import { jsBackend } from '../kernels/index.ts';
import { describe, expect, it } from 'vitest';
import { BatchTooSmallError } from '../batchTooSmall.ts';
import { BatchNormOp } from './batchNorm.ts';
import { freshContext, normalValues, opGradientError } from './opGradientCheck.testkit.ts';

const WIDTH = 3;
const ROWS = 4;

/** A float64 BatchNorm op with random gamma and beta, so the checks do not lean on 1 and 0. */
function batchNorm(momentum = 0.9, epsilon = 0.001): BatchNormOp {
  const op = new BatchNormOp('bn', 'BatchNorm node "bn"', WIDTH, momentum, epsilon, 2, jsBackend('float64'));
  tensor(op, 'gamma').set(normalValues(WIDTH, 1).map((v) => 1 + 0.3 * v));
  tensor(op, 'beta').set(normalValues(WIDTH, 2));
  return op;
}

function tensor(op: BatchNormOp, name: string): Float64Array {
  return op.tensors.find((candidate) => candidate.name === name)!.value as Float64Array;
}

/** Per-feature mean and biased variance of a batch, in float64. */
function batchStatistics(x: Float64Array, rows: number): { mean: number[]; variance: number[] } {
  const mean = Array.from({ length: WIDTH }, (_, j) => {
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += x[r * WIDTH + j]!;
    return sum / rows;
  });
  const variance = mean.map((m, j) => {
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += (x[r * WIDTH + j]! - m) ** 2;
    return sum / rows;
  });
  return { mean, variance };
}

describe('BatchNormOp', () => {
  it('backward matches central differences in training mode: gamma, beta and the input through the batch statistics', () => {
    const op = batchNorm();
    const x = normalValues(ROWS * WIDTH, 3).map((v, i) => v * (1 + (i % WIDTH)) + (i % WIDTH));
    const { error, norm } = opGradientError(op, x, ROWS * WIDTH, freshContext(true, ROWS));
    expect(norm).toBeGreaterThan(1e-2);
    expect(error).toBeLessThan(1e-7);
  });

  it('normalises each feature with the batch mean and biased variance in training', () => {
    const op = batchNorm();
    const x = normalValues(ROWS * WIDTH, 4);
    const y = new Float64Array(ROWS * WIDTH);
    op.forward([x], y, freshContext(true, ROWS)());
    const { mean, variance } = batchStatistics(x, ROWS);
    const gamma = tensor(op, 'gamma');
    const beta = tensor(op, 'beta');
    for (let i = 0; i < x.length; i++) {
      const j = i % WIDTH;
      expect(y[i]).toBeCloseTo((gamma[j]! * (x[i]! - mean[j]!)) / Math.sqrt(variance[j]! + 0.001) + beta[j]!, 12);
    }
  });

  it('in inference, equals the formula with the moving statistics (whatever the batch)', () => {
    const op = batchNorm(0.9, 0.01);
    tensor(op, 'movingMean').set([0.5, -1, 2]);
    tensor(op, 'movingVariance').set([4, 0.25, 1]);
    const x = normalValues(WIDTH, 5);
    const y = new Float64Array(WIDTH);
    op.forward([x], y, freshContext(false, 1)());
    const gamma = tensor(op, 'gamma');
    const beta = tensor(op, 'beta');
    const expected = [0, 1, 2].map((j) => (gamma[j]! * (x[j]! - [0.5, -1, 2][j]!)) / Math.sqrt([4, 0.25, 1][j]! + 0.01) + beta[j]!);
    expect(Array.from(y)).toEqual(expected.map((value) => expect.closeTo(value, 12)));
  });

  it('after N training steps, the moving statistics equal the recurrence moving · momentum + batch · (1 − momentum)', () => {
    const momentum = 0.8;
    const op = batchNorm(momentum);
    const expectedMean = [0, 0, 0];
    const expectedVariance = [1, 1, 1];
    const y = new Float64Array(ROWS * WIDTH);
    for (let step = 0; step < 7; step++) {
      const x = normalValues(ROWS * WIDTH, 10 + step).map((v) => 2 * v + step);
      op.forward([x], y, freshContext(true, ROWS)());
      const { mean, variance } = batchStatistics(x, ROWS);
      for (let j = 0; j < WIDTH; j++) {
        expectedMean[j] = expectedMean[j]! * momentum + mean[j]! * (1 - momentum);
        expectedVariance[j] = expectedVariance[j]! * momentum + variance[j]! * (1 - momentum);
      }
    }
    expect(Array.from(tensor(op, 'movingMean'))).toEqual(expectedMean.map((value) => expect.closeTo(value, 12)));
    expect(Array.from(tensor(op, 'movingVariance'))).toEqual(expectedVariance.map((value) => expect.closeTo(value, 12)));
  });

  it('leaves the moving statistics alone in inference, and gives them no gradient', () => {
    const op = batchNorm();
    op.forward([normalValues(ROWS * WIDTH, 6)], new Float64Array(ROWS * WIDTH), freshContext(false, ROWS)());
    expect(Array.from(tensor(op, 'movingMean'))).toEqual([0, 0, 0]);
    expect(Array.from(tensor(op, 'movingVariance'))).toEqual([1, 1, 1]);
    expect(op.tensors.filter((t) => t.grad === null).map((t) => t.name)).toEqual(['movingMean', 'movingVariance']);
    expect(op.tensors.every((t) => !t.decay)).toBe(true);
  });

  it('refuses a training batch of one row, saying why, instead of returning beta (or NaN)', () => {
    const op = batchNorm();
    const pass = () => op.forward([normalValues(WIDTH, 7)], new Float64Array(WIDTH), freshContext(true, 1)());
    expect(pass).toThrow(BatchTooSmallError);
    expect(pass).toThrow(
      'BatchNorm node "bn" needs at least 2 rows in a training batch: it normalises each feature over the batch, and one row has no variance',
    );
    // One row in inference is fine: the moving statistics stand in for the batch's.
    const y = new Float64Array(WIDTH);
    op.forward([normalValues(WIDTH, 7)], y, freshContext(false, 1)());
    expect(y.every(Number.isFinite)).toBe(true);
  });
});
