import type { DatasetTask } from '../../model/index.ts';
import type { Samples } from './samples.ts';
import type { DatasetSplit } from './dataset.ts';

/**
 * How targets are laid out for a network with `outputSize` outputs: one-hot for as many outputs
 * as classes, a single 0/1 column for two classes and one output, the values themselves for
 * regression.
 * @throws Error naming the widths that would fit, for any other combination.
 */
export function targetLayout(task: DatasetTask, outputSize: number, datasetName: string): 'one-hot' | 'zero-one' | 'values' {
  if (task.kind === 'regression') {
    if (outputSize !== task.outputs) throw new Error(`dataset ${datasetName} has ${task.outputs} target value(s); the network has ${outputSize} outputs`);
    return 'values';
  }
  const { classes } = task;
  if (outputSize === classes) return 'one-hot';
  if (classes === 2 && outputSize === 1) return 'zero-one';
  const fits = classes === 2 ? '1 output (sigmoid) or 2 outputs (softmax)' : `${classes} outputs (softmax)`;
  throw new Error(`dataset ${datasetName} has ${classes} classes: the network needs ${fits}, not ${outputSize}`);
}

/** The target columns of each generated row, laid out by `targetLayout`. */
export function targetEncoder(samples: Samples, outputSize: number, datasetName: string): (row: number) => number[] {
  if (samples.kind === 'regression') {
    targetLayout({ kind: 'regression', outputs: samples.targets[0]?.length ?? 0 }, outputSize, datasetName);
    return (row) => samples.targets[row]!;
  }
  const { classes, labels } = samples;
  if (targetLayout({ kind: 'classification', classes }, outputSize, datasetName) === 'zero-one') return (row) => [labels[row]!];
  return (row) => Array.from({ length: classes }, (_, c) => (c === labels[row] ? 1 : 0));
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
