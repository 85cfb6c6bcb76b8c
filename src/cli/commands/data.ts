import { describeTable, planTable } from '../../engine/index.ts';
import { isTableDatasetName, TABLE_DATASET_NAMES, TABLE_DATASETS, type TableDatasetName } from '../../model/index.ts';
import { parseFlags } from '../args.ts';
import { COLUMN_FLAGS, columnChoice } from '../columnFlags.ts';
import { UsageError, type Command } from '../command.ts';
import { asInputFileError, readBuiltinTable, readTableFile } from '../tableFile.ts';

export const dataCommand: Command = {
  name: 'data',
  summary: 'Describe a CSV/TSV table or a built-in one as JSON: rows, Input and output widths, task, columns',
  usage: `data <file.csv> --target COLUMN [--features a,b,c] [--categorical a,b] | data --dataset ${TABLE_DATASET_NAMES.join('|')} [--target …]`,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { ...COLUMN_FLAGS, dataset: { type: 'string' } });
    const source = tableSource(positionals, values.dataset);
    const table = source.builtin ? await readBuiltinTable(source.builtin) : (await readTableFile(source.file)).table;
    const choice = columnChoice(values, source.builtin && TABLE_DATASETS[source.builtin].choice.target);
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
