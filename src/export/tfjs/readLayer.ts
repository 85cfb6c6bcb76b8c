import {
  exportFormsOf,
  formatPath,
  NODE_SPECS,
  OP_NODE_TYPES,
  portName,
  specOf,
  type KerasReader,
  type NodeWeights,
  type OpNodeType,
  type PortInput,
} from '../../model/index.ts';
import { ImportError } from '../errors.ts';
import { KERAS_IDENTITY } from './format.ts';
import type { KerasGraphLayer } from './kerasGraph.ts';
import type { ManifestWeights } from './manifestWeights.ts';

type Params = Record<string, unknown>;

/** A Netloom node read from a Keras layer, with its weights if it owns tensors. */
export interface ReadNode {
  type: OpNodeType;
  params: Params;
  weights?: NodeWeights;
}

/** A Keras layer as Netloom nodes: the layer's own node, and the activation it applies if it applies one. */
export interface ReadLayer {
  node: ReadNode;
  /** `keras`: the activation's Keras name; `identity`: true for "linear", which needs no node of its own. */
  activation?: ReadNode & { keras: string; identity: boolean };
  /** Width of the layer's output. */
  width: number;
}

/** Each Keras class Netloom reads, with the kind whose forms read it: derived from the registry. */
const READERS = new Map<string, { type: OpNodeType; read: KerasReader<Params> }>(
  OP_NODE_TYPES.flatMap((type) => Object.entries(exportFormsOf(type).keras.readers).map(([className, read]) => [className, { type, read }] as const)),
);

/** The kinds another layer can apply as its `activation`, by Keras name. */
const ACTIVATIONS = OP_NODE_TYPES.flatMap((type) => {
  const form = exportFormsOf(type).keras.activation;
  return form ? [{ type, form }] : [];
});

/**
 * One Keras layer as Netloom nodes, read by the form of the kind that claims its class. Its
 * params are checked as the model's schema checks them, its widths as the compiler does, its
 * weights against the layer's shapes; every refusal is an ImportError naming the layer.
 * `inputs` are the widths it reads in argument order, with the Keras layers they come from.
 */
export function readLayer(layer: KerasGraphLayer, inputs: readonly PortInput[], weights: ManifestWeights): ReadLayer {
  const { where } = layer;
  const kind = READERS.get(layer.json.class_name);
  if (!kind) throw new ImportError(`${where} cannot be imported: Netloom reads ${[...READERS.keys(), 'InputLayer'].join(', ')} layers`);
  const widths = inputs.map((input) => input.width);
  const reading = kind.read(layer.json.config, widths);
  if (!reading.ok) throw new ImportError(`${where}: ${reading.message}`);
  const node = checkedNode(kind.type, reading.params, inputs, where);
  const tensors = specOf({ type: kind.type }).tensors(widths, node.params);
  if (tensors.length > 0) {
    const form = exportFormsOf(kind.type).keras.layer({ nodeId: layer.name, params: node.params, inputWidths: widths, width: node.width });
    node.weights = Object.fromEntries(
      form.weights.map((weight) => [weight.tensor, weights.read(layer.name, where, weight, tensors.find((tensor) => tensor.name === weight.tensor)!)]),
    );
  }
  const { width, ...read } = node;
  if (reading.activation === undefined) return { node: read, width };
  return { node: read, activation: activationNode(reading.activation, width, layer), width };
}

/** A node of `type` with `params`, checked: params as the schema and the spec check them, ports and widths as the compiler does. */
function checkedNode(type: OpNodeType, params: Params, inputs: readonly PortInput[], where: string): ReadNode & { width: number } {
  const spec = NODE_SPECS[type];
  const parsed = spec.paramsSchema.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(`${where}: as a Netloom ${spec.label} node, ${formatPath(issue.path)}: ${issue.message}`);
  }
  const checked = parsed.data as Params;
  const generic = specOf({ type });
  const problem = generic.checkParams?.(checked, where);
  if (problem) throw new ImportError(problem);
  const ports = generic.inputPorts(checked);
  if (ports !== inputs.length) {
    const sources = inputs.map((input) => `"${input.source}"`).join(', ');
    throw new ImportError(`${where} reads ${inputs.length} layers (${sources}), but a Netloom ${spec.label} node reads ${ports}`);
  }
  const width = generic.outputWidth(inputs, checked, where);
  if (!width.ok) throw new ImportError(width.message);
  return { type, params: checked, width: width.width };
}

function activationNode(keras: string, width: number, layer: KerasGraphLayer): NonNullable<ReadLayer['activation']> {
  const found = ACTIVATIONS.flatMap(({ type, form }) => {
    const params = form.params(keras);
    return params ? [{ type, params }] : [];
  })[0];
  if (!found) {
    const names = ACTIVATIONS.flatMap(({ form }) => form.names).join(', ');
    throw new ImportError(`${layer.where}: activation "${keras}" has no Netloom equivalent (${names})`);
  }
  const { type, params } = checkedNode(found.type, found.params, [{ width, source: layer.name, port: portName(0) }], layer.where);
  return { type, params, keras, identity: keras === KERAS_IDENTITY };
}

/** True for a layer that computes nothing: an identity activation (Keras' "linear") of its own. */
export function isIdentity({ node, activation }: ReadLayer): boolean {
  return activation === undefined && exportFormsOf(node.type).keras.activation?.name(node.params) === KERAS_IDENTITY;
}
