import { describe, expect, it } from 'vitest';
import { canDie, canSaturate, countSaturated, deadFraction, markAlive } from './activationStats.ts';

describe('countSaturated', () => {
  it('counts tanh outputs with |y| > 0.97 (the threshold itself is not saturated)', () => {
    expect(countSaturated('tanh', Float64Array.from([0.98, -0.99, 0.5, 0.97, -0.97]), 5)).toBe(2);
  });

  it('counts sigmoid outputs below 0.03 or above 0.97', () => {
    expect(countSaturated('sigmoid', Float64Array.from([0.02, 0.5, 0.98, 0.03, 0.97]), 5)).toBe(2);
  });

  it('reads only the first `count` values', () => {
    expect(countSaturated('tanh', Float32Array.from([0.99, 0.99]), 1)).toBe(1);
  });

  it('knows which functions have flat tails and which units can die', () => {
    expect(['tanh', 'sigmoid'].every((fn) => canSaturate(fn as 'tanh'))).toBe(true);
    expect(['relu', 'leaky_relu', 'linear', 'softmax'].some((fn) => canSaturate(fn as 'relu'))).toBe(false);
    expect(canDie('relu') && canDie('leaky_relu')).toBe(true);
    expect(canDie('tanh') || canDie('linear')).toBe(false);
  });
});

describe('markAlive and deadFraction', () => {
  it('a unit is dead when no row gave it an output > 0', () => {
    const alive = new Uint8Array(3);
    // rows: (1, 0, 0), (0, 0, -0.5): unit 0 alive, units 1 and 2 dead so far
    markAlive(Float32Array.from([1, 0, 0, 0, 0, -0.5]), 2, 3, alive);
    expect(deadFraction(alive)).toBeCloseTo(2 / 3, 12);
    // a later batch with unit 2 > 0 revives it for the epoch
    markAlive(Float32Array.from([0, 0, 0.1]), 1, 3, alive);
    expect(deadFraction(alive)).toBeCloseTo(1 / 3, 12);
  });
});
