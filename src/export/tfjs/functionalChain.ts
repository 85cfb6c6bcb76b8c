import { ImportError } from '../errors.ts';
import { nameOfLayer, type KerasLayerJson } from './format.ts';

/**
 * Accepts the layers of a Functional model ("Model" in TF.js, "Functional" in Keras) only if
 * they form a plain chain, each fed by the one listed before it: a Sequential in all but
 * name. Merges, branches and shared layers are refused, naming the layer.
 */
export function assertChain(layers: readonly KerasLayerJson[]): void {
  const inputs = layers.map(inboundLayerNames);
  // Merges first: "layer add merges 2 inputs" explains a skip connection better than the branch before it.
  const merge = layers.findIndex((_, i) => inputs[i]!.length > 1);
  if (merge >= 0) refuse(layers[merge]!, merge, `merges ${inputs[merge]!.length} inputs (${inputs[merge]!.join(', ')})`);
  layers.forEach((layer, i) => {
    const expected = i === 0 ? [] : [nameOfLayer(layers[i - 1]!, i - 1)];
    if (inputs[i]!.join() !== expected.join()) {
      refuse(layer, i, i === 0 ? 'is fed by another layer yet comes first' : `is fed by "${inputs[i]!.join()}", not by the layer before it, "${expected[0]}" (a branch)`);
    }
  });
}

function refuse(layer: KerasLayerJson, index: number, reason: string): never {
  throw new ImportError(`layer "${nameOfLayer(layer, index)}" (${layer.class_name}) ${reason}: Netloom imports stacks of layers, without branches`);
}

/**
 * Names of the layers whose outputs feed this one. TF.js and Keras 2 write each call as a list
 * of `[layer, node, tensor, kwargs]`; Keras 3 as `{args, kwargs}` with tensors carrying a
 * `keras_history` of `[layer, node, tensor]`. A layer called twice (shared) lists both calls.
 */
function inboundLayerNames(layer: KerasLayerJson): string[] {
  return (layer.inbound_nodes ?? []).flatMap((call) =>
    Array.isArray(call) ? call.map((tensor) => String((tensor as unknown[])[0])) : kerasHistoryNames(call),
  );
}

function kerasHistoryNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(kerasHistoryNames);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.keras_history)) return [String(record.keras_history[0])];
  return Object.values(record).flatMap(kerasHistoryNames);
}
