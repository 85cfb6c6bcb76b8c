import {
  GENERATED_DATASETS,
  TABLE_DATASETS,
  tableDatasetInfo,
  type DataReference,
  type DatasetInfo,
  type GeneratedDatasetName,
  type TableReference,
} from '../../model/index.ts';
import type { Dataset, ImageRows } from './dataset.ts';
import { generateDataset } from './index.ts';
import { encodeTable } from './tabular/encodeTable.ts';
import { planTable, type TablePlan } from './tabular/plan.ts';
import type { Table } from './tabular/table.ts';

/** What the rows of a run depend on besides the dataset itself. */
export interface LoadOptions {
  /** Seeds the split (and a generated set's points). */
  seed: number;
  /** Jitter of a generated set's points, 0–1; a table ignores it. */
  noise: number;
  trainFraction: number;
  /** The network's output width, which decides how the target is laid out (see `targetLayout`). */
  outputSize: number;
}

/**
 * A dataset resolved from its reference. The compiler sees only `info`, its shape and task;
 * `load` gives the rows, split from the seed and encoded for the network.
 */
export interface DatasetProvider {
  readonly info: DatasetInfo;
  /** @throws Error when `outputSize` fits no encoding of the target (see `targetLayout`). */
  load(options: LoadOptions): Dataset;
}

/**
 * The tables that have been read, by reference: the CLI reads the file named on its command line,
 * the worker fetches a built-in one or parses the bytes it was sent, before a run is set up.
 */
export type TableLookup = (table: TableReference) => Table | undefined;

/**
 * The provider of the data a reference names: a generated set, or a table (which `tables` must
 * hold) with the chosen columns.
 * @throws Error when the table has not been read; TableError (naming the file and column) when
 *   the choice of columns does not fit it.
 */
export function resolveDataset(reference: DataReference, tables?: TableLookup): DatasetProvider {
  if (reference.kind === 'generated') return generatedProvider(reference.name);
  const table = tables?.(reference.table);
  if (!table) throw new Error(`the table ${describeTable(reference.table)} has not been read: read it before setting up a run on it`);
  return tableProvider(planTable(table, reference.choice), tablePresentation(reference.table));
}

/** A provider of rows already made (the benchmarks' synthetic data, or a run reset on the same data). */
export function fixedProvider(dataset: Dataset): DatasetProvider {
  return { info: dataset.info, load: () => dataset };
}

function generatedProvider(name: GeneratedDatasetName): DatasetProvider {
  return {
    info: GENERATED_DATASETS[name],
    load: ({ seed, noise, trainFraction, outputSize }) => generateDataset(name, { seed, noise, trainFraction, outputSize }),
  };
}

/** How a built-in table is shown: its label, and the pixel grid of an image set. */
export interface TablePresentation {
  label: string;
  image: { width: number; height: number } | null;
}

/** A built-in table's label and image grid; undefined for a file (named by its file name, no pictures). */
export function tablePresentation(table: TableReference): TablePresentation | undefined {
  if (table.kind !== 'builtin') return undefined;
  const { info, image } = TABLE_DATASETS[table.name];
  return { label: info.label, image };
}

/** A table under a choice of columns: `info` from the plan, rows encoded on `load`. */
export function tableProvider(plan: TablePlan, presentation?: TablePresentation): DatasetProvider {
  const info = tableDatasetInfo(plan.table.name, plan, presentation?.label);
  return {
    info,
    load({ seed, trainFraction, outputSize }) {
      const encoded = encodeTable(plan, { seed, trainFraction, outputSize });
      const { target } = plan;
      const images = presentation?.image && imageRows(plan, encoded.rows.test, presentation.image);
      return {
        ...encoded.dataset,
        info,
        ...(target.kind === 'classification' ? { classNames: target.classes } : {}),
        ...(encoded.targetScaling ? { targetScaling: encoded.targetScaling } : {}),
        ...(images ? { testImages: images } : {}),
      };
    },
  };
}

/**
 * The pictures of the given table rows, when the features are exactly the image's pixels (0–1
 * numbers, row by row); null when a person chose other columns.
 */
function imageRows({ features }: TablePlan, rows: Int32Array, { width, height }: { width: number; height: number }): ImageRows | null {
  const size = width * height;
  if (features.length !== size || features.some((feature) => feature.column.type !== 'numeric')) return null;
  const pixels = new Uint8Array(rows.length * size);
  features.forEach(({ column }, p) => {
    const values = (column as { values: ArrayLike<number> }).values;
    for (let r = 0; r < rows.length; r++) pixels[r * size + p] = Math.round(values[rows[r]!]! * 255);
  });
  return { width, height, pixels };
}

function describeTable(table: TableReference): string {
  return table.kind === 'builtin' ? table.name : `${table.file} (sha256 ${table.sha256.slice(0, 12)}…)`;
}
