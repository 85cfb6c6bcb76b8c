import { zipSync } from 'fflate';
import {
  exportOnnx,
  exportPytorchFiles,
  exportTfjsFiles,
  INLINE_WEIGHT_LIMIT,
  ONNX_INPUT_NAME,
  ONNX_OUTPUT_NAME,
  TFJS_MODEL_FILE,
  TFJS_WEIGHTS_FILE,
} from '../../export/index.ts';
import type { NetloomModel } from '../../model/index.ts';
import { fileBaseName } from '../editor/toolbar/saveTextFile.ts';

/** What the "TensorFlow.js" menu item downloads, in words for the Export menu. */
export const TFJS_DOWNLOAD_EXPLANATION =
  `A zip with ${TFJS_MODEL_FILE} and ${TFJS_WEIGHTS_FILE}: unzip both into one folder and load it with ` +
  'tf.loadLayersModel, or turn it into a Keras model with tensorflowjs_converter. The loss and optimizer state are not included.';

/** What the "ONNX" menu item downloads, in words for the Export menu. */
export const ONNX_DOWNLOAD_EXPLANATION =
  `One .onnx file (opset 17) with input "${ONNX_INPUT_NAME}" [batch, features] and output "${ONNX_OUTPUT_NAME}" [batch, outputs], ` +
  'for onnxruntime, PyTorch and other ONNX tools. The loss and optimizer state are not included.';

/** What the "PyTorch" menu item downloads, in words for the Export menu. */
export const PYTORCH_DOWNLOAD_EXPLANATION =
  'One Python file: class Net (the graph, with its weights), the loss, the optimizer and settings, and train(data) ' +
  `for a CSV file (run it with python3 and PyTorch). Past ${INLINE_WEIGHT_LIMIT.toLocaleString('en')} weights, a zip of the script ` +
  'and a .npz of the weights to keep beside it.';

/**
 * Downloads the model as a PyTorch training script (`<name>.py`), or, when its weights are kept
 * in a `.npz` beside it, a zip of the two. Throws an Error with a readable message if the graph is invalid.
 */
export function downloadPytorch(model: NetloomModel): void {
  const base = fileBaseName(model.name);
  const files = exportPytorchFiles(model, `${base}.py`);
  const names = Object.keys(files);
  if (names.length === 1) saveBlob(new Blob([files[names[0]!]!], { type: 'text/x-python' }), names[0]!);
  else saveBlob(new Blob([zipSync(files)], { type: 'application/zip' }), `${base}-pytorch.zip`);
}

/**
 * Downloads the model as a TensorFlow.js Layers model, zipped (one download instead of two
 * files the browser may block). Throws an Error with a readable message if the graph is invalid.
 */
export function downloadTfjs(model: NetloomModel): void {
  const zip = zipSync(exportTfjsFiles(model));
  saveBlob(new Blob([zip], { type: 'application/zip' }), `${fileBaseName(model.name)}-tfjs.zip`);
}

/** Downloads the model as one `.onnx` file. Throws an Error with a readable message if the graph is invalid. */
export function downloadOnnx(model: NetloomModel): void {
  saveBlob(new Blob([exportOnnx(model)], { type: 'application/octet-stream' }), `${fileBaseName(model.name)}.onnx`);
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
