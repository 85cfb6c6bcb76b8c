import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TableDatasetName } from '../../../model/index.ts';
import type { Table } from '../tabular/table.ts';
import { readTableDataset, TABLE_DATASET_FILES } from './tableDatasets.ts';

/** The bytes of a built-in table's file (built by Vitest's global setup), for tests. */
export function builtinTableBytes(name: TableDatasetName): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(fileURLToPath(TABLE_DATASET_FILES[name])));
}

/** A built-in table read from its file, as the worker reads it after fetching it (tests only). */
export function builtinTable(name: TableDatasetName): Table {
  return readTableDataset(name, builtinTableBytes(name));
}
