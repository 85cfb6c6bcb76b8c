import { weightProblems } from '../../compiler/index.ts';
import { ownValue, type NetloomModel, type NodeWeights, type Tensor } from '../../model/index.ts';
import { compileModel } from './compileModel.ts';

/**
 * The nodes whose stored weights an edit left behind: weights the edit did not supply itself
 * (same object before and after) that no longer fit the node. Weights a command brings in
 * (import, template, training) are kept, so a bad file is reported by the compiler rather
 * than silently repaired. Linear in the size of the graph and its weights.
 */
export function staleWeightIds(previous: NetloomModel, next: NetloomModel): string[] {
  const stored = next.weights;
  if (!stored) return [];
  const fit = weightsFit(next);
  return Object.keys(stored).filter((id) => ownValue(previous.weights, id) === stored[id] && !fit(id, stored[id]!));
}

/**
 * For one model, whether given weights fit node `id`: it exists, owns tensors, and their
 * shapes match its input widths (when those are unknown, only the node's own params are
 * checked). Build it once per model and ask it per node.
 */
export function weightsFit(model: NetloomModel): (id: string, weights: NodeWeights) => boolean {
  const nodes = new Map(model.nodes.map((node) => [node.id, node]));
  const { inputWidths } = compileModel(model);
  return (id, weights) => {
    const node = nodes.get(id);
    if (!node) return false;
    const widths = inputWidths.get(id);
    return widths === undefined || weightProblems(node, widths, weights).length === 0;
  };
}

/** Whether every value of every tensor is a finite number (weights from training are checked before they are stored). */
export function allFinite(tensors: NodeWeights): boolean {
  return Object.values(tensors).every((tensor: Tensor) => tensor.every((entry) => (Array.isArray(entry) ? entry.every(Number.isFinite) : Number.isFinite(entry))));
}
