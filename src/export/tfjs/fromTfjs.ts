import {
  CURRENT_VERSION,
  FORMAT,
  formatIssue,
  loadModel,
  type ActivationFn,
  type NodeWeights,
  type LossFn,
  type ModelNode,
  type NetloomModel,
} from '../../model/index.ts';
import { ImportError } from '../errors.ts';
import { decodeWeights } from './decodeWeights.ts';
import type { NetloomMetadata } from './format.ts';
import { assertChain } from './functionalChain.ts';
import { claimUniqueName } from './layerNames.ts';
import { parseTfjsModelJson } from './modelJsonSchema.ts';
import { readKerasLayers, type ImportedLayer, type ImportedStack } from './readKerasLayers.ts';

const COLUMN = 200;

/**
 * A TF.js Layers model (model.json and its weight files' bytes, concatenated in
 * `tfjsWeightFiles` order) as a Netloom model with weights. Throws an ImportError naming the
 * layer for anything Netloom cannot represent.
 */
export function importTfjs(modelJson: unknown, weightData: Uint8Array): NetloomModel {
  const parsed = parseTfjsModelJson(modelJson);
  if (parsed.modelClass !== 'Sequential') assertChain(parsed.layers);
  const stack = readKerasLayers(parsed.layers, decodeWeights(parsed.weightSpecs, weightData));
  const result = loadModel(toModel(stack, parsed.netloom, parsed.modelName));
  if (!result.ok) throw new ImportError(`the imported graph is not a valid Netloom model: ${result.issues.map(formatIssue).join('; ')}`);
  return result.model;
}

/**
 * Node ids and the name come from Netloom's metadata when Netloom wrote the file (so a round
 * trip keeps them), otherwise from the Keras layer and model names.
 */
function toModel(stack: ImportedStack, metadata: NetloomMetadata | undefined, modelName: string | undefined): NetloomModel {
  const taken = new Set<string>();
  const nodes: ModelNode[] = [];
  const weights: Record<string, NodeWeights> = Object.create(null);
  // Appends the node left to right under an id no other node has; returns that id.
  const place = (node: ModelNode): string => {
    const id = claimUniqueName(node.id, taken);
    nodes.push({ ...node, id, position: { x: nodes.length * COLUMN, y: 0 } });
    return id;
  };

  place({ id: metadata?.inputId ?? 'input', type: 'input', params: { size: stack.inputSize } });
  for (const layer of stack.layers) {
    const restoredIds = metadata?.layerNodeIds[layer.layerName];
    // A Netloom dense → linear activation pair folds into one Keras Dense; bring the activation node back.
    const withActivationNode = !layer.dense || layer.activation !== 'linear' || restoredIds?.length === 2;
    const ids = restoredIds?.length === (layer.dense && withActivationNode ? 2 : 1) ? restoredIds : derivedIds(layer);
    if (layer.dense) {
      const { units, useBias } = layer.dense;
      const id = place({ id: ids[0]!, type: 'dense', params: useBias ? { units } : { units, useBias } });
      weights[id] = { ...layer.dense.weights };
    }
    if (withActivationNode) place({ id: ids.at(-1)!, type: 'activation', params: { fn: layer.activation } });
  }
  const loss = metadata?.loss ?? { nodeId: 'loss', fn: lossForHead(stack.layers.at(-1)!.activation) };
  place({ id: loss.nodeId, type: 'loss', params: { fn: loss.fn } });

  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    name: metadata?.name ?? modelName ?? 'imported',
    nodes,
    edges: nodes.slice(1).map((node, i) => ({ source: nodes[i]!.id, target: node.id })),
    weights,
  };
}

function derivedIds(layer: ImportedLayer): string[] {
  return layer.dense ? [layer.layerName, `${layer.layerName}_${layer.activation}`] : [layer.layerName];
}

/** The head decides the loss Netloom pairs with it (the compiler insists on these pairs). */
function lossForHead(head: ActivationFn): LossFn {
  if (head === 'softmax') return 'cross_entropy';
  if (head === 'sigmoid') return 'binary_cross_entropy';
  return 'mse';
}
