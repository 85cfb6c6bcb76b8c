/**
 * The few SIMD helpers the kernels share. `madd` is one fused instruction in the relaxed-SIMD
 * build (`ASC_FEATURE_RELAXED_SIMD` is a compile-time constant, so the other branch is removed)
 * and a multiply then an add otherwise.
 */

/** a · b + c, lane by lane. */
// @ts-ignore: decorator
@inline export function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(f32x4.mul(a, b), c);
}

/** [Σ a0, Σ a1, Σ a2, Σ a3]: the lane sums of four vectors in one vector (a 4×4 transpose-add). */
// @ts-ignore: decorator
@inline export function laneSums4(a0: v128, a1: v128, a2: v128, a3: v128): v128 {
  const s01 = f32x4.add(v128.shuffle<f32>(a0, a1, 0, 4, 1, 5), v128.shuffle<f32>(a0, a1, 2, 6, 3, 7));
  const s23 = f32x4.add(v128.shuffle<f32>(a2, a3, 0, 4, 1, 5), v128.shuffle<f32>(a2, a3, 2, 6, 3, 7));
  return f32x4.add(v128.shuffle<f32>(s01, s23, 0, 1, 4, 5), v128.shuffle<f32>(s01, s23, 2, 3, 6, 7));
}

/** The sum of a vector's four lanes. */
// @ts-ignore: decorator
@inline export function laneSum(a: v128): f32 {
  const s = f32x4.add(a, v128.shuffle<f32>(a, a, 2, 3, 0, 1));
  return f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1);
}

/** All-ones in the first `count` lanes (0–3), zero in the others: keeps a partial vector's valid lanes. */
// @ts-ignore: decorator
@inline export function firstLanes(count: i32): v128 {
  return i32x4.gt_s(i32x4.splat(count), i32x4(0, 1, 2, 3));
}
