import { TABLE_DATASETS, type TableDatasetName } from './tableDatasets.ts';

/**
 * What each built-in dataset looks like from outside: its input width and the kind of target.
 * The generators live in engine/datasets; the compiler needs only these shapes to check that a
 * graph fits the data it will train on.
 */
export type DatasetTask =
  | { kind: 'classification'; classes: number }
  | { kind: 'regression'; outputs: number };

export interface DatasetInfo {
  name: string;
  label: string;
  inputSize: number;
  task: DatasetTask;
  /** True when points are 2-D and a decision boundary can be drawn. */
  planar: boolean;
}

const binary: DatasetTask = { kind: 'classification', classes: 2 };

/** The datasets generated from the seed (and iris, built into the code). */
export const GENERATED_DATASETS = {
  xor: { name: 'xor', label: 'XOR', inputSize: 2, task: binary, planar: true },
  circle: { name: 'circle', label: 'Circle', inputSize: 2, task: binary, planar: true },
  spiral: { name: 'spiral', label: 'Spiral (2 classes)', inputSize: 2, task: binary, planar: true },
  gaussian: { name: 'gaussian', label: 'Gaussian blobs', inputSize: 2, task: binary, planar: true },
  moons: { name: 'moons', label: 'Two moons', inputSize: 2, task: binary, planar: true },
  spiral3: {
    name: 'spiral3',
    label: 'Spiral (3 classes)',
    inputSize: 2,
    task: { kind: 'classification', classes: 3 },
    planar: true,
  },
  iris: {
    name: 'iris',
    label: 'Iris (150 flowers, 3 species)',
    inputSize: 4,
    task: { kind: 'classification', classes: 3 },
    planar: false,
  },
  regression: {
    name: 'regression',
    label: 'Regression (2-D → 1)',
    inputSize: 2,
    task: { kind: 'regression', outputs: 1 },
    planar: true,
  },
} as const satisfies Record<string, DatasetInfo>;

export type GeneratedDatasetName = keyof typeof GENERATED_DATASETS;
export const GENERATED_DATASET_NAMES = Object.keys(GENERATED_DATASETS) as GeneratedDatasetName[];

export function isGeneratedDatasetName(name: string): name is GeneratedDatasetName {
  return Object.hasOwn(GENERATED_DATASETS, name);
}

/** A name `training.dataset` may hold: a generated set or a built-in table. */
export type DatasetName = GeneratedDatasetName | TableDatasetName;

/**
 * Every built-in dataset by name: the generated ones, and the real tables (penguins, cars, mnist)
 * with the shape their preset choice of columns gives (`TABLE_DATASETS[name].choice`).
 */
export const DATASETS: Readonly<Record<DatasetName, DatasetInfo>> = {
  ...GENERATED_DATASETS,
  ...(Object.fromEntries(Object.entries(TABLE_DATASETS).map(([name, spec]) => [name, spec.info])) as Record<TableDatasetName, DatasetInfo>),
};
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

export function isDatasetName(name: string): name is DatasetName {
  return Object.hasOwn(DATASETS, name);
}
