import type { DatasetInfo } from '../../model/index.ts';

/** Rows of one split, batch-major: row r of `x` starts at r * inputSize, of `y` at r * outputSize. */
export interface DatasetSplit {
  x: Float32Array;
  y: Float32Array;
  count: number;
}

/** A mean and standard deviation that map a value to `(value − mean) / std`. */
export interface Standardization {
  mean: number;
  std: number;
}

/** Grey-scale images, one per row of a split: row r's pixels are `pixels[r · width · height …]`, 0 (black) … 255, row by row. */
export interface ImageRows {
  width: number;
  height: number;
  pixels: Uint8Array;
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
  /** A classification's class names, in output order (absent: the classes are shown by index). */
  classNames?: readonly string[];
  /** A regression target standardised for training: an output p is p · std + mean in the target's units (absent: outputs are in those units). */
  targetScaling?: Standardization;
  /** For image data (the MNIST digits), the test rows as pictures. */
  testImages?: ImageRows;
}
