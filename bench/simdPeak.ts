import { median } from './measure.ts';
import { RELAXED_SIMD_PEAK_BASE64, SIMD_PEAK_BASE64 } from './simdPeakBinary.generated.ts';

/** FLOPs per iteration of the probe (bench/simdPeak/index.ts): 12 chains × 4 lanes × 2. */
const FLOPS_PER_ITERATION = 96;
const ITERATIONS = 10_000_000;
const RUNS = 7;

/** One core's WebAssembly SIMD-128 throughput, in GFLOP/s, measured now: the ceiling the kernels are compared with. */
export interface SimdLimit {
  /** f32x4 multiply, then add. */
  mulAdd: number;
  /** f32x4.relaxed_madd, when this runtime validates relaxed SIMD; else null. */
  fma: number | null;
}

function probe(base64: string): ((iterations: number, seed: number) => number) | null {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  if (!WebAssembly.validate(bytes)) return null;
  const memory = new WebAssembly.Memory({ initial: 0 });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
  return instance.exports.peak as (iterations: number, seed: number) => number;
}

function gflops(peak: (iterations: number, seed: number) => number): number {
  peak(ITERATIONS, 1); // warm-up: the optimizing tier compiles the loop
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    peak(ITERATIONS, run);
    rates.push((ITERATIONS * FLOPS_PER_ITERATION) / ((performance.now() - start) * 1e6));
  }
  return median(rates);
}

/** The probe's median over 7 runs of about 20 ms each, for each build this runtime runs. */
export function measureSimdLimit(): SimdLimit {
  const mulAdd = probe(SIMD_PEAK_BASE64);
  if (mulAdd === null) throw new Error('WebAssembly SIMD is not available in this runtime');
  const fma = probe(RELAXED_SIMD_PEAK_BASE64);
  return { mulAdd: gflops(mulAdd), fma: fma && gflops(fma) };
}
