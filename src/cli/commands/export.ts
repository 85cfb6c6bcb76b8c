import { basename, dirname, join } from 'node:path';
import { ExportError, exportOnnx, exportPytorchFiles, exportTfjsFiles, pytorchTrainingCsv } from '../../export/index.ts';
import type { NetloomModel } from '../../model/index.ts';
import { parseFlags, requiredFlag, singlePositional } from '../args.ts';
import { UsageError, type Command } from '../command.ts';
import { assertWritable, compileModelFile, createOutputFolder, InvalidModelError, writeOutputFile } from '../modelFile.ts';

const FORMATS = ['tfjs', 'onnx', 'pytorch'] as const;
type ExportFormat = (typeof FORMATS)[number];

interface OutputFile {
  path: string;
  bytes: Uint8Array | string;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a model as a TensorFlow.js Layers model (model.json + weights), an ONNX file or a PyTorch training script',
  usage:
    'export <model.json> --format tfjs|onnx|pytorch --out <folder for tfjs | file.onnx | file.py> ' +
    '[--csv <file.csv>: with pytorch, also the rows the model trains on in Netloom]',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { format: { type: 'string' }, out: { type: 'string' }, csv: { type: 'string' } });
    const file = singlePositional(positionals, 'model file');
    const format = formatFlag(requiredFlag(values.format, '--format'));
    const out = requiredFlag(values.out, '--out');
    if (values.csv !== undefined && format !== 'pytorch') throw new UsageError('--csv goes with --format pytorch: it writes the rows the script trains on');
    // Compiling here reports an invalid graph the way every other command does (exit 1, node ids).
    const { model } = await compileModelFile(file);
    const outputs = [...exportedFiles(file, model, format, out), ...(values.csv === undefined ? [] : [trainingCsv(model, values.csv)])];
    if (format === 'tfjs') await createOutputFolder(out);
    // Every file is checked before the first is written, so a bad one leaves no half export.
    for (const output of outputs) await assertWritable(output.path);
    for (const output of outputs) await writeOutputFile(output.path, output.bytes);
    io.stdout(`wrote ${outputs.map((output) => output.path).join(', ')}`);
    return 0;
  },
};

function formatFlag(value: string): ExportFormat {
  const format = FORMATS.find((name) => name === value);
  if (!format) throw new UsageError(`--format: expected ${FORMATS.join(', ')}, got "${value}"`);
  return format;
}

/** Everything to write, computed before anything is written, so a failure leaves no partial export. */
function exportedFiles(file: string, model: NetloomModel, format: ExportFormat, out: string): OutputFile[] {
  try {
    switch (format) {
      case 'onnx':
        return [{ path: out, bytes: exportOnnx(model) }];
      case 'tfjs':
        return filesIn(out, exportTfjsFiles(model));
      case 'pytorch':
        // The script, and its weights' .npz when they are many, side by side.
        return filesIn(dirname(out), exportPytorchFiles(model, basename(out)));
      default: {
        const unknown: never = format;
        return unknown;
      }
    }
  } catch (error) {
    if (error instanceof ExportError) throw new InvalidModelError(file, [error.message], `cannot export ${file}`);
    throw error;
  }
}

function filesIn(folder: string, files: Record<string, Uint8Array>): OutputFile[] {
  return Object.entries(files).map(([name, bytes]) => ({ path: join(folder, name), bytes }));
}

function trainingCsv(model: NetloomModel, path: string): OutputFile {
  const csv = pytorchTrainingCsv(model);
  if (csv === null) throw new UsageError('--csv: the model names no built-in dataset that its network fits, so there are no rows to write');
  return { path, bytes: csv };
}
