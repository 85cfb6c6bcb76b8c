import { exportFormsOf, OP_NODE_TYPES, type KerasLayerForm } from '../../model/index.ts';
import type { ExportGraph, ExportOp } from '../exportGraph.ts';
import type { LaidOutTensor } from '../tensorLayout.ts';
import { KERAS_IDENTITY } from './format.ts';
import { kerasLayerNames } from './layerNames.ts';

/** One Keras layer to write: an op's form, possibly with the activation that alone reads it folded in. */
export interface KerasLayerPlan {
  /** Its Keras name: a valid, unique spelling of its first node id. */
  name: string;
  form: KerasLayerForm;
  /** The tensors of the op it writes, for its form's weights. */
  tensors: ReadonlyMap<string, LaidOutTensor>;
  /**
   * The Netloom nodes it stands for: the op, then the folded activation if there is one; none
   * for an identity layer the writer adds (see `repeatedReads`).
   */
  nodeIds: string[];
  /** The Keras layers it reads, in port order (the input layer's name for the network's input). */
  inbound: string[];
}

export interface KerasModelPlan {
  /** The InputLayer's name (a spelling of the input node's id). */
  inputName: string;
  layers: KerasLayerPlan[];
  /** The layer whose output is the network's output. */
  outputName: string;
  /** True when every layer reads the one before it (the first reads the input): a Sequential. */
  isChain: boolean;
}

/**
 * The Keras layers of a network, in its op order. A layer that applies an activation of its
 * own (Dense) takes in the activation that is the only reader of its output, when Keras names
 * that function; anything else (LeakyReLU, an activation after a fan-out) is a layer of its own.
 */
export function planKerasLayers(graph: ExportGraph): KerasModelPlan {
  const drafts = foldActivations(graph.ops);
  const taken = new Set<string>();
  const [inputName, ...names] = kerasLayerNames([graph.inputId, ...drafts.map((draft) => draft.nodeIds[0]!)], taken);
  const layerOfValue = new Map<string, string>([[graph.inputId, inputName!]]);
  drafts.forEach((draft, i) => draft.nodeIds.forEach((id) => layerOfValue.set(id, names[i]!)));
  const layers = drafts.flatMap(({ inputs, inputWidths, ...draft }, i) =>
    repeatedReads({ ...draft, name: names[i]!, inbound: inputs.map((value) => layerOfValue.get(value)!) }, inputWidths, taken),
  );
  const outputName = layerOfValue.get(graph.output)!;
  const isChain =
    layers.every((layer, i) => layer.inbound.length === 1 && layer.inbound[0] === (i === 0 ? inputName : layers[i - 1]!.name)) &&
    layers.at(-1)!.name === outputName;
  return { inputName: inputName!, layers, outputName, isChain };
}

/** A layer before naming: the values it reads (node ids) and their widths. */
type Draft = Omit<KerasLayerPlan, 'name' | 'inbound'> & { inputs: readonly string[]; inputWidths: readonly number[] };

function foldActivations(ops: readonly ExportOp[]): Draft[] {
  const byId = new Map(ops.map((op) => [op.node.nodeId, op]));
  const folded = new Set<string>();
  const drafts: Draft[] = [];
  for (const op of ops) {
    if (folded.has(op.node.nodeId)) continue;
    const form = op.forms.keras.layer(op.node);
    const reader = form.appliesActivation ? soleReader(op, byId) : undefined;
    const activation = reader?.forms.keras.activation?.name(reader.node.params);
    const draft = { form, tensors: op.tensors, nodeIds: [op.node.nodeId], inputs: op.inputs, inputWidths: op.node.inputWidths };
    if (reader && activation !== undefined) {
      folded.add(reader.node.nodeId);
      drafts.push({ ...draft, form: { ...form, config: { ...form.config, activation } }, nodeIds: [op.node.nodeId, reader.node.nodeId] });
    } else {
      drafts.push(draft);
    }
  }
  return drafts;
}

/** The op that is the only reader of `op`'s value and reads nothing else, if there is one. */
function soleReader(op: ExportOp, byId: ReadonlyMap<string, ExportOp>): ExportOp | undefined {
  if (op.consumers.length !== 1) return undefined;
  const reader = byId.get(op.consumers[0]!);
  return reader?.inputs.length === 1 ? reader : undefined;
}

/**
 * The layer, preceded by an identity layer for each repeated read of one value (`x + x`).
 * TF.js 4.22's executor counts a value's readers per layer but releases it per read, so a
 * layer that reads a value twice frees it before a later layer reads it, and `predict` fails
 * (executor.js, `recipientCounts`). Each repeat reads its own identity layer's output instead.
 */
function repeatedReads(layer: KerasLayerPlan, inputWidths: readonly number[], taken: Set<string>): KerasLayerPlan[] {
  const identities: KerasLayerPlan[] = [];
  const inbound = layer.inbound.map((source, port) => {
    if (layer.inbound.indexOf(source) === port) return source;
    const [name] = kerasLayerNames([`${layer.name}_in${port}`], taken);
    identities.push({ name: name!, form: identityForm(inputWidths[port]!), tensors: new Map(), nodeIds: [], inbound: [source] });
    return name!;
  });
  return [...identities, { ...layer, inbound }];
}

/** The Keras layer, on a value `width` wide, of the kind that writes the identity (Keras' "linear"), from the registry. */
function identityForm(width: number): KerasLayerForm {
  for (const type of OP_NODE_TYPES) {
    const forms = exportFormsOf(type);
    const params = forms.keras.activation?.params(KERAS_IDENTITY);
    if (params) return forms.keras.layer({ nodeId: KERAS_IDENTITY, params, inputWidths: [width], width });
  }
  throw new Error(`no node kind writes Keras' "${KERAS_IDENTITY}" activation`);
}
