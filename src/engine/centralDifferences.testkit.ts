/** Central-difference step for the float64 gradient checks. */
export const STEP = 1e-6;

/** Values an objective depends on, with the gradient backward computed for them. */
export interface CheckedValues {
  values: Float64Array | Float32Array;
  analytic: Float64Array;
}

/**
 * Nudges each value by ±STEP and compares (objective(up) − objective(down)) / 2·STEP with the
 * analytic gradient: returns ‖analytic − numeric‖ / ‖(analytic, numeric)‖ over every value, and
 * ‖analytic‖ (so a check can insist the gradient it compared is not all zeros).
 */
export function centralDifferenceError(checked: readonly CheckedValues[], objective: () => number): { error: number; norm: number } {
  let diff = 0;
  let norms = 0;
  let analyticNorm = 0;
  for (const { values, analytic } of checked) {
    for (let i = 0; i < values.length; i++) {
      const saved = values[i]!;
      values[i] = saved + STEP;
      const up = objective();
      values[i] = saved - STEP;
      const down = objective();
      values[i] = saved;
      const numeric = (up - down) / (2 * STEP);
      const a = analytic[i]!;
      diff += (a - numeric) ** 2;
      norms += a * a + numeric * numeric;
      analyticNorm += a * a;
    }
  }
  return { error: Math.sqrt(diff) / Math.sqrt(norms), norm: Math.sqrt(analyticNorm) };
}
