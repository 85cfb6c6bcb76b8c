/**
 * Optimizer updates over one parameter array of n f32 (pointers are byte offsets): four lanes at
 * a time, then the last 0–3 elements. The formulas are the engine's (src/engine/optimizers.ts);
 * Adam takes its bias corrections folded in by the caller (see `adam`). Each keeps the old
 * values in `previous` and returns a check: the sum of every new value times 0, which is 0 when
 * all are finite and NaN when one is not (NaN and ±Infinity times 0 are NaN).
 */
import { laneSum, madd } from './simd';

/** w ← w − lr · g */
export function sgd(w: usize, g: usize, previous: usize, n: i32, lr: f32): f32 {
  const full = (<usize>(n & ~3)) << 2;
  const end = (<usize>n) << 2;
  const minusLr = f32x4.splat(-lr);
  const zero = f32x4.splat(0);
  let check = zero;
  let i: usize = 0;
  for (; i < full; i += 16) {
    const old = v128.load(w + i);
    v128.store(previous + i, old);
    const next = madd(minusLr, v128.load(g + i), old);
    v128.store(w + i, next);
    check = madd(next, zero, check);
  }
  let tail: f32 = 0;
  for (; i < end; i += 4) {
    const old = load<f32>(w + i);
    store<f32>(previous + i, old);
    const next = old - lr * load<f32>(g + i);
    store<f32>(w + i, next);
    tail += next * 0;
  }
  return laneSum(check) + tail;
}

/** v ← μ v + g; w ← w − lr · v */
export function momentum(w: usize, g: usize, velocity: usize, previous: usize, n: i32, lr: f32, mu: f32): f32 {
  const full = (<usize>(n & ~3)) << 2;
  const end = (<usize>n) << 2;
  const minusLr = f32x4.splat(-lr);
  const muV = f32x4.splat(mu);
  const zero = f32x4.splat(0);
  let check = zero;
  let i: usize = 0;
  for (; i < full; i += 16) {
    const old = v128.load(w + i);
    v128.store(previous + i, old);
    const v = madd(muV, v128.load(velocity + i), v128.load(g + i));
    v128.store(velocity + i, v);
    const next = madd(minusLr, v, old);
    v128.store(w + i, next);
    check = madd(next, zero, check);
  }
  let tail: f32 = 0;
  for (; i < end; i += 4) {
    const old = load<f32>(w + i);
    store<f32>(previous + i, old);
    const v = mu * load<f32>(velocity + i) + load<f32>(g + i);
    store<f32>(velocity + i, v);
    const next = old - lr * v;
    store<f32>(w + i, next);
    tail += next * 0;
  }
  return laneSum(check) + tail;
}

/**
 * m ← β1 m + (1 − β1) g; v ← β2 v + (1 − β2) g²; w ← w − stepSize · m / (√v · invRootC2 + ε).
 * With stepSize = lr / (1 − β1ᵗ) and invRootC2 = 1 / √(1 − β2ᵗ) this is Kingma & Ba's
 * algorithm 1: lr · m̂ / (√v̂ + ε), since √(v / c2) = √v / √c2. The caller passes 1 − β1 and
 * 1 − β2 worked out in float64: 1 − 0.999 in float32 is off by 1.3e-5 relative.
 */
export function adam(
  w: usize, g: usize, m: usize, v: usize, previous: usize, n: i32,
  stepSize: f32, beta1: f32, beta2: f32, oneMinusBeta1: f32, oneMinusBeta2: f32, epsilon: f32, invRootC2: f32,
): f32 {
  const full = (<usize>(n & ~3)) << 2;
  const end = (<usize>n) << 2;
  const b1 = f32x4.splat(beta1);
  const b2 = f32x4.splat(beta2);
  const c1 = f32x4.splat(oneMinusBeta1);
  const c2 = f32x4.splat(oneMinusBeta2);
  const eps = f32x4.splat(epsilon);
  const root = f32x4.splat(invRootC2);
  const minusStep = f32x4.splat(-stepSize);
  const zero = f32x4.splat(0);
  let check = zero;
  let i: usize = 0;
  for (; i < full; i += 16) {
    const gi = v128.load(g + i);
    const old = v128.load(w + i);
    v128.store(previous + i, old);
    const mi = madd(b1, v128.load(m + i), f32x4.mul(c1, gi));
    const vi = madd(b2, v128.load(v + i), f32x4.mul(c2, f32x4.mul(gi, gi)));
    v128.store(m + i, mi);
    v128.store(v + i, vi);
    const denominator = madd(f32x4.sqrt(vi), root, eps);
    const next = madd(minusStep, f32x4.div(mi, denominator), old);
    v128.store(w + i, next);
    check = madd(next, zero, check);
  }
  let tail: f32 = 0;
  for (; i < end; i += 4) {
    const gi = load<f32>(g + i);
    const old = load<f32>(w + i);
    store<f32>(previous + i, old);
    const mi = beta1 * load<f32>(m + i) + oneMinusBeta1 * gi;
    const vi = beta2 * load<f32>(v + i) + oneMinusBeta2 * gi * gi;
    store<f32>(m + i, mi);
    store<f32>(v + i, vi);
    const next = old - stepSize * (mi / (Mathf.sqrt(vi) * invRootC2 + epsilon));
    store<f32>(w + i, next);
    tail += next * 0;
  }
  return laneSum(check) + tail;
}
