/**
 * Leaving (and coming back to) Netloom: TensorFlow.js Layers, ONNX and PyTorch export, TF.js import.
 * Pure TypeScript, no DOM: the editor's Export menu and the CLI share it.
 */
import type { NetloomModel } from '../model/index.ts';
import { toExportGraph } from './exportGraph.ts';
import { toOnnx } from './onnx/toOnnx.ts';
import { TFJS_MODEL_FILE, TFJS_WEIGHTS_FILE, type TfjsArtifacts } from './tfjs/format.ts';
import { toTfjs } from './tfjs/toTfjs.ts';

/** Thrown by the exports for a graph that does not compile, and by the import for a file it cannot represent. */
export { ExportError, ImportError } from './errors.ts';
/** The file names a TF.js Layers model is saved under; model.json refers to the weights file by name. */
export { TFJS_MODEL_FILE, TFJS_WEIGHTS_FILE } from './tfjs/format.ts';
/** The model.json layout and the two files' contents. */
export type { TfjsArtifacts, TfjsModelJson } from './tfjs/format.ts';
/** The ONNX graph's input (`[batch, inputs]`) and output (`[batch, outputs]`) tensor names. */
export { ONNX_INPUT_NAME, ONNX_OUTPUT_NAME } from './onnx/toOnnx.ts';
/**
 * The model as a PyTorch script (`exportPytorch`, `exportPytorchFiles`), and the rows it trains
 * on in Netloom as the CSV file the script reads (`pytorchTrainingCsv`).
 */
export { exportPytorch, exportPytorchFiles, pytorchTrainingCsv } from './pytorch/exportPytorch.ts';
/** What `exportPytorch` returns, and how many weights it writes into the script before they go into a `.npz`. */
export type { PytorchExport } from './pytorch/toPytorch.ts';
export { INLINE_WEIGHT_LIMIT } from './pytorch/weightsCode.ts';
/** `importTfjs(modelJson, weightBytes)` → a Netloom model with weights. */
export { importTfjs } from './tfjs/fromTfjs.ts';
/**
 * `tfjsWeightFiles(modelJson)`: the weight files a reader may open (plain names beside
 * model.json) and the bytes they may hold together; the rule for the CLI and the editor alike.
 */
export { tfjsWeightFiles, MAX_TFJS_WEIGHT_BYTES } from './tfjs/weightFiles.ts';
/** The weight files' names and their byte budget, as `tfjsWeightFiles` returns them. */
export type { TfjsWeightFiles } from './tfjs/weightFiles.ts';

/** The model as a TF.js Layers model (model.json + group1-shard1of1.bin). Throws an ExportError if the graph does not compile. */
export function exportTfjs(model: NetloomModel): TfjsArtifacts {
  return toTfjs(toExportGraph(model));
}

/** The TF.js export as the files to save, keyed by file name (model.json, group1-shard1of1.bin). Throws an ExportError if the graph does not compile. */
export function exportTfjsFiles(model: NetloomModel): Record<string, Uint8Array> {
  const { modelJson, weightData } = exportTfjs(model);
  return {
    [TFJS_MODEL_FILE]: new TextEncoder().encode(`${JSON.stringify(modelJson, null, 2)}\n`),
    [TFJS_WEIGHTS_FILE]: weightData,
  };
}

/** The model as ONNX bytes (opset 17). Throws an ExportError if the graph does not compile. */
export function exportOnnx(model: NetloomModel): Uint8Array<ArrayBuffer> {
  return toOnnx(toExportGraph(model));
}
