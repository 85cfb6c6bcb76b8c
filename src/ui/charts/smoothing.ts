/**
 * Exponential moving average, debiased the way TensorBoard's scalar dashboard does it: the
 * running average starts at 0, so the t-th value is divided by 1 − w^t to undo the pull
 * towards 0. `weight` is in [0, 1): 0 leaves values unchanged, 0.99 is very smooth.
 *
 * Returns a stateful smoother fed one value at a time, so a growing series is smoothed
 * incrementally. Non-finite values are passed through and do not disturb the average.
 */
export function createEma(weight: number): (value: number) => number {
  let average = 0;
  let count = 0;
  return (value) => {
    if (weight <= 0 || !Number.isFinite(value)) return value;
    average = average * weight + (1 - weight) * value;
    count += 1;
    return average / (1 - weight ** count);
  };
}

/** `createEma` over a whole series at once. */
export function smoothEma(values: readonly number[], weight: number): number[] {
  return values.map(createEma(weight));
}
