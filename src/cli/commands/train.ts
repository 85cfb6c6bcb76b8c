import type { FileHandle } from 'node:fs/promises';
import { planTraining, setUpTraining, TrainingDivergedError, type Network, type Trainer } from '../../engine/index.ts';
import { serializeModel, type NetloomModel, type ResolvedTrainingSettings } from '../../model/index.ts';
import { parseFlags, singlePositional } from '../args.ts';
import type { CliIO, Command } from '../command.ts';
import { describeEpoch, trainEpoch, type EpochRecord } from '../epochRecord.ts';
import { nonFiniteNumbers, printJsonResult, toJsonLine } from '../jsonOutput.ts';
import { assertWritable, compileModel, openOutputFile, readModelFile, writeOutputFile } from '../modelFile.ts';
import { resolveTrainingSettings, SETTING_FLAGS } from '../trainSettings.ts';

/** Progress lines printed over a whole run, whatever the number of epochs. */
const PROGRESS_LINES = 10;

export const trainCommand: Command = {
  name: 'train',
  summary: "Train a model on a built-in dataset (flags override the model's training settings)",
  usage:
    'train <model.json> [--dataset NAME] [--epochs N] [--optimizer sgd|momentum|adam] [--lr X] ' +
    '[--batch-size B] [--seed S] [--metrics m.jsonl] [--out trained.json]',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      ...SETTING_FLAGS,
      metrics: { type: 'string' },
      out: { type: 'string' },
    });
    const file = singlePositional(positionals, 'model file');
    const model = await readModelFile(file);
    const settings = resolveTrainingSettings(model.training, values);
    // Compiling here reports an invalid graph the way every other command does (exit 1, node ids).
    compileModel(file, model, { dataset: settings.dataset, batchSize: settings.batchSize });
    if (values.out !== undefined) await assertWritable(values.out);
    if (values.metrics !== undefined) await assertWritable(values.metrics);
    const metrics = values.metrics === undefined ? undefined : new MetricsFile(values.metrics);

    const { network, trainer } = setUpTraining(model, planTraining(settings));
    const started = performance.now();
    let last: EpochRecord;
    try {
      last = await runEpochs(trainer, settings.epochs, io, metrics);
    } catch (error) {
      if (!(error instanceof TrainingDivergedError)) throw error;
      io.stderr(`error: training stopped: ${error.message}`);
      return 1;
    } finally {
      await metrics?.close();
    }
    const seconds = Number(((performance.now() - started) / 1000).toFixed(3));

    const { loss, accuracy, testLoss, testAccuracy } = last;
    const summary = { loss, accuracy, testLoss, testAccuracy, epochs: last.epoch, seconds };
    const finished = nonFiniteNumbers(summary).length === 0;
    if (values.out !== undefined && finished) {
      await writeOutputFile(values.out, serializeModel(withTrainedWeights(model, network, settings)));
      io.stdout(`wrote ${values.out}`);
    }
    const unwritten = values.out === undefined ? '' : ` (${values.out} not written)`;
    return printJsonResult(io, summary, `training ended on numbers that are not finite${unwritten}`);
  },
};

/** Trains `epochs` epochs, logging each to the metrics file and some to stdout; returns the last. */
async function runEpochs(trainer: Trainer, epochs: number, io: CliIO, metrics: MetricsFile | undefined): Promise<EpochRecord> {
  const progressEvery = Math.ceil(epochs / PROGRESS_LINES);
  let record: EpochRecord | undefined;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    record = trainEpoch(trainer);
    await metrics?.append(`${toJsonLine(record)}\n`);
    if (epoch % progressEvery === 0 || epoch === epochs) io.stdout(describeEpoch(record, epochs));
  }
  // The schema makes `epochs` a positive integer, so the loop ran at least once.
  return record!;
}

/**
 * The `--metrics` file, created with its first line: a run that diverges before its first
 * epoch ends leaves no empty file (and an earlier file of that name as it was).
 */
class MetricsFile {
  private handle: FileHandle | undefined;

  constructor(private readonly file: string) {}

  async append(line: string): Promise<void> {
    this.handle ??= await openOutputFile(this.file);
    await this.handle.write(line);
  }

  async close(): Promise<void> {
    await this.handle?.close();
  }
}

/** The model as trained: its weights, and the settings the run used (so the file reproduces it). */
function withTrainedWeights(model: NetloomModel, network: Network, settings: ResolvedTrainingSettings): NetloomModel {
  return { ...model, weights: network.weights(), training: { ...model.training, ...settings } };
}
