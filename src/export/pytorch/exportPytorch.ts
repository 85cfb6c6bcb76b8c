import { compile } from '../../compiler/index.ts';
import { generateDataset } from '../../engine/index.ts';
import { dataLabel, dataReferenceOf, withTrainingDefaults, type GeneratedDatasetName, type NetloomModel } from '../../model/index.ts';
import { toExportGraph } from '../exportGraph.ts';
import { builtinScriptData, plainScriptData, trainingRowsCsv } from './dataCode.ts';
import { toPytorch, type PytorchExport } from './toPytorch.ts';

/**
 * The model as a PyTorch script named `scriptName` (`model.py`): one readable Python file with
 * `class Net`, Netloom's loss, optimizers and settings, and `train(data)`; past
 * `INLINE_WEIGHT_LIMIT` weights, also a `.npz` of them to keep beside it. Returns the export
 * with what each state-dict entry holds. Throws an ExportError if the graph does not compile.
 */
export function exportPytorch(model: NetloomModel, scriptName = 'model.py'): PytorchExport {
  const graph = toExportGraph(model);
  const settings = withTrainingDefaults(model.training);
  const dataset = trainingDataset(model);
  const data = dataset ? builtinScriptData(dataset.name, graph.outputSize) : plainScriptData(graph.inputSize, graph.outputSize, tableNote(model));
  return toPytorch(graph, { scriptName, settings, data });
}

/** The PyTorch export as the files to save, keyed by file name: the script, and the `.npz` when there is one. */
export function exportPytorchFiles(model: NetloomModel, scriptName = 'model.py'): Record<string, Uint8Array<ArrayBuffer>> {
  const { script, npz, npzName } = exportPytorch(model, scriptName);
  return { [scriptName]: new TextEncoder().encode(script), ...(npz ? { [npzName]: npz } : {}) };
}

/**
 * The rows a Netloom run of `model` trains on (its built-in dataset, drawn from its seed, noise
 * and split), as the CSV file the exported script reads; null when the model names no dataset
 * its network fits.
 */
export function pytorchTrainingCsv(model: NetloomModel): string | null {
  const dataset = trainingDataset(model);
  if (!dataset) return null;
  const { name, outputSize } = dataset;
  const { seed, noise, trainFraction } = withTrainingDefaults(model.training);
  return trainingRowsCsv(generateDataset(name, { seed, noise, trainFraction, outputSize }), builtinScriptData(name, outputSize));
}

/**
 * The generated dataset the model trains on in Netloom, when its graph fits it (a model may name
 * none, the default may not fit, and a table is encoded from rows the export does not have).
 */
function trainingDataset(model: NetloomModel): { name: GeneratedDatasetName; outputSize: number } | null {
  const reference = dataReferenceOf(withTrainingDefaults(model.training));
  if (reference.kind !== 'generated') return null;
  const compiled = compile(model, { dataset: reference.name });
  return compiled.ok ? { name: reference.name, outputSize: compiled.network.outputSize } : null;
}

/** Why a model on a table gets plain inputs and targets in the script; undefined for other models. */
function tableNote(model: NetloomModel): string | undefined {
  const reference = dataReferenceOf(model.training);
  if (reference.kind !== 'table') return undefined;
  return `Netloom trains this model on the table ${dataLabel(reference)}, with its numbers standardised and its categories one-hot: give the script those encoded columns`;
}
