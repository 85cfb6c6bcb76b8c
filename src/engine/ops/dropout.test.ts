import { describe, expect, it } from 'vitest';
import { DropoutOp } from './dropout.ts';
import { freshContext, normalValues, opGradientError } from './opGradientCheck.testkit.ts';

describe('DropoutOp', () => {
  it('backward matches central differences with a fixed mask', () => {
    const op = new DropoutOp('drop', 6, 0.4, 'float64');
    op.reserve(4);
    // The same stream at every pass: one mask for every nudged input.
    const { error, norm } = opGradientError(op, normalValues(24, 1), 24, freshContext(true, 4, 17));
    expect(norm).toBeGreaterThan(1e-2);
    expect(error).toBeLessThan(1e-7);
  });

  it('drops about `rate` of the values in training and scales the rest by 1 / (1 − rate)', () => {
    const rate = 0.3;
    const op = new DropoutOp('drop', 100, rate, 'float64');
    op.reserve(100);
    const x = normalValues(10_000, 2);
    const y = new Float64Array(10_000);
    op.forward([x], y, freshContext(true, 100)());
    const dropped = y.filter((v) => v === 0).length;
    // Binomial(10 000, 0.3): standard deviation ≈ 46, so ±200 is over 4 of them.
    expect(Math.abs(dropped - 3000)).toBeLessThan(200);
    for (let i = 0; i < x.length; i++) if (y[i] !== 0) expect(y[i]).toBeCloseTo(x[i]! / (1 - rate), 12);
  });

  it('is the identity in inference, and with a rate of 0', () => {
    const x = normalValues(20, 3);
    for (const [rate, training] of [[0.5, false], [0, true]] as const) {
      const op = new DropoutOp('drop', 5, rate, 'float64');
      op.reserve(4);
      const y = new Float64Array(20);
      op.forward([x], y, freshContext(training, 4)());
      expect(y).toEqual(x);
      const dx = new Float64Array(20);
      op.backward([x], y, x, [dx], freshContext(training, 4)());
      if (training) expect(dx).toEqual(x);
    }
  });
});
