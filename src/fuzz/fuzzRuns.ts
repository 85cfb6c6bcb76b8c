/**
 * How many cases each fuzzer tries, and from which seed. `npm test` runs the defaults from a
 * fixed seed (a failure there is repeatable); `npm run fuzz` sets FUZZ_RUNS (and a fresh seed
 * unless FUZZ_SEED is given) for a deeper search.
 */
export function fuzzParameters(defaultRuns: number): { numRuns: number; seed: number | undefined } {
  const runs = process.env.FUZZ_RUNS;
  const seed = process.env.FUZZ_SEED;
  return {
    numRuns: runs ? Math.max(1, Math.round(defaultRuns * Number(runs))) : defaultRuns,
    seed: seed ? Number(seed) : runs ? undefined : FIXED_SEED,
  };
}

const FIXED_SEED = 20261130;
