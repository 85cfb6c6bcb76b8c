import type { DatasetInfo } from '../../model/index.ts';

/** Rows of one split, batch-major: row r of `x` starts at r * inputSize, of `y` at r * outputSize. */
export interface DatasetSplit {
  x: Float32Array;
  y: Float32Array;
  count: number;
}

/** A generated (or loaded) dataset, its targets already encoded for the network's output width. */
export interface Dataset {
  info: DatasetInfo;
  inputSize: number;
  outputSize: number;
  train: DatasetSplit;
  test: DatasetSplit;
  /**
   * For planar datasets, the square [min, max]² that holds the points before noise: the range
   * to draw a decision boundary over (see `createGrid`). Null when the inputs are not 2-D.
   */
  extent: readonly [number, number] | null;
}
