import { weightProblems } from '../../compiler/index.ts';
import type { NetloomModel, NodeWeights } from '../../model/index.ts';
import { compileModel } from './compileModel.ts';

/**
 * The nodes whose stored weights an edit left behind: weights the edit did not supply itself
 * (same object before and after) that no longer fit the node. Weights a command brings in
 * (import, template, training) are kept, so a bad file is reported by the compiler rather
 * than silently repaired.
 */
export function staleWeightIds(previous: NetloomModel, next: NetloomModel): string[] {
  return Object.entries(next.weights ?? {})
    .filter(([id, weights]) => previous.weights?.[id] === weights)
    .filter(([id, weights]) => !fits(next, id, weights))
    .map(([id]) => id);
}

/**
 * Whether `weights` fit node `id` of `model`: it exists, owns tensors, and their shapes match
 * its input widths (when those are unknown, only the node's own params are checked).
 */
export function fits(model: NetloomModel, id: string, weights: NodeWeights): boolean {
  const node = model.nodes.find((candidate) => candidate.id === id);
  if (!node) return false;
  const widths = compileModel(model).inputWidths.get(id);
  if (!widths) return true;
  return weightProblems(node, widths, weights).length === 0;
}
