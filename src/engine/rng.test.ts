import { describe, expect, it } from 'vitest';
import { createRng, type RandomStream } from './rng.ts';

const draw = (seed: number, n: number, stream: RandomStream = 'data') => {
  const rng = createRng(seed, stream);
  return Array.from({ length: n }, () => [rng.uniform(), rng.normal(), rng.int(10)]);
};

describe('createRng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
    expect(draw(42, 50)).not.toEqual(draw(43, 50));
  });

  it('gives each use of a seed (data, weights, batches) its own sequence', () => {
    const streams = (['data', 'weights', 'batches'] as const).map((stream) => draw(42, 20, stream));
    expect(streams[0]).not.toEqual(streams[1]);
    expect(streams[1]).not.toEqual(streams[2]);
    expect(streams[0]).not.toEqual(streams[2]);
  });

  it('draws uniforms in [0, 1), integers in [0, n) hitting every value, normals with mean 0 and sd 1', () => {
    const rng = createRng(1, 'data');
    const n = 20000;
    const uniforms = Array.from({ length: n }, () => rng.uniform());
    const ints = new Set(Array.from({ length: 1000 }, () => rng.int(7)));
    const normals = Array.from({ length: n }, () => rng.normal());
    const mean = normals.reduce((a, b) => a + b, 0) / n;
    const variance = normals.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
    expect(Math.min(...uniforms)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...uniforms)).toBeLessThan(1);
    expect([...ints].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});
