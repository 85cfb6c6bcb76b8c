import type { DenseWeights, NetloomModel } from '../model/index.ts';
import type { CompileError } from './types.ts';
import type { ShapeInference } from './inferShapes.ts';
import type { Graph } from './topology.ts';
import { count, nodeName } from './wording.ts';

/**
 * Stored weights must match the inferred shape: `kernel` is `[units][inputs]`, `bias` has one
 * number per unit (it may be left out: the engine starts it at zero). Layers whose shape is
 * unknown because of another error are skipped rather than guessed at.
 */
export function checkWeights(model: NetloomModel, graph: Graph, { shapes, received }: ShapeInference): CompileError[] {
  const errors: CompileError[] = [];
  for (const [id, weights] of Object.entries(model.weights ?? {})) {
    const node = graph.nodes.get(id);
    const inputs = received[id];
    if (node?.type !== 'dense' || inputs === undefined || shapes[id] === undefined) continue;
    const problems = [
      describeKernelProblem(weights.kernel, node.params.units, inputs),
      describeBiasProblem(weights, node.params.units, node.params.useBias !== false),
    ];
    for (const problem of problems) {
      if (problem) errors.push({ code: 'weights_shape', nodeIds: [id], message: `weights for ${nodeName(node)}: ${problem}` });
    }
  }
  return errors;
}

function describeKernelProblem(kernel: number[][], units: number, inputs: number): string | undefined {
  const expected = `expected ${units}×${inputs} ([units][inputs])`;
  const columns = kernel[0]?.length ?? 0;
  const ragged = kernel.findIndex((row) => row.length !== columns);
  if (ragged !== -1) {
    return `kernel rows differ in length (row 0 has ${columns}, row ${ragged} has ${kernel[ragged]!.length}), ${expected}`;
  }
  if (kernel.length !== units || columns !== inputs) return `kernel is ${kernel.length}×${columns}, ${expected}`;
  return undefined;
}

function describeBiasProblem(weights: DenseWeights, units: number, useBias: boolean): string | undefined {
  if (weights.bias === undefined) return undefined;
  if (!useBias) return 'the layer has useBias: false but its weights include a bias';
  if (weights.bias.length !== units) return `bias has ${count(weights.bias.length, 'number')}, expected ${units} (one per unit)`;
  return undefined;
}
