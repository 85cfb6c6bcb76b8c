import type { FileHandle } from 'node:fs/promises';
import { NetworkProbe, planTraining, setUpTraining, TrainingDivergedError, type Network, type Trainer } from '../../engine/index.ts';
import { serializeModel, type NetloomModel, type ResolvedTrainingSettings } from '../../model/index.ts';
import { parseFlags, singlePositional } from '../args.ts';
import type { CliIO, Command } from '../command.ts';
import { describeEpoch, trainEpoch, type EpochRecord } from '../epochRecord.ts';
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
    compileModel(file, model, { dataset: settings.dataset });
    if (values.out !== undefined) await assertWritable(values.out);
    const metrics = values.metrics === undefined ? undefined : await openOutputFile(values.metrics);

    const { compiled, network, trainer } = setUpTraining(model, planTraining(settings));
    // The metrics file gets the statistics of every step; without one, nothing is measured.
    const probe = metrics && new NetworkProbe(network, compiled, { every: 1 });
    trainer.observe(probe ?? null);
    const started = performance.now();
    let last: EpochRecord;
    try {
      last = await runEpochs(trainer, settings.epochs, io, metrics && { file: metrics, probe: probe! });
    } catch (error) {
      if (!(error instanceof TrainingDivergedError)) throw error;
      io.stderr(`error: training stopped: ${error.message}`);
      return 1;
    } finally {
      await metrics?.close();
    }
    const seconds = Number(((performance.now() - started) / 1000).toFixed(3));

    if (values.out !== undefined) {
      await writeOutputFile(values.out, serializeModel(withTrainedWeights(model, network, settings)));
      io.stdout(`wrote ${values.out}`);
    }
    const { loss, accuracy, testLoss, testAccuracy } = last;
    io.stdout(JSON.stringify({ loss, accuracy, testLoss, testAccuracy, epochs: last.epoch, seconds }));
    return 0;
  },
};

/** Trains `epochs` epochs, logging each (with the probe's statistics) to the metrics file and some to stdout; returns the last. */
async function runEpochs(
  trainer: Trainer,
  epochs: number,
  io: CliIO,
  metrics: { file: FileHandle; probe: NetworkProbe } | undefined,
): Promise<EpochRecord> {
  const progressEvery = Math.ceil(epochs / PROGRESS_LINES);
  let record: EpochRecord | undefined;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    record = trainEpoch(trainer, metrics?.probe);
    await metrics?.file.write(`${JSON.stringify(record)}\n`);
    if (epoch % progressEvery === 0 || epoch === epochs) io.stdout(describeEpoch(record, epochs));
  }
  // The schema makes `epochs` a positive integer, so the loop ran at least once.
  return record!;
}

/** The model as trained: its weights, and the settings the run used (so the file reproduces it). */
function withTrainedWeights(model: NetloomModel, network: Network, settings: ResolvedTrainingSettings): NetloomModel {
  return { ...model, weights: network.weights(), training: { ...model.training, ...settings } };
}
