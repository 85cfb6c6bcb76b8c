import { basename } from 'node:path';
import { dataSourceOf, planTable, sourceMismatches, type Table, type TableLookup } from '../engine/index.ts';
import {
  dataReferenceOf,
  isDatasetName,
  isFileSource,
  isTableDatasetName,
  DATASET_NAMES,
  TABLE_DATASETS,
  tableKey,
  type ColumnChoice,
  type DataSource,
  type TrainingSettings,
} from '../model/index.ts';
import { columnChoice, hasColumnFlags, type ColumnFlags } from './columnFlags.ts';
import { InputFileError, UsageError } from './command.ts';
import { asInputFileError, readBuiltinTable, readTableFile } from './tableFile.ts';

/** The `train` flags that name the data. */
export const DATA_FLAGS = { data: { type: 'string' }, dataset: { type: 'string' } } as const;

type DataFlags = ColumnFlags & Partial<Record<keyof typeof DATA_FLAGS, string>>;

/** What a `train` run trains on: the model's training block with the data the flags chose, and the table it needs read. */
export interface TrainData {
  training: TrainingSettings;
  tables: TableLookup;
}

/**
 * The data a run trains on: `--data FILE` (a table by file), `--dataset NAME` (a built-in one), or
 * the model's own `training` block; `--target`, `--features` and `--categorical` choose a table's
 * columns. Without them a file is read with the model's recorded columns, and must be the file
 * the model records (same hash and columns), or the run is refused saying what differs.
 * @throws UsageError for flags that do not go together; InputFileError for a file that cannot be
 *   read or does not fit (naming the file, the line and the column).
 */
export async function resolveTrainData(modelFile: string, training: TrainingSettings = {}, flags: DataFlags): Promise<TrainData> {
  if (flags.data !== undefined && flags.dataset !== undefined) {
    throw new UsageError(`give --data or --dataset, not both (got --data ${flags.data} and --dataset ${flags.dataset})`);
  }
  if (flags.data !== undefined) return fileData(flags.data, training, flags);
  const dataset = flags.dataset ?? training.dataset;
  if (flags.dataset !== undefined && !isDatasetName(flags.dataset)) {
    throw new UsageError(`--dataset: unknown dataset "${flags.dataset}"; choose one of ${DATASET_NAMES.join(', ')}`);
  }
  if (flags.dataset === undefined && isFileSource(training.data)) {
    const { file } = training.data;
    throw new UsageError(`${modelFile} trains on the table ${file} (training.data): give it with --data ${file}`);
  }
  const rest = withoutData(training);
  if (dataset === undefined || !isTableDatasetName(dataset)) {
    if (hasColumnFlags(flags)) throw new UsageError(`--target, --features and --categorical choose a table's columns; ${dataset ?? 'the default dataset'} is generated`);
    return { training: flags.dataset === undefined ? training : { ...rest, dataset: flags.dataset }, tables: () => undefined };
  }
  const table = await readBuiltinTable(dataset);
  const tables: TableLookup = (reference) => (tableKey(reference) === `builtin:${dataset}` ? table : undefined);
  // The model's own choice of columns holds while it names the same table.
  const kept = training.dataset === dataset ? training.data : undefined;
  const data = hasColumnFlags(flags) ? await sourceOf(table, columnChoice(flags, TABLE_DATASETS[dataset].choice.target)) : kept;
  return { training: { ...rest, dataset, ...(data ? { data } : {}) }, tables };
}

/** `--data FILE`: the columns from the flags, or the model's own (then the file must be the one it records). */
async function fileData(path: string, training: TrainingSettings, flags: ColumnFlags): Promise<TrainData> {
  const { table, sha256 } = await readTableFile(path);
  const file = { file: basename(path), sha256 };
  const recorded = training.data;
  let data: DataSource;
  if (hasColumnFlags(flags)) {
    data = await sourceOf(table, columnChoice(flags), file);
  } else if (isFileSource(recorded)) {
    const problems = sourceMismatches(recorded, { sha256, table });
    if (problems.length > 0) {
      throw new InputFileError(`${path} does not fit the model's training.data (give --target to train on this file's columns instead):\n  ${problems.join('\n  ')}`);
    }
    data = recorded;
  } else {
    throw new UsageError('missing --target: the column of the table to predict');
  }
  const reference = dataReferenceOf({ data });
  const key = reference.kind === 'table' ? tableKey(reference.table) : '';
  return { training: { ...withoutData(training), data }, tables: (wanted) => (tableKey(wanted) === key ? table : undefined) };
}

/** The `training.data` block for a choice of the table's columns. */
async function sourceOf(table: Table, choice: ColumnChoice, file?: { file: string; sha256: string }): Promise<DataSource> {
  return dataSourceOf(await asInputFileError(() => planTable(table, choice)), file);
}

/** The training block without the fields that name the data. */
function withoutData({ dataset: _dataset, data: _data, ...rest }: TrainingSettings): TrainingSettings {
  return rest;
}
