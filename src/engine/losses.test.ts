import { describe, expect, it } from 'vitest';
import { createLossHead } from './losses.ts';

const f64 = (...values: number[]) => Float64Array.from(values);

describe('loss values', () => {
  it('mse is the mean over rows and outputs of (y − t)², without ½', () => {
    const head = createLossHead('mse', null);
    // rows (1, 2) and (0, −1) against zero targets: (1 + 4 + 0 + 1) / 4
    expect(head.value(f64(), f64(1, 2, 0, -1), f64(0, 0, 0, 0), 2, 2)).toBe(1.5);
  });

  it('cross_entropy after softmax is the mean over rows of −Σ t log y', () => {
    const head = createLossHead('cross_entropy', 'softmax');
    const logits = f64(Math.log(0.25), Math.log(0.75), Math.log(0.5), Math.log(0.5));
    const loss = head.value(logits, f64(), f64(0, 1, 1, 0), 2, 2);
    expect(loss).toBeCloseTo(-(Math.log(0.75) + Math.log(0.5)) / 2, 12);
  });

  it('cross_entropy stays finite for logits that would overflow exp', () => {
    const head = createLossHead('cross_entropy', 'softmax');
    expect(head.value(f64(1000, 0), f64(), f64(0, 1), 1, 2)).toBeCloseTo(1000, 9);
  });

  it('binary_cross_entropy after sigmoid averages over outputs and stays finite for large logits', () => {
    const head = createLossHead('binary_cross_entropy', 'sigmoid');
    // sigmoid(0) = 0.5 → log 2 each; a logit of −800 for a positive target costs 800
    expect(head.value(f64(0, 0), f64(), f64(1, 0), 1, 2)).toBeCloseTo(Math.log(2), 12);
    expect(head.value(f64(-800), f64(), f64(1), 1, 1)).toBeCloseTo(800, 9);
  });

  it('fuses softmax + cross_entropy and sigmoid + binary_cross_entropy, and nothing else', () => {
    expect(createLossHead('cross_entropy', 'softmax').fused).toBe(true);
    expect(createLossHead('binary_cross_entropy', 'sigmoid').fused).toBe(true);
    expect(createLossHead('mse', 'sigmoid').fused).toBe(false);
  });

  it('refuses a cross-entropy without its head (the compiler never builds one)', () => {
    expect(() => createLossHead('binary_cross_entropy', 'softmax')).toThrow('binary_cross_entropy is computed from the logits of a sigmoid head, not after softmax');
    expect(() => createLossHead('cross_entropy', null)).toThrow(/softmax head, not after no activation/);
  });
});
