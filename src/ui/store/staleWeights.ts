import type { DenseWeights, NetloomModel } from '../../model/index.ts';
import { inputWidths } from './compileModel.ts';

/**
 * The dense layers whose stored weights an edit left behind: weights the edit did not supply
 * itself (same object before and after) that no longer fit the layer's units or input width.
 * Weights a command brings in (import, template, training) are kept, so a bad file is
 * reported by the compiler rather than silently repaired.
 */
export function staleWeightIds(previous: NetloomModel, next: NetloomModel, shapes: Record<string, number>): string[] {
  const widths = inputWidths(next, shapes);
  return Object.entries(next.weights ?? {})
    .filter(([id, weights]) => previous.weights?.[id] === weights)
    .filter(([id, weights]) => {
      const node = next.nodes.find((candidate) => candidate.id === id);
      return node?.type !== 'dense' || !fits(weights, node.params.units, widths.get(id));
    })
    .map(([id]) => id);
}

/** Whether weights fit a dense layer of `units` reading `inputWidth` values (unknown width: not checked). */
export function fits(weights: DenseWeights, units: number, inputWidth: number | undefined): boolean {
  if (weights.kernel.length !== units) return false;
  if (weights.bias !== undefined && weights.bias.length !== units) return false;
  return inputWidth === undefined || weights.kernel.every((row) => row.length === inputWidth);
}
