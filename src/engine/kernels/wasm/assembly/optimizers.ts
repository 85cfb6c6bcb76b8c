/**
 * Optimizer updates over one parameter array of n f32 (pointers are byte offsets): four lanes at
 * a time, then the last 0–3 elements. The formulas are the engine's (src/engine/optimizers.ts);
 * Adam takes its bias corrections folded in by the caller (see `adam`).
 */
import { madd } from './simd';

/** w ← w − lr · g */
export function sgd(w: usize, g: usize, n: i32, lr: f32): void {
  const full = (<usize>(n & ~3)) << 2;
  const end = (<usize>n) << 2;
  const minusLr = f32x4.splat(-lr);
  let i: usize = 0;
  for (; i < full; i += 16) v128.store(w + i, madd(minusLr, v128.load(g + i), v128.load(w + i)));
  for (; i < end; i += 4) store<f32>(w + i, load<f32>(w + i) - lr * load<f32>(g + i));
}

/** v ← μ v + g; w ← w − lr · v */
export function momentum(w: usize, g: usize, velocity: usize, n: i32, lr: f32, mu: f32): void {
  const full = (<usize>(n & ~3)) << 2;
  const end = (<usize>n) << 2;
  const minusLr = f32x4.splat(-lr);
  const muV = f32x4.splat(mu);
  let i: usize = 0;
  for (; i < full; i += 16) {
    const v = madd(muV, v128.load(velocity + i), v128.load(g + i));
    v128.store(velocity + i, v);
    v128.store(w + i, madd(minusLr, v, v128.load(w + i)));
  }
  for (; i < end; i += 4) {
    const v = mu * load<f32>(velocity + i) + load<f32>(g + i);
    store<f32>(velocity + i, v);
    store<f32>(w + i, load<f32>(w + i) - lr * v);
  }
}

/**
 * m ← β1 m + (1 − β1) g; v ← β2 v + (1 − β2) g²; w ← w − stepSize · m / (√v · invRootC2 + ε).
 * With stepSize = lr / (1 − β1ᵗ) and invRootC2 = 1 / √(1 − β2ᵗ) this is Kingma & Ba's
 * algorithm 1: lr · m̂ / (√v̂ + ε), since √(v / c2) = √v / √c2. The caller passes 1 − β1 and
 * 1 − β2 worked out in float64: 1 − 0.999 in float32 is off by 1.3e-5 relative.
 */
export function adam(
  w: usize, g: usize, m: usize, v: usize, n: i32,
  stepSize: f32, beta1: f32, beta2: f32, oneMinusBeta1: f32, oneMinusBeta2: f32, epsilon: f32, invRootC2: f32,
): void {
  const full = (<usize>(n & ~3)) << 2;
  const end = (<usize>n) << 2;
  const b1 = f32x4.splat(beta1);
  const b2 = f32x4.splat(beta2);
  const c1 = f32x4.splat(oneMinusBeta1);
  const c2 = f32x4.splat(oneMinusBeta2);
  const eps = f32x4.splat(epsilon);
  const root = f32x4.splat(invRootC2);
  const minusStep = f32x4.splat(-stepSize);
  let i: usize = 0;
  for (; i < full; i += 16) {
    const gi = v128.load(g + i);
    const mi = madd(b1, v128.load(m + i), f32x4.mul(c1, gi));
    const vi = madd(b2, v128.load(v + i), f32x4.mul(c2, f32x4.mul(gi, gi)));
    v128.store(m + i, mi);
    v128.store(v + i, vi);
    const denominator = madd(f32x4.sqrt(vi), root, eps);
    v128.store(w + i, madd(minusStep, f32x4.div(mi, denominator), v128.load(w + i)));
  }
  for (; i < end; i += 4) {
    const gi = load<f32>(g + i);
    const mi = beta1 * load<f32>(m + i) + oneMinusBeta1 * gi;
    const vi = beta2 * load<f32>(v + i) + oneMinusBeta2 * gi * gi;
    store<f32>(m + i, mi);
    store<f32>(v + i, vi);
    store<f32>(w + i, load<f32>(w + i) - stepSize * (mi / (Mathf.sqrt(vi) * invRootC2 + epsilon)));
  }
}
