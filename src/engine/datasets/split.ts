import { shuffleInPlace as shuffle, type Rng } from '../rng.ts';
import type { Samples } from './samples.ts';

/** Row indices of the train and test parts. */
export interface SplitIndices {
  train: number[];
  test: number[];
}

/**
 * Shuffles and splits the rows. Classification is split per class, so both parts keep the
 * class balance of the whole set (and every class appears in both); each part is shuffled again
 * so the classes interleave.
 */
export function splitSamples(samples: Samples, trainFraction: number, rng: Rng): SplitIndices {
  const groups = samples.kind === 'classification' ? groupByLabel(samples.labels, samples.classes) : [samples.inputs.map((_, i) => i)];
  const train: number[] = [];
  const test: number[] = [];
  for (const group of groups) {
    shuffle(group, rng);
    const cut = splitPoint(group.length, trainFraction);
    train.push(...group.slice(0, cut));
    test.push(...group.slice(cut));
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

function groupByLabel(labels: number[], classes: number): number[][] {
  const groups = Array.from({ length: classes }, (): number[] => []);
  labels.forEach((label, i) => groups[label]!.push(i));
  return groups;
}
