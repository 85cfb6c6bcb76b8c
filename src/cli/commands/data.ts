import { describeTable, planTable } from '../../engine/datasets/tabular/index.ts';
import { isTableDatasetName, TABLE_DATASET_NAMES, TABLE_DATASETS, type ColumnChoice, type TableDatasetName } from '../../model/index.ts';
import { parseFlags } from '../args.ts';
import { UsageError, type Command } from '../command.ts';
import { asInputFileError, readBuiltinTable, readTableFile } from '../tableFile.ts';

export const dataCommand: Command = {
  name: 'data',
  summary: 'Describe a CSV/TSV table or a built-in one as JSON: rows, Input and output widths, task, columns',
  usage: `data <file.csv> --target COLUMN [--features a,b,c] [--categorical a,b] | data --dataset ${TABLE_DATASET_NAMES.join('|')} [--target …]`,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      target: { type: 'string' },
      features: { type: 'string' },
      categorical: { type: 'string' },
      dataset: { type: 'string' },
    });
    const source = tableSource(positionals, values.dataset);
    const table = source.builtin ? await readBuiltinTable(source.builtin) : await readTableFile(source.file);
    const target = values.target ?? (source.builtin ? TABLE_DATASETS[source.builtin].choice.target : undefined);
    if (target === undefined) throw new UsageError('missing --target: the column to predict');
    const choice: ColumnChoice = {
      target,
      ...(values.features === undefined ? {} : { features: columnList(values.features, '--features') }),
      columns: Object.fromEntries(columnList(values.categorical ?? '', '--categorical', true).map((name) => [name, 'categorical'])),
    };
    const plan = await asInputFileError(() => planTable(table, choice));
    io.stdout(JSON.stringify(describeTable(plan)));
    return 0;
  },
};

/** The file given, or the built-in dataset named by --dataset: one or the other. */
function tableSource(positionals: string[], dataset: string | undefined): { file: string; builtin?: undefined } | { builtin: TableDatasetName } {
  if (dataset !== undefined) {
    if (positionals.length > 0) throw new UsageError(`give a file or --dataset, not both (got ${positionals.join(' ')} and --dataset ${dataset})`);
    if (!isTableDatasetName(dataset)) throw new UsageError(`--dataset: unknown dataset "${dataset}"; choose one of ${TABLE_DATASET_NAMES.join(', ')}`);
    return { builtin: dataset };
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the table file' : `expected one table file, got ${positionals.join(' ')}`);
  return { file: positionals[0]! };
}

/** `a, b,c` → ["a", "b", "c"]: column names separated by commas. */
function columnList(text: string, flag: string, emptyAllowed = false): string[] {
  const names = text.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0 && !emptyAllowed) throw new UsageError(`${flag}: expected column names separated by commas`);
  return names;
}
