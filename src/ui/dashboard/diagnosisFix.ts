import type { ModelNode, NetloomModel } from '../../model/index.ts';
import type { Fix } from '../../worker/diagnosis.ts';

/** The nodes whose output the loss reads, through nothing but activations, adds and concatenations: the head. */
function headIds(model: NetloomModel): Set<string> {
  const byId = new Map(model.nodes.map((node) => [node.id, node]));
  const head = new Set<string>();
  const visit = (id: string) => {
    for (const edge of model.edges) {
      if (edge.target !== id || head.has(edge.source)) continue;
      const source = byId.get(edge.source);
      if (!source || source.type === 'input') continue;
      head.add(source.id);
      if (source.type !== 'dense') visit(source.id);
    }
  };
  for (const node of model.nodes) if (node.type === 'loss') visit(node.id);
  return head;
}

function changedNode(node: ModelNode, fix: Exclude<Fix, { kind: 'setLearningRate' }>, head: Set<string>): ModelNode {
  if (head.has(node.id)) return node;
  if (fix.kind === 'setActivations' && node.type === 'activation' && fix.from.includes(node.params.fn)) {
    return { ...node, params: { ...node.params, fn: fix.to } };
  }
  if (fix.kind === 'widenLayers' && node.type === 'dense') return { ...node, params: { ...node.params, units: node.params.units * fix.factor } };
  return node;
}

/**
 * The graph with a diagnosis' graph fix applied to its hidden layers (the output dense layer
 * and the activation the loss reads stay as they are), without stored weights: a new
 * architecture starts from fresh ones. Settings fixes (the learning rate) leave the graph alone.
 */
export function fixedModel(model: NetloomModel, fix: Fix): NetloomModel {
  if (fix.kind === 'setLearningRate') return { ...model, training: { ...model.training, lr: fix.lr } };
  const head = headIds(model);
  return { ...model, nodes: model.nodes.map((node) => changedNode(node, fix, head)), weights: undefined };
}
