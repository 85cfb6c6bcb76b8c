import { specOf, type ModelNode, type NetloomModel, type NodeWeights, type Tensor, type TensorSpec } from '../model/index.ts';
import type { CompileError } from './types.ts';
import type { ShapeInference } from './inferShapes.ts';
import type { Graph } from './topology.ts';
import { count, nodeName } from './wording.ts';

/**
 * Stored tensors must have the shapes the node's kind gives for its inferred input widths
 * (a dense kernel `[units][inputs]`, a bias of one number per unit). A tensor left out is
 * fine: the engine initialises it. Nodes whose widths are unknown because of another error are
 * skipped rather than guessed at.
 */
export function checkWeights(model: NetloomModel, graph: Graph, { inputWidths }: ShapeInference): CompileError[] {
  const errors: CompileError[] = [];
  for (const [id, stored] of Object.entries(model.weights ?? {})) {
    const node = graph.nodes.get(id);
    const widths = inputWidths.get(id);
    if (!node || !widths) continue;
    for (const problem of weightProblems(node, widths, stored)) {
      errors.push({ code: 'weights_shape', nodeIds: [id], message: `weights for ${nodeName(node)}: ${problem}` });
    }
  }
  return errors;
}

/**
 * Why a node's stored tensors do not fit it at these input widths (empty when they do). Only
 * the kind's tensor names are looked at: other fields of a weights entry are a file's own.
 */
export function weightProblems(node: ModelNode, inputWidths: readonly number[], stored: NodeWeights): string[] {
  const spec = specOf(node);
  const expected = spec.tensors(inputWidths, node.params);
  const problems: string[] = [];
  for (const name of spec.tensorNames) {
    if (!Object.hasOwn(stored, name)) continue;
    const shape = expected.find((candidate) => candidate.name === name);
    const problem = shape
      ? (describeShapeProblem(stored[name]!, shape) ?? describeSignProblem(stored[name]!, shape))
      : `"${name}" is stored, but the node has no such tensor with its current params`;
    if (problem) problems.push(problem);
  }
  return problems;
}

function describeShapeProblem(tensor: Tensor, spec: TensorSpec): string | undefined {
  const { name, shape, axes } = spec;
  if (shape.length === 1) {
    if (tensor.length === shape[0] && tensor.every((value) => !Array.isArray(value))) return undefined;
    return `${name} has ${count(tensor.length, 'number')}, expected ${shape[0]} (one per ${axes[0]})`;
  }
  const expected = `expected ${shape.join('×')} (${axes.map((axis) => `[${axis}s]`).join('')})`;
  const columns = rowLength(tensor[0]);
  if (columns === -1) return `${name} is a list of ${count(tensor.length, 'number')}, not of rows, ${expected}`;
  const ragged = tensor.findIndex((row) => rowLength(row) !== columns);
  if (ragged !== -1) {
    return `${name} rows differ in length (row 0 has ${columns}, row ${ragged} has ${rowLength(tensor[ragged])}), ${expected}`;
  }
  if (tensor.length !== shape[0] || columns !== shape[1]) return `${name} is ${tensor.length}×${columns}, ${expected}`;
  return undefined;
}

/** A negative value where none may be (a variance). */
function describeSignProblem(tensor: Tensor, { name, axes, nonNegative }: TensorSpec): string | undefined {
  if (!nonNegative) return undefined;
  const values = tensor.flat();
  const index = values.findIndex((value) => value < 0);
  if (index === -1) return undefined;
  return `${name} is ${values[index]} for ${axes[0]} ${index}, but it cannot be negative`;
}

/** A row's length, or -1 for a value that is not a row. */
function rowLength(row: number | number[] | undefined): number {
  return Array.isArray(row) ? row.length : row === undefined ? 0 : -1;
}
