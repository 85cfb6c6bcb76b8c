import { compile } from '../../compiler/index.ts';
import {
  CURRENT_VERSION,
  exportFormsOf,
  FORMAT,
  formatIssue,
  loadModel,
  ownValue,
  portName,
  type LossFn,
  type ModelEdge,
  type ModelNode,
  type NetloomModel,
  type NodeWeights,
} from '../../model/index.ts';
import { ImportError } from '../errors.ts';
import { claimUniqueName } from '../uniqueName.ts';
import { decodeWeights } from './decodeWeights.ts';
import type { NetloomMetadata } from './format.ts';
import { kerasGraph, type KerasGraph } from './kerasGraph.ts';
import { ManifestWeights } from './manifestWeights.ts';
import { parseTfjsModelJson } from './modelJsonSchema.ts';
import { isIdentity, readLayer, type ReadNode } from './readLayer.ts';

const COLUMN = 200;
const ROW = 120;

/**
 * A TF.js Layers model (model.json and its weight files' bytes, concatenated in
 * `tfjsWeightFiles` order) as a Netloom model with weights: a Sequential, or a functional
 * model whose layers form a graph from one input to one output. Each layer is read by the
 * node kind whose Keras form claims its class. Throws an ImportError naming the layer for
 * anything Netloom cannot represent; what it returns passes validation and compiles.
 */
export function importTfjs(modelJson: unknown, weightData: Uint8Array): NetloomModel {
  const parsed = parseTfjsModelJson(modelJson);
  const graph = kerasGraph(parsed);
  const weights = new ManifestWeights(parsed.weightSpecs, decodeWeights(parsed.weightSpecs, weightData), parsed.modelName);
  const { document, head } = toDocument(graph, weights, parsed.netloom);
  const name = parsed.netloom?.name ?? parsed.modelName ?? 'imported';
  const lossNode = document.nodes.at(-1)!;
  const withLoss = (fn: LossFn): NetloomModel => ({
    format: FORMAT,
    version: CURRENT_VERSION,
    name,
    ...document,
    nodes: [...document.nodes.slice(0, -1), { ...lossNode, type: 'loss', params: { fn } }],
  });
  // Netloom's own loss when it still fits the head (the file may have been edited), else the one the head implies.
  const stored = parsed.netloom?.loss.fn;
  const model = stored && compile(withLoss(stored)).ok ? withLoss(stored) : withLoss(lossForHead(head));
  return validated(model);
}

/** The loss node is last; its params are filled in by the caller. */
interface ImportedDocument {
  nodes: ModelNode[];
  edges: ModelEdge[];
  weights: Record<string, NodeWeights>;
}

/**
 * The graph as Netloom nodes and edges, laid out by depth. Node ids come from Netloom's
 * metadata when Netloom wrote the file (so a round trip keeps them), otherwise from the Keras
 * layer names (`<layer>_<activation>` for an activation a layer applies itself).
 */
function toDocument(graph: KerasGraph, manifest: ManifestWeights, metadata: NetloomMetadata | undefined): { document: ImportedDocument; head: string | undefined } {
  const taken = new Set<string>();
  const rowsAtDepth = new Map<number, number>();
  const nodes: ModelNode[] = [];
  const edges: ModelEdge[] = [];
  const weights: Record<string, NodeWeights> = Object.create(null);
  /** Places a node at `depth` under an id no other node has; returns that id. */
  const place = (node: Omit<ModelNode, 'id'>, id: string, depth: number): string => {
    const unique = claimUniqueName(id, taken);
    const row = rowsAtDepth.get(depth) ?? 0;
    rowsAtDepth.set(depth, row + 1);
    nodes.push({ ...node, id: unique, position: { x: depth * COLUMN, y: row * ROW } } as ModelNode);
    return unique;
  };
  const wire = (sources: readonly string[], target: string, ports: number) =>
    sources.forEach((source, port) => edges.push(ports > 1 ? { source, target, targetHandle: portName(port) } : { source, target }));

  const inputId = place({ type: 'input', params: { size: graph.input.width } }, metadata?.inputId ?? 'input', 0);
  const values = new Map([[graph.input.name, { id: inputId, width: graph.input.width, depth: 0 }]]);
  for (const layer of graph.layers) {
    const sources = layer.inbound.map((name) => values.get(name)!);
    const read = readLayer(layer, sources.map(({ width }, port) => ({ width, source: layer.inbound[port]!, port: portName(port) })), manifest);
    // Layer names are free text: `constructor` is a layer like any other, never Object.prototype's.
    const restored = ownValue(metadata?.layerNodeIds, layer.name);
    // An identity layer Netloom's writer added (it stands for no node): its readers read its source.
    if (restored?.length === 0 && isIdentity(read)) {
      values.set(layer.name, sources[0]!);
      continue;
    }
    // Netloom writes a dense → linear pair as one Dense; its metadata brings the activation node back.
    const activation = read.activation && (!read.activation.identity || restored?.length === 2) ? read.activation : undefined;
    const ids = restored?.length === (activation ? 2 : 1) ? restored : [layer.name, ...(activation ? [`${layer.name}_${activation.keras}`] : [])];
    const depth = 1 + Math.max(...sources.map((source) => source.depth));
    const id = place({ type: read.node.type, params: withNetloomParams(read.node, ownValue(metadata?.nodeParams, ids[0]!)) }, ids[0]!, depth);
    if (read.node.weights) weights[id] = read.node.weights;
    wire(sources.map((source) => source.id), id, sources.length);
    if (!activation) {
      values.set(layer.name, { id, width: read.width, depth });
      continue;
    }
    const activationId = place({ type: activation.type, params: activation.params }, ids[1]!, depth + 1);
    wire([id], activationId, 1);
    values.set(layer.name, { id: activationId, width: read.width, depth: depth + 1 });
  }
  const output = values.get(graph.output)!;
  const outputNode = nodes.find((node) => node.id === output.id)!;
  const head = outputNode.type === 'activation' ? outputNode.params.fn : undefined;
  const lossId = place({ type: 'loss', params: { fn: 'mse' } }, metadata?.loss.nodeId ?? 'loss', output.depth + 1);
  wire([output.id], lossId, 1);
  return { document: { nodes, edges, weights }, head };
}

/** The node's params from Keras, with the ones only Netloom holds (`ExportForms.netloomParams`) back from its metadata; the model's schema checks them later. */
function withNetloomParams(node: ReadNode, kept: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const keys = exportFormsOf(node.type).netloomParams ?? [];
  const restored = keys.filter((key) => kept !== undefined && Object.hasOwn(kept, key)).map((key) => [key, kept![key]] as const);
  return { ...node.params, ...Object.fromEntries(restored) };
}

/** The head decides the loss Netloom pairs with it (the compiler insists on these pairs). */
function lossForHead(head: string | undefined): LossFn {
  if (head === 'softmax') return 'cross_entropy';
  if (head === 'sigmoid') return 'binary_cross_entropy';
  return 'mse';
}

/** The model as `validate` would take it: through the document's schema and the compiler, or an ImportError saying why not. */
function validated(model: NetloomModel): NetloomModel {
  const loaded = loadModel(model);
  if (!loaded.ok) throw new ImportError(`the imported graph is not a valid Netloom model: ${loaded.issues.map(formatIssue).join('; ')}`);
  const compiled = compile(loaded.model);
  if (!compiled.ok) throw new ImportError(`the imported graph does not compile: ${compiled.errors.map((error) => error.message).join('; ')}`);
  return loaded.model;
}
