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

export const DATASETS = {
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

export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

export function isDatasetName(name: string): name is DatasetName {
  return Object.hasOwn(DATASETS, name);
}
