import { shuffleInPlace as shuffle, type Rng } from '../rng.ts';
import type { Samples } from './samples.ts';

/** Row indices of the train and test parts. */
export interface SplitIndices {
  train: number[];
  test: number[];
}

/** The class of each row, for a stratified split: `labels[row]` in [0, classes). */
export interface RowClasses {
  labels: ArrayLike<number>;
  classes: number;
}

/** `splitRows` for generated samples: stratified for classification. */
export function splitSamples(samples: Samples, trainFraction: number, rng: Rng): SplitIndices {
  const strata = samples.kind === 'classification' ? { labels: samples.labels, classes: samples.classes } : null;
  return splitRows(samples.inputs.length, trainFraction, rng, strata);
}

/**
 * Shuffles rows 0 … rows − 1 and splits them. With `strata` (classification) each class is split
 * on its own, so both parts keep the class balance of the whole set (and every class of two rows
 * or more appears in both); each part is shuffled again so the classes interleave.
 */
export function splitRows(rows: number, trainFraction: number, rng: Rng, strata: RowClasses | null): SplitIndices {
  const groups = strata ? groupByLabel(strata) : [Array.from({ length: rows }, (_, i) => i)];
  const train: number[] = [];
  const test: number[] = [];
  for (const group of groups) {
    shuffle(group, rng);
    const cut = splitPoint(group.length, trainFraction);
    // a loop, not push(...slice): spreading 100,000 rows would overflow the call stack
    for (let i = 0; i < group.length; i++) (i < cut ? train : test).push(group[i]!);
  }
  return { train: shuffle(train, rng), test: shuffle(test, rng) };
}

/**
 * Where a group of `size` rows is cut: round(size · trainFraction), but never leaving either part
 * empty when the group has two rows or more. An empty training part would make the first step's
 * loss 0/0 (reported as divergence), an empty test part a test loss of NaN.
 */
function splitPoint(size: number, trainFraction: number): number {
  const cut = Math.round(size * trainFraction);
  return size < 2 ? cut : Math.min(Math.max(cut, 1), size - 1);
}

function groupByLabel({ labels, classes }: RowClasses): number[][] {
  const groups = Array.from({ length: classes }, (): number[] => []);
  for (let i = 0; i < labels.length; i++) groups[labels[i]!]!.push(i);
  return groups;
}
