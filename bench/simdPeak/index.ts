/**
 * The SIMD-128 peak probe for `npm run bench` (AssemblyScript, built by scripts/build-wasm.mjs):
 * 12 independent chains of a · m + c on f32x4, enough to keep every multiply and add (or FMA)
 * pipe busy whatever their latency. 12 chains × 4 lanes × 2 FLOPs = 96 FLOPs per iteration.
 */
import { laneSum, madd } from '../../src/engine/kernels/wasm/assembly/simd';

export const FLOPS_PER_ITERATION: i32 = 96;

export function peak(iterations: i32, seed: f32): f32 {
  const m = f32x4.splat(0.9999);
  const c = f32x4.splat(0.0001);
  let a0 = f32x4.splat(seed), a1 = f32x4.splat(seed + 1), a2 = f32x4.splat(seed + 2), a3 = f32x4.splat(seed + 3);
  let a4 = f32x4.splat(seed + 4), a5 = f32x4.splat(seed + 5), a6 = f32x4.splat(seed + 6), a7 = f32x4.splat(seed + 7);
  let a8 = f32x4.splat(seed + 8), a9 = f32x4.splat(seed + 9), a10 = f32x4.splat(seed + 10), a11 = f32x4.splat(seed + 11);
  for (let i = 0; i < iterations; i++) {
    a0 = madd(a0, m, c); a1 = madd(a1, m, c); a2 = madd(a2, m, c); a3 = madd(a3, m, c);
    a4 = madd(a4, m, c); a5 = madd(a5, m, c); a6 = madd(a6, m, c); a7 = madd(a7, m, c);
    a8 = madd(a8, m, c); a9 = madd(a9, m, c); a10 = madd(a10, m, c); a11 = madd(a11, m, c);
  }
  const sum = f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7)));
  return laneSum(f32x4.add(sum, f32x4.add(f32x4.add(a8, a9), f32x4.add(a10, a11))));
}
