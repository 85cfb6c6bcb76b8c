import { zipSync } from 'fflate';
import { ONNX_INPUT_NAME, ONNX_OUTPUT_NAME } from '../../export/onnx/tensorNames.ts';
import { INLINE_WEIGHT_LIMIT } from '../../export/pytorch/inlineWeightLimit.ts';
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
  pytorch: {
    label: 'PyTorch',
    explanation:
      'One Python file: class Net (the graph, with its weights), the loss, the optimizer and settings, and train(data) ' +
      `for a CSV file (run it with python3 and PyTorch). Past ${INLINE_WEIGHT_LIMIT.toLocaleString('en')} weights, a zip of the script ` +
      'and a .npz of the weights to keep beside it.',
    // The script's name; a network past INLINE_WEIGHT_LIMIT weights saves `<name>-pytorch.zip` instead (the toast names it).
    fileName: (model: NetloomModel) => `${fileBaseName(model)}.py`,
  },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * Saves the model in `format` and returns the saved file's name. The TF.js, ONNX and PyTorch
 * writers load on first use. Throws an Error with a readable message if the graph cannot be exported.
 */
export async function downloadExport(format: ExportFormat, model: NetloomModel): Promise<string> {
  const { blob, fileName } = await exportFile(format, model);
  saveBlob(blob, fileName);
  return fileName;
}

async function exportFile(format: ExportFormat, model: NetloomModel): Promise<{ blob: Blob; fileName: string }> {
  const fileName = EXPORT_FORMATS[format].fileName(model);
  if (format === 'netloom') return { blob: new Blob([serializeModel(model)], { type: 'application/json' }), fileName };
  const exporters = await import('../../export/index.ts');
  switch (format) {
    // Zipped: one download instead of two files the browser may block.
    case 'tfjs':
      return { blob: new Blob([zipSync(exporters.exportTfjsFiles(model))], { type: 'application/zip' }), fileName };
    case 'onnx':
      return { blob: new Blob([exporters.exportOnnx(model)], { type: 'application/octet-stream' }), fileName };
    case 'pytorch': {
      const files = exporters.exportPytorchFiles(model, fileName);
      const names = Object.keys(files);
      if (names.length === 1) return { blob: new Blob([files[fileName]!], { type: 'text/x-python' }), fileName };
      return { blob: new Blob([zipSync(files)], { type: 'application/zip' }), fileName: `${fileBaseName(model)}-pytorch.zip` };
    }
  }
}

/** Offers `text` to the user as a download named `fileName`. */
export function saveTextFile(fileName: string, text: string, type = 'application/json'): void {
  saveBlob(new Blob([text], { type }), fileName);
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
