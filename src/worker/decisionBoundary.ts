import { argmax, createGrid, type Dataset, type DatasetSplit, type Network } from '../engine/index.ts';
import type { BoundarySnapshot } from './metricTypes.ts';

/** Grid cells per side: fine enough to see the boundary's shape, cheap enough to redo 4 times a second. */
export const BOUNDARY_RESOLUTION = 48;

/** Room around the outermost point, so points never sit on the heatmap's edge. */
const MARGIN = 1.1;

/** What every snapshot of one dataset shares: the grid's inputs and the points drawn on top. */
export interface PlanePoints {
  grid: Float32Array;
  extent: BoundarySnapshot['extent'];
  classes: number;
  classNames: readonly string[] | undefined;
  train: BoundarySnapshot['train'];
  test: BoundarySnapshot['test'];
}

/** The grid and the data of a 2-D dataset; null for any other. */
export function planePoints(dataset: Dataset): PlanePoints | null {
  if (!dataset.extent || dataset.inputSize !== 2) return null;
  // Noise pushes points outside the generator's square; the heatmap must cover all of them.
  let half = Math.max(Math.abs(dataset.extent[0]), Math.abs(dataset.extent[1]));
  for (const split of [dataset.train, dataset.test]) {
    for (const value of split.x) half = Math.max(half, Math.abs(value));
  }
  half *= MARGIN;
  const task = dataset.info.task;
  return {
    grid: createGrid(BOUNDARY_RESOLUTION, [-half, half]),
    extent: { xMin: -half, xMax: half, yMin: -half, yMax: half },
    classes: task.kind === 'classification' ? task.classes : 0,
    classNames: dataset.classNames,
    train: labelled(dataset.train, dataset.outputSize),
    test: labelled(dataset.test, dataset.outputSize),
  };
}

/** The network's output over the grid, as `BoundarySnapshot.values` describes it. */
export function decisionBoundary(network: Network, points: PlanePoints): BoundarySnapshot {
  const cells = BOUNDARY_RESOLUTION * BOUNDARY_RESOLUTION;
  const output = network.predict(points.grid, cells);
  const width = network.outputSize;
  const values = new Float32Array(cells);
  for (let cell = 0; cell < cells; cell++) values[cell] = width === 1 ? output[cell]! : argmax(output, cell * width, width);
  const { extent, classes, classNames, train, test } = points;
  return { resolution: BOUNDARY_RESOLUTION, extent, values, classes, ...(classNames ? { classNames } : {}), train, test };
}

/** A split's points with one label each: the class index (one-hot targets decoded) or the value. */
function labelled(split: DatasetSplit, outputSize: number): { xy: Float32Array; labels: Float32Array } {
  const labels = new Float32Array(split.count);
  for (let row = 0; row < split.count; row++) {
    labels[row] = outputSize === 1 ? split.y[row]! : argmax(split.y, row * outputSize, outputSize);
  }
  return { xy: split.x.slice(0, split.count * 2), labels };
}
