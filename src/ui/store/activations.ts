import type { NetloomModel } from '../../model/index.ts';

/**
 * The activation nodes "Set all activations" changes: every one but those that feed a loss
 * directly (the output head, which the loss requires as it is: sigmoid for binary
 * cross-entropy, softmax for cross-entropy).
 */
export function hiddenActivationIds(model: NetloomModel): string[] {
  const losses = new Set(model.nodes.filter((node) => node.type === 'loss').map((node) => node.id));
  const heads = new Set(model.edges.filter((edge) => losses.has(edge.target)).map((edge) => edge.source));
  return model.nodes.filter((node) => node.type === 'activation' && !heads.has(node.id)).map((node) => node.id);
}
