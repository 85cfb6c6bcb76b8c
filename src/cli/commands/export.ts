import { join } from 'node:path';
import { ExportError, exportOnnx, exportTfjsFiles } from '../../export/index.ts';
import type { NetloomModel } from '../../model/index.ts';
import { parseFlags, requiredFlag, singlePositional } from '../args.ts';
import { UsageError, type Command } from '../command.ts';
import { assertWritable, compileModelFile, createOutputFolder, InvalidModelError, writeOutputFile } from '../modelFile.ts';

const FORMATS = ['tfjs', 'onnx'] as const;
type ExportFormat = (typeof FORMATS)[number];

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a model as a TensorFlow.js Layers model (model.json + weights) or an ONNX file',
  usage: 'export <model.json> --format tfjs|onnx --out <folder for tfjs | file.onnx for onnx>',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { format: { type: 'string' }, out: { type: 'string' } });
    const file = singlePositional(positionals, 'model file');
    const format = formatFlag(requiredFlag(values.format, '--format'));
    const out = requiredFlag(values.out, '--out');
    // Compiling here reports an invalid graph the way every other command does (exit 1, node ids).
    const { model } = await compileModelFile(file);
    const outputs = exportedFiles(file, model, format, out);
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
  if (!format) throw new UsageError(`--format: expected ${FORMATS.join(' or ')}, got "${value}"`);
  return format;
}

/** Everything to write, computed before anything is written, so a failure leaves no partial export. */
function exportedFiles(file: string, model: NetloomModel, format: ExportFormat, out: string): { path: string; bytes: Uint8Array }[] {
  try {
    if (format === 'onnx') return [{ path: out, bytes: exportOnnx(model) }];
    return Object.entries(exportTfjsFiles(model)).map(([name, bytes]) => ({ path: join(out, name), bytes }));
  } catch (error) {
    if (error instanceof ExportError) throw new InvalidModelError(file, [error.message], `cannot export ${file}`);
    throw error;
  }
}
