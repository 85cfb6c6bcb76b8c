import { compile } from '../compiler/index.ts';
import { createNetwork } from '../engine/index.ts';
import { withTrainingDefaults, type DenseWeights, type NetloomModel } from '../model/index.ts';
import { ExportError } from './errors.ts';
import type { ExportLayer, ExportNetwork } from './network.ts';

/**
 * Compiles the model and fills in every weight: trained weights from the document, and for
 * the rest the engine's seeded initialisation, so exporting an untrained model is repeatable.
 * Throws an ExportError listing the compile errors when the graph is invalid.
 */
export function toExportNetwork(model: NetloomModel): ExportNetwork {
  const result = compile(model);
  if (!result.ok) {
    const reasons = result.errors.map((error) => `- ${error.message}`).join('\n');
    throw new ExportError(`Fix the graph before exporting it:\n${reasons}`);
  }
  const compiled = result.network;
  if (compiled.layers.length === 0) throw new ExportError('Nothing to export: the graph has no layers between the input and the loss.');
  // The same seed as the editor and the CLI, so every tool shows and exports the same untrained
  // weights. Only the initial weights are read (no kernel runs), so no WebAssembly arena is made.
  const weights = createNetwork(compiled, { seed: withTrainingDefaults(model.training).seed, kernels: 'js' }).weights();
  const layers = compiled.layers.map((layer): ExportLayer => {
    if (layer.kind === 'activation') return { kind: 'activation', nodeId: layer.nodeId, fn: layer.fn };
    return { kind: 'dense', nodeId: layer.nodeId, inputSize: layer.inputSize, units: layer.units, ...toFloat32(weights[layer.nodeId]!) };
  });
  return {
    name: model.name ?? 'netloom-model',
    inputId: compiled.inputId,
    inputSize: compiled.inputSize,
    layers,
    loss: compiled.loss,
  };
}

function toFloat32({ kernel, bias }: DenseWeights): { kernel: Float32Array; bias: Float32Array | null } {
  return { kernel: Float32Array.from(kernel.flat()), bias: bias ? Float32Array.from(bias) : null };
}
