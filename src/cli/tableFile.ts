import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ensureDatasetAssets } from '../../scripts/datasetAssets.ts';
import { TABLE_DATASET_FILES, readTableDataset } from '../engine/datasets/builtin/index.ts';
import { checkTableSize, decodeTableBytes, MAX_TABLE_BYTES, parseTable, sha256Hex, TableError, type Table } from '../engine/datasets/tabular/index.ts';
import type { TableDatasetName } from '../model/index.ts';
import { InputFileError } from './command.ts';
import { readInputFile } from './modelFile.ts';

/** Tables are read whole; `checkTableSize` has already said, in the table's words, what is too large. */
const TABLE_FILE_LIMIT = { maxBytes: MAX_TABLE_BYTES, limit: 'the most Netloom reads from a table' };

/**
 * Reads a CSV, TSV or semicolon file named on the command line into a table, with the SHA-256 of
 * its bytes (what `training.data` records). A file that is too large is refused before it is
 * read. A missing file, or one that is not a table, is an InputFileError (exit 2) saying where:
 * `penguins.csv line 12: 5 values, but the header …`.
 */
export async function readTableFile(file: string): Promise<{ table: Table; sha256: string }> {
  const size = await stat(file).then(
    (stats) => stats.size,
    () => 0, // a missing file is reported by readInputFile, in the same words as every other command
  );
  return asInputFileError(async () => {
    checkTableSize(size, file);
    const bytes = new Uint8Array(await readInputFile(file, TABLE_FILE_LIMIT));
    return { table: parseTable(decodeTableBytes(bytes, file), file), sha256: await sha256Hex(bytes) };
  });
}

/** A built-in table (penguins, cars, mnist), its file built first if it is missing. */
export async function readBuiltinTable(name: TableDatasetName): Promise<Table> {
  ensureDatasetAssets();
  const file = fileURLToPath(TABLE_DATASET_FILES[name]);
  return readTableDataset(name, await readInputFile(file, { ...TABLE_FILE_LIMIT, what: `the ${name} dataset's file ${file}` }));
}

/** Runs `work`, turning a TableError (a file or a choice of columns that does not fit) into an InputFileError. */
export async function asInputFileError<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TableError) throw new InputFileError(error.message);
    throw error;
  }
}
