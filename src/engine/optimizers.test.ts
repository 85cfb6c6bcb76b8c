import { describe, expect, it } from 'vitest';
import { jsBackend } from './kernels/index.ts';
import { createOptimizer, type Parameter } from './optimizers.ts';

/** Adam's ε as the contract fixes it (written out, so a changed constant fails here). */
const ADAM_EPSILON = 1e-8;

/** One parameter of two weights whose gradient the test sets before each update. */
function parameter(): Parameter {
  return { value: Float64Array.of(1, -2), grad: new Float64Array(2) };
}

function run(name: 'sgd' | 'momentum' | 'adam', grads: [number, number][], lr: number): number[] {
  const p = parameter();
  const optimizer = createOptimizer(name, [p], jsBackend('float64'));
  for (const g of grads) {
    p.grad.set(g);
    optimizer.update(lr);
  }
  return Array.from(p.value);
}

describe('optimizer update rules, checked against steps worked by hand', () => {
  it('sgd: w − lr·g', () => {
    expect(run('sgd', [[0.5, -0.25]], 0.1)).toEqual([1 - 0.05, -2 + 0.025]);
  });

  it('momentum: v ← 0.9 v + g, w ← w − lr·v', () => {
    // v1 = (0.5, −0.25), w1 = (0.95, −1.975); v2 = 0.9·v1 + (1, 1) = (1.45, 0.775), w2 = w1 − 0.1·v2
    const [a, b] = run('momentum', [[0.5, -0.25], [1, 1]], 0.1);
    expect(a).toBeCloseTo(0.95 - 0.145, 12);
    expect(b).toBeCloseTo(-1.975 - 0.0775, 12);
  });

  it('adam: the first step moves each weight by lr in the direction against its gradient', () => {
    // m̂ = g and v̂ = g² after one step, so the step is lr·g/(|g| + ε)
    const [a, b] = run('adam', [[0.5, -0.25]], 0.1);
    expect(a).toBeCloseTo(1 - (0.1 * 0.5) / (0.5 + ADAM_EPSILON), 12);
    expect(b).toBeCloseTo(-2 + (0.1 * 0.25) / (0.25 + ADAM_EPSILON), 12);
  });

  it('adam: the second step uses bias-corrected moments', () => {
    // g1 = 0.5, g2 = 0.1 on the first weight:
    // m2 = 0.9·0.05 + 0.1·0.1 = 0.055, m̂ = 0.055 / 0.19
    // v2 = 0.999·0.00025 + 0.001·0.01 = 0.00025975, v̂ = 0.00025975 / 0.001999
    const firstStep = 1 - (0.1 * 0.5) / (0.5 + ADAM_EPSILON);
    const mHat = 0.055 / 0.19;
    const vHat = 0.00025975 / (1 - 0.999 ** 2);
    const [a] = run('adam', [[0.5, 0], [0.1, 0]], 0.1);
    expect(a).toBeCloseTo(firstStep - (0.1 * mHat) / (Math.sqrt(vHat) + ADAM_EPSILON), 12);
  });

  it('a zero gradient leaves the weights where they are', () => {
    for (const name of ['sgd', 'momentum', 'adam'] as const) expect(run(name, [[0, 0]], 0.1)).toEqual([1, -2]);
  });
});

describe('an update that would leave a weight that is not finite', () => {
  const optimizers = ['sgd', 'momentum', 'adam'] as const;

  it.each(optimizers)('%s: a NaN or infinite gradient leaves every weight as it was and names the value', (name) => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      const first = { value: Float32Array.of(1, -2), grad: Float32Array.of(0.5, 0.5) };
      const second = { value: Float32Array.of(3, 4), grad: Float32Array.of(0.5, bad) };
      const optimizer = createOptimizer(name, [first, second], jsBackend('float32'));
      const refused = optimizer.update(0.1);
      expect(Number.isFinite(refused)).toBe(false);
      expect(Array.from(first.value)).toEqual([1, -2]);
      expect(Array.from(second.value)).toEqual([3, 4]);
    }
  });

  it.each(optimizers)('%s: a step past float32’s range is undone, though every number in it is finite', (name) => {
    const p = { value: Float32Array.of(3e38, 1), grad: Float32Array.of(-1, 0) };
    // sgd and momentum: 3e38 + 1e38 overflows float32; adam moves by lr itself.
    const refused = createOptimizer(name, [p], jsBackend('float32')).update(1e38);
    expect(refused).toBe(Infinity);
    expect(Array.from(p.value)).toEqual([Math.fround(3e38), 1]);
  });

  it.each(optimizers)('%s: a finite update returns undefined', (name) => {
    const p = { value: Float32Array.of(1, -2), grad: Float32Array.of(0.5, -0.25) };
    expect(createOptimizer(name, [p], jsBackend('float32')).update(0.1)).toBeUndefined();
  });
});
