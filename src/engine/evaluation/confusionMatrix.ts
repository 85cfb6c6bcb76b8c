import { predictedClass } from '../rows.ts';
import type { DatasetSplit } from '../datasets/dataset.ts';

/** How a classifier's predictions fall, by actual class (rows) and predicted class (columns). */
export interface ConfusionMatrix {
  /** The class names, in output order. */
  classes: readonly string[];
  /** `counts[actual · k + predicted]`: rows of class `actual` predicted as `predicted`. */
  counts: Int32Array;
  /**
   * Each row of `counts` divided by its sum: the share of each actual class predicted as each
   * class, so the diagonal is each class's recall. 0 across a class with no rows.
   */
  rowShares: Float32Array;
  /** Rows counted. */
  total: number;
}

/**
 * The confusion matrix of `outputs` (the network's, `width` per row) against a split's targets,
 * each read with `predictedClass` (the rule accuracy uses, so the diagonal's sum over `total` is
 * the accuracy shown).
 */
export function confusionMatrix(outputs: ArrayLike<number>, split: DatasetSplit, width: number, classes: readonly string[]): ConfusionMatrix {
  const k = classes.length;
  const counts = new Int32Array(k * k);
  for (let r = 0; r < split.count; r++) {
    const start = r * width;
    counts[predictedClass(split.y, start, width) * k + predictedClass(outputs, start, width)]! += 1;
  }
  const rowShares = new Float32Array(k * k);
  for (let actual = 0; actual < k; actual++) {
    let sum = 0;
    for (let predicted = 0; predicted < k; predicted++) sum += counts[actual * k + predicted]!;
    if (sum > 0) for (let predicted = 0; predicted < k; predicted++) rowShares[actual * k + predicted] = counts[actual * k + predicted]! / sum;
  }
  return { classes, counts, rowShares, total: split.count };
}
