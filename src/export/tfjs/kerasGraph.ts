import { z } from 'zod';
import { ImportError } from '../errors.ts';
import { nameOfLayer, type KerasLayerJson } from './format.ts';
import { describe, inboundLayers } from './inboundNodes.ts';
import type { ParsedTfjsModelJson } from './modelJsonSchema.ts';

/** One layer of the model with the layers it reads, in argument order. */
export interface KerasGraphLayer {
  json: KerasLayerJson;
  name: string;
  /** `layer "h" (Dense)`: how messages name it. */
  where: string;
  inbound: string[];
}

/** A Keras model as a graph: its one input, its other layers in an order where each comes after those it reads, its one output. */
export interface KerasGraph {
  input: { name: string; width: number };
  layers: KerasGraphLayer[];
  output: string;
}

/**
 * The layer graph of a Sequential (each layer reads the one before; an InputLayer or the first
 * layer's input shape gives the input) or of a functional model ("Model" in TF.js,
 * "Functional" in Keras; `inbound_nodes`, `input_layers`, `output_layers`). Refuses, naming
 * the layer, a model with several inputs or outputs, a reference to a layer it does not have,
 * two layers of one name, and a loop.
 */
export function kerasGraph(parsed: ParsedTfjsModelJson): KerasGraph {
  const layers = parsed.layers.map((json, i) => ({ json, name: nameOfLayer(json, i), where: `layer "${nameOfLayer(json, i)}" (${json.class_name})` }));
  if (layers.length === 0) throw new ImportError('the model has no layers');
  return parsed.modelClass === 'Sequential' ? sequentialGraph(layers) : functionalGraph(layers, parsed);
}

type NamedLayer = Omit<KerasGraphLayer, 'inbound'>;

function sequentialGraph([first, ...rest]: NamedLayer[]): KerasGraph {
  const input = { name: first!.json.class_name === 'InputLayer' ? first!.name : 'input', width: inputWidth(first!) };
  const stack = first!.json.class_name === 'InputLayer' ? rest : [first!, ...rest];
  if (stack.length === 0) throw new ImportError('the model has an input but no layers');
  const graph = stack.map((layer, i) => ({ ...layer, inbound: [i === 0 ? input.name : stack[i - 1]!.name] }));
  const misplaced = graph.find((layer) => layer.json.class_name === 'InputLayer');
  if (misplaced) throw new ImportError(`${misplaced.where}: an InputLayer may only come first`);
  return { input, layers: graph, output: graph.at(-1)!.name };
}

function functionalGraph(layers: NamedLayer[], parsed: ParsedTfjsModelJson): KerasGraph {
  const byName = new Map<string, NamedLayer>();
  for (const layer of layers) {
    if (byName.has(layer.name)) throw new ImportError(`two layers are named "${layer.name}"; Keras layer names are unique`);
    byName.set(layer.name, layer);
  }
  const inputName = onlyTensor(parsed.inputLayers, 'input_layers', 'input');
  const outputName = onlyTensor(parsed.outputLayers, 'output_layers', 'output');
  const inputLayer = byName.get(inputName);
  if (inputLayer?.json.class_name !== 'InputLayer') {
    throw new ImportError(`input_layers names "${inputName}", which is ${inputLayer ? `a ${inputLayer.json.class_name} layer` : 'not a layer of this model'}; expected an InputLayer`);
  }
  if (!byName.has(outputName)) throw new ImportError(`output_layers names "${outputName}", which is not a layer of this model`);
  const graph = layers
    .filter((layer) => layer !== inputLayer)
    .map((layer) => {
      if (layer.json.class_name === 'InputLayer') throw new ImportError(`${layer.where} is a second input; Netloom networks have one input`);
      const inbound = inboundLayers(layer.json.inbound_nodes, layer.where);
      const unknown = inbound.find((name) => !byName.has(name));
      if (unknown !== undefined) throw new ImportError(`${layer.where} reads "${unknown}", which is not a layer of this model`);
      return { ...layer, inbound };
    });
  return { input: { name: inputName, width: inputWidth(inputLayer) }, layers: topologicalOrder(graph, inputName), output: outputName };
}

/** Kahn's order: each layer once every layer it reads has come (the input first); a loop is refused, naming its layers. */
function topologicalOrder(layers: KerasGraphLayer[], inputName: string): KerasGraphLayer[] {
  const unread = new Map(layers.map((layer) => [layer, layer.inbound.length]));
  const readers = new Map<string, KerasGraphLayer[]>();
  for (const layer of layers) {
    for (const name of layer.inbound) {
      const list = readers.get(name);
      if (list) list.push(layer);
      else readers.set(name, [layer]);
    }
  }
  const ordered: KerasGraphLayer[] = [];
  const done = [inputName];
  for (let head = 0; head < done.length; head++) {
    for (const reader of readers.get(done[head]!) ?? []) {
      const left = unread.get(reader)! - 1;
      unread.set(reader, left);
      if (left > 0) continue;
      ordered.push(reader);
      done.push(reader.name);
    }
  }
  const stuck = layers.filter((layer) => unread.get(layer)! > 0);
  if (stuck.length > 0) {
    throw new ImportError(`layers ${stuck.map((layer) => `"${layer.name}"`).join(', ')} read each other in a loop, or read a layer that does: a network flows from its input to its output`);
  }
  return ordered;
}

/** The one layer `input_layers` or `output_layers` names: `[["x", 0, 0]]`, or Keras 3's bare `["x", 0, 0]`. */
function onlyTensor(refs: unknown, field: string, what: string): string {
  const list = Array.isArray(refs) && typeof refs[0] === 'string' ? [refs] : refs;
  if (!Array.isArray(list) || list.length !== 1 || !Array.isArray(list[0]) || typeof list[0][0] !== 'string') {
    const count = Array.isArray(list) && list.length > 1 ? ` (${list.length} of them)` : '';
    throw new ImportError(`modelTopology.config.${field} is ${describe(refs)}${count}; Netloom networks have one ${what}, as [["<layer>", 0, 0]]`);
  }
  return list[0][0];
}

const shapeFields = z.looseObject({
  batch_input_shape: z.array(z.number().nullable()).optional(),
  // Keras 3 spelling.
  batch_shape: z.array(z.number().nullable()).optional(),
  input_shape: z.array(z.number().nullable()).optional(),
});

/** Width of the input vector, from an InputLayer or a Sequential's first layer. */
function inputWidth({ json, where }: NamedLayer): number {
  const parsed = shapeFields.safeParse(json.config);
  if (!parsed.success) throw new ImportError(`${where}: config.${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
  const config = parsed.data;
  const shape = config.batch_input_shape ?? config.batch_shape ?? (config.input_shape && [null, ...config.input_shape]);
  if (!shape) throw new ImportError(`${where}: the first layer has no input shape (batch_input_shape)`);
  const width = shape[1];
  if (shape.length !== 2 || typeof width !== 'number' || !Number.isInteger(width) || width < 1) {
    throw new ImportError(`${where}: input shape ${JSON.stringify(shape)} is not [batch, features]; Netloom takes flat vectors`);
  }
  return width;
}
