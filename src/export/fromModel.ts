import { CompileFailedError, compileOrThrow } from '../compiler/index.ts';
import { modelNetwork } from '../engine/index.ts';
import type { DenseWeights, NetloomModel } from '../model/index.ts';
import { ExportError } from './errors.ts';
import type { ExportLayer, ExportNetwork } from './network.ts';

/**
 * Compiles the model and fills in every weight: trained weights from the document, and for
 * the rest the engine's seeded initialisation, so exporting an untrained model is repeatable.
 * Throws an ExportError listing the compile errors when the graph is invalid.
 */
export function toExportNetwork(model: NetloomModel): ExportNetwork {
  const compiled = compiledOrExportError(model);
  if (compiled.ops.length === 0) throw new ExportError('Nothing to export: the graph has no layers between the input and the loss.');
  if (compiled.ops.some((op) => op.inputs.length !== 1 || op.consumers.length !== 1)) {
    throw new ExportError('This graph has branches or merge nodes, which the TF.js and ONNX exports do not write yet.');
  }
  // The same seed as the editor and the CLI, so every tool shows and exports the same untrained weights.
  const weights = modelNetwork(model).weights();
  const layers = compiled.ops.map((op): ExportLayer => {
    switch (op.node.type) {
      case 'activation':
        return { kind: 'activation', nodeId: op.nodeId, fn: op.node.params.fn };
      case 'dense':
        return { kind: 'dense', nodeId: op.nodeId, inputSize: op.inputWidths[0]!, units: op.width, ...toFloat32(weights[op.nodeId] as unknown as DenseWeights) };
      default:
        throw new ExportError(`${op.node.type} nodes cannot be exported yet`);
    }
  });
  return {
    name: model.name ?? 'netloom-model',
    inputId: compiled.inputId,
    inputSize: compiled.inputSize,
    layers,
    loss: compiled.loss,
  };
}

function compiledOrExportError(model: NetloomModel) {
  try {
    return compileOrThrow(model);
  } catch (error) {
    if (!(error instanceof CompileFailedError)) throw error;
    throw new ExportError(`Fix the graph before exporting it:\n${error.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
}

function toFloat32({ kernel, bias }: DenseWeights): { kernel: Float32Array; bias: Float32Array | null } {
  return { kernel: Float32Array.from(kernel.flat()), bias: bias ? Float32Array.from(bias) : null };
}
