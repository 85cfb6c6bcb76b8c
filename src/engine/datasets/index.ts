import { GENERATED_DATASETS, TRAINING_DEFAULTS, type GeneratedDatasetName } from '../../model/index.ts';
import { assertNever } from '../assertNever.ts';
import { createRng, type Rng } from '../rng.ts';
import type { Dataset } from './dataset.ts';
import { packSplit, targetEncoder } from './encode.ts';
import { irisSamples } from './iris.ts';
import { PLANAR_CLASSIFICATION, PLANAR_EXTENT, planarClassification, planarRegression } from './planar.ts';
import type { Samples } from './samples.ts';
import { splitSamples } from './split.ts';

export interface DatasetOptions {
  seed: number;
  /** 0 (clean) to 1: jitter of the points, or of the target for regression. Ignored for iris. Default 0. */
  noise?: number;
  /** Fraction of the rows used for training; the rest is the test set. Default `TRAINING_DEFAULTS.trainFraction` (0.5). */
  trainFraction?: number;
  /** Rows to generate, train and test together. Default 400; iris always has 150. */
  samples?: number;
  /** The network's output width, which decides the target encoding (see `targetEncoder`). */
  outputSize: number;
}

const DEFAULT_SAMPLES = 400;

/** Generates a built-in dataset from the seed: the same options always give the same rows. */
export function generateDataset(name: GeneratedDatasetName, options: DatasetOptions): Dataset {
  const rng = createRng(options.seed, 'data');
  const info = GENERATED_DATASETS[name];
  const samples = generateSamples(name, rng, options.samples ?? DEFAULT_SAMPLES, options.noise ?? 0);
  const target = targetEncoder(samples, options.outputSize, name);
  const { train, test } = splitSamples(samples, options.trainFraction ?? TRAINING_DEFAULTS.trainFraction, rng);
  return {
    info,
    inputSize: info.inputSize,
    outputSize: options.outputSize,
    train: packSplit(samples, train, target),
    test: packSplit(samples, test, target),
    extent: info.planar ? PLANAR_EXTENT : null,
    ...(samples.kind === 'classification' && samples.classNames ? { classNames: samples.classNames } : {}),
  };
}

function generateSamples(name: GeneratedDatasetName, rng: Rng, count: number, noise: number): Samples {
  switch (name) {
    case 'xor':
    case 'circle':
    case 'spiral':
    case 'gaussian':
    case 'moons':
    case 'spiral3':
      return planarClassification(PLANAR_CLASSIFICATION[name], rng, count, noise);
    case 'regression':
      return planarRegression(rng, count, noise);
    case 'iris':
      return irisSamples();
    default:
      return assertNever(name);
  }
}

/**
 * Inputs for a decision-boundary heatmap: the centres of a resolution × resolution grid over
 * [min, max]², batch-major, row by row from the top (largest second coordinate) so that grid
 * row j, column i is input row j · resolution + i. Feed it to `network.predict`.
 */
export function createGrid(resolution: number, [min, max]: readonly [number, number]): Float32Array {
  const grid = new Float32Array(resolution * resolution * 2);
  const cell = (max - min) / resolution;
  for (let j = 0; j < resolution; j++) {
    for (let i = 0; i < resolution; i++) {
      const row = j * resolution + i;
      grid[2 * row] = min + (i + 0.5) * cell;
      grid[2 * row + 1] = max - (j + 0.5) * cell;
    }
  }
  return grid;
}
