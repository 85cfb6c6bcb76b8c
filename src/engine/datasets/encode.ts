import type { Samples } from './samples.ts';
import type { DatasetSplit } from './dataset.ts';

/**
 * The target columns a network with `outputSize` outputs trains on: one-hot for as many
 * outputs as classes, a single 0/1 column for two classes and one output, the values
 * themselves for regression.
 * @throws Error naming the widths that would fit, for any other combination.
 */
export function targetEncoder(samples: Samples, outputSize: number, datasetName: string): (row: number) => number[] {
  if (samples.kind === 'regression') {
    const width = samples.targets[0]?.length ?? 0;
    if (outputSize !== width) throw new Error(`dataset ${datasetName} has ${width} target value(s); the network has ${outputSize} outputs`);
    return (row) => samples.targets[row]!;
  }
  const { classes, labels } = samples;
  if (outputSize === classes) {
    return (row) => Array.from({ length: classes }, (_, c) => (c === labels[row] ? 1 : 0));
  }
  if (classes === 2 && outputSize === 1) return (row) => [labels[row]!];
  const fits = classes === 2 ? '1 output (sigmoid) or 2 outputs (softmax)' : `${classes} outputs (softmax)`;
  throw new Error(`dataset ${datasetName} has ${classes} classes: the network needs ${fits}, not ${outputSize}`);
}

/** Packs the given rows batch-major. */
export function packSplit(samples: Samples, rows: number[], target: (row: number) => number[]): DatasetSplit {
  const inputSize = samples.inputs[0]?.length ?? 0;
  const first = rows[0];
  const outputSize = first === undefined ? 0 : target(first).length;
  const x = new Float32Array(rows.length * inputSize);
  const y = new Float32Array(rows.length * outputSize);
  rows.forEach((row, r) => {
    x.set(samples.inputs[row]!, r * inputSize);
    y.set(target(row), r * outputSize);
  });
  return { x, y, count: rows.length };
}
