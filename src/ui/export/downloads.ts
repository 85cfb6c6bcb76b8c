import { zipSync } from 'fflate';
import { ONNX_INPUT_NAME, ONNX_OUTPUT_NAME } from '../../export/onnx/tensorNames.ts';
import { TFJS_MODEL_FILE, TFJS_WEIGHTS_FILE } from '../../export/tfjs/format.ts';
import { serializeModel, type NetloomModel } from '../../model/index.ts';
import { graphName } from '../store/graphName.ts';

/** "XOR demo" → "XOR_demo": the graph's name, safe in every file system. */
export function fileBaseName(model: NetloomModel): string {
  return graphName(model).replace(/[^\w.-]+/g, '_');
}

/** The formats of the Export menu: what each saves, and under which file name. */
export const EXPORT_FORMATS = {
  netloom: {
    label: 'Netloom JSON',
    explanation: 'The graph, its training settings and any trained weights; Import opens it again.',
    fileName: (model: NetloomModel) => `${fileBaseName(model)}.netloom.json`,
  },
  tfjs: {
    label: 'TensorFlow.js',
    explanation:
      `A zip with ${TFJS_MODEL_FILE} and ${TFJS_WEIGHTS_FILE}: unzip both into one folder and load it with ` +
      'tf.loadLayersModel, or turn it into a Keras model with tensorflowjs_converter. Import opens the zip again. ' +
      'The loss and optimizer state are not included.',
    fileName: (model: NetloomModel) => `${fileBaseName(model)}-tfjs.zip`,
  },
  onnx: {
    label: 'ONNX',
    explanation:
      `One .onnx file (opset 17) with input "${ONNX_INPUT_NAME}" [batch, features] and output "${ONNX_OUTPUT_NAME}" [batch, outputs], ` +
      'for onnxruntime, PyTorch and other ONNX tools. The loss and optimizer state are not included.',
    fileName: (model: NetloomModel) => `${fileBaseName(model)}.onnx`,
  },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * Saves the model in `format` and returns the file's name. The TF.js and ONNX writers load on
 * first use. Throws an Error with a readable message if the graph cannot be exported.
 */
export async function downloadExport(format: ExportFormat, model: NetloomModel): Promise<string> {
  const fileName = EXPORT_FORMATS[format].fileName(model);
  saveBlob(await exportBlob(format, model), fileName);
  return fileName;
}

async function exportBlob(format: ExportFormat, model: NetloomModel): Promise<Blob> {
  if (format === 'netloom') return new Blob([serializeModel(model)], { type: 'application/json' });
  const exporters = await import('../../export/index.ts');
  // Zipped: one download instead of two files the browser may block.
  if (format === 'tfjs') return new Blob([zipSync(exporters.exportTfjsFiles(model))], { type: 'application/zip' });
  return new Blob([exporters.exportOnnx(model)], { type: 'application/octet-stream' });
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke on the next tick: revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
