import type { FileHandle } from 'node:fs/promises';
import { NetworkProbe, planTraining, regressionFit, resolveDataset, setUpTraining, TrainingDivergedError, type Dataset, type Network, type Trainer } from '../../engine/index.ts';
import { dataReferenceOf, serializeModel, type NetloomModel, type ResolvedTrainingSettings } from '../../model/index.ts';
import { parseFlags, singlePositional } from '../args.ts';
import { COLUMN_FLAGS } from '../columnFlags.ts';
import type { CliIO, Command } from '../command.ts';
import { describeEpoch, initialRecord, trainEpoch, type EpochRecord, type RunTiming } from '../epochRecord.ts';
import { nonFiniteNumbers, printJsonResult, toJsonLine } from '../jsonOutput.ts';
import { kernelsFromEnv } from '../kernelsFromEnv.ts';
import { assertWritable, compileModel, openOutputFile, readModelFile, writeOutputFile } from '../modelFile.ts';
import { asInputFileError } from '../tableFile.ts';
import { DATA_FLAGS, resolveTrainData } from '../trainData.ts';
import { resolveTrainingSettings, SETTING_FLAGS } from '../trainSettings.ts';

/** Progress lines printed over a whole run, whatever the number of epochs. */
const PROGRESS_LINES = 10;

export const trainCommand: Command = {
  name: 'train',
  summary: "Train a model on a built-in dataset or a CSV/TSV table (flags override the model's training settings)",
  usage:
    'train <model.json> [--dataset NAME | --data FILE.csv] [--target COLUMN] [--features a,b,c] [--categorical a,b] ' +
    '[--epochs N] [--optimizer sgd|momentum|adam] [--lr X] [--batch-size B] [--seed S] [--metrics m.jsonl] [--out trained.json]   ' +
    '(--epochs 0 takes no step: --out then writes the initial weights drawn from the seed)',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      ...SETTING_FLAGS,
      ...DATA_FLAGS,
      ...COLUMN_FLAGS,
      metrics: { type: 'string' },
      out: { type: 'string' },
    });
    const file = singlePositional(positionals, 'model file');
    const model = await readModelFile(file);
    const { training, tables } = await resolveTrainData(file, model.training, values);
    const settings = resolveTrainingSettings(training, values);
    // Compiling here reports an invalid graph the way every other command does (exit 1, node ids).
    const provider = await asInputFileError(() => resolveDataset(dataReferenceOf(settings), tables));
    compileModel(file, model, { dataset: provider.info, batchSize: settings.batchSize });
    if (values.out !== undefined) await assertWritable(values.out);
    if (values.metrics !== undefined) await assertWritable(values.metrics);
    const metrics = values.metrics === undefined ? undefined : new MetricsFile(values.metrics);

    const { compiled, network, trainer, dataset } = setUpTraining(model, planTraining(settings), { provider, kernels: kernelsFromEnv() });
    // The metrics file gets the statistics of every step; without one, nothing is measured.
    const probe = metrics && new NetworkProbe(network, compiled, { every: 1 });
    trainer.observe(probe ?? null);
    const started = performance.now();
    const timing: RunTiming = { stepSeconds: 0, samples: 0, evalSeconds: 0 };
    let last: EpochRecord;
    try {
      last = await runEpochs(trainer, settings.epochs, io, metrics && { file: metrics, probe: probe! }, timing);
      await metrics?.finish();
    } catch (error) {
      if (!(error instanceof TrainingDivergedError)) throw error;
      io.stderr(`error: training stopped: ${error.message}`);
      return 1;
    } finally {
      await metrics?.close();
    }
    const seconds = Number(((performance.now() - started) / 1000).toFixed(3));

    const { loss, accuracy, testLoss, testAccuracy } = last;
    // Optimizer steps only: evaluating both splits after every epoch is in evalSeconds.
    const samplesPerSecond = timing.stepSeconds > 0 ? Math.round(timing.samples / timing.stepSeconds) : 0;
    const evalSeconds = Number(timing.evalSeconds.toFixed(3));
    const regression = regressionSummary(network, dataset);
    const summary = { loss, accuracy, testLoss, testAccuracy, ...regression, epochs: last.epoch, seconds, samplesPerSecond, evalSeconds };
    const finished = nonFiniteNumbers(summary).length === 0;
    if (values.out !== undefined && finished) {
      await writeOutputFile(values.out, serializeModel(withTrainedWeights(model, network, settings)));
      io.stdout(`wrote ${values.out}`);
    }
    const unwritten = values.out === undefined ? '' : ` (${values.out} not written)`;
    return printJsonResult(io, summary, `training ended on numbers that are not finite${unwritten}`);
  },
};

/**
 * Trains `epochs` epochs, logging each (with the probe's statistics) to the metrics file and some
 * to stdout; returns the last (for 0 epochs, the initial weights' scores).
 */
async function runEpochs(
  trainer: Trainer,
  epochs: number,
  io: CliIO,
  metrics: { file: MetricsFile; probe: NetworkProbe } | undefined,
  timing: RunTiming,
): Promise<EpochRecord> {
  const progressEvery = Math.ceil(epochs / PROGRESS_LINES);
  let record = initialRecord(trainer);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    record = trainEpoch(trainer, timing, metrics?.probe);
    await metrics?.file.append(`${toJsonLine(record)}\n`);
    if (epoch % progressEvery === 0 || epoch === epochs) io.stdout(describeEpoch(record, epochs));
  }
  return record;
}

/** For a regression, RMSE and R² on both splits in the target's own units (see `regressionFit`); nothing for a classification. */
function regressionSummary(network: Network, dataset: Dataset): { rmse: number; r2: number; testRmse: number; testR2: number } | object {
  if (dataset.info.task.kind !== 'regression') return {};
  const fit = (split: Dataset['train']) => regressionFit(network.predict(split.x, split.count), split, network.outputSize, dataset.targetScaling);
  const train = fit(dataset.train);
  const test = fit(dataset.test);
  return { rmse: train.rmse, r2: train.r2, testRmse: test.rmse, testR2: test.r2 };
}

/**
 * The `--metrics` file, created with its first line: a run that diverges before its first
 * epoch ends leaves no empty file (and an earlier file of that name as it was). A run that
 * finishes without an epoch (`--epochs 0`) gets its empty file from `finish`.
 */
class MetricsFile {
  private handle: FileHandle | undefined;

  constructor(private readonly file: string) {}

  async append(line: string): Promise<void> {
    this.handle ??= await openOutputFile(this.file);
    await this.handle.write(line);
  }

  async finish(): Promise<void> {
    this.handle ??= await openOutputFile(this.file);
  }

  async close(): Promise<void> {
    await this.handle?.close();
  }
}

/**
 * The model as trained: its weights, and the settings the run used (so the file reproduces it;
 * the data fields as the run used them, so a file replaces a dataset and the other way round).
 * After `--epochs 0` the weights are the initial ones and the model keeps its own epoch count
 * (0 is no setting a model can store).
 */
function withTrainedWeights(model: NetloomModel, network: Network, { epochs, ...settings }: ResolvedTrainingSettings): NetloomModel {
  const { dataset: _dataset, data: _data, ...others } = model.training ?? {};
  return { ...model, weights: network.weights(), training: { ...others, ...settings, ...(epochs > 0 ? { epochs } : {}) } };
}
