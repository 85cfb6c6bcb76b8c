import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of randomness: the same seed always gives the same sequence. */
export interface Rng {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/**
 * The independent uses of one seed. Each gets its own stream so that, say, the dataset's points
 * and the initial weights are not drawn from the same sequence of numbers (and adding a Dropout
 * node changes neither the data, the initial weights nor the batch order).
 */
export const RANDOM_STREAMS = { data: 0, weights: 1, batches: 2, dropout: 3 } as const;
export type RandomStream = keyof typeof RANDOM_STREAMS;

/**
 * An xoroshiro128+ generator; every random choice in the engine goes through one of these.
 * Stream k starts k jumps (2^64 draws each) into the seed's sequence, so streams never overlap.
 */
export function createRng(seed: number, stream: RandomStream): Rng {
  const generator = xoroshiro128plus(seed);
  for (let jumps = 0; jumps < RANDOM_STREAMS[stream]; jumps++) generator.jump();
  const uniform = () => uniformFloat64(generator);
  return {
    uniform,
    // Box–Muller; 1 - u keeps the logarithm away from 0.
    normal: () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform()),
    int: (n) => uniformInt(generator, 0, n - 1),
  };
}

/** Fisher–Yates: shuffles `items` in place (an array or a typed array) and returns it. */
export function shuffleInPlace<T extends { [index: number]: unknown; length: number }>(items: T, rng: Rng): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const swap = items[i];
    items[i] = items[j]!;
    items[j] = swap;
  }
  return items;
}
