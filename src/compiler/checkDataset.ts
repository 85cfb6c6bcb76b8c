import { specOf, type DatasetInfo, type LossFn } from '../model/index.ts';
import type { ShapeInference } from './inferShapes.ts';
import type { CompileError } from './types.ts';
import type { PortAssignment } from './ports.ts';
import { nodesOfType, type Graph } from './topology.ts';
import { count, nodeName } from './wording.ts';

/** The input must be as wide as a sample; the output and loss must fit the dataset's target. */
export function checkDataset(graph: Graph, { ports }: PortAssignment, { shapes }: ShapeInference, dataset: DatasetInfo): CompileError[] {
  const errors: CompileError[] = [];
  for (const input of nodesOfType(graph, 'input')) {
    if (input.params.size === dataset.inputSize) continue;
    errors.push({
      code: 'dataset_input',
      nodeIds: [input.id],
      message:
        `the ${dataset.name} dataset has ${count(dataset.inputSize, 'number')} per sample, but ${nodeName(input)} ` +
        `has size ${input.params.size}: set its size to ${dataset.inputSize}`,
    });
  }
  for (const loss of nodesOfType(graph, 'loss')) {
    const outputs = shapes.get(loss.id);
    if (outputs === undefined) continue;
    const problem = describeOutputProblem(dataset, loss.params.fn, outputs);
    if (!problem) continue;
    errors.push({ code: 'dataset_output', nodeIds: [widthSource(graph, ports, loss.id), loss.id], message: problem });
  }
  return errors;
}

function describeOutputProblem({ name, task }: DatasetInfo, loss: LossFn, outputs: number): string | undefined {
  if (task.kind === 'regression') {
    if (outputs !== task.outputs) {
      return (
        `the ${name} dataset predicts ${count(task.outputs, 'number')} per sample, but the network has ` +
        `${count(outputs, 'output')}: give the last Dense layer ${count(task.outputs, 'unit')}`
      );
    }
    if (loss !== 'mse') return `the ${name} dataset predicts numbers, not classes: use the mse loss instead of ${loss}`;
    return undefined;
  }
  if (task.classes === 2) return describeTwoClassProblem(name, loss, outputs);
  if (outputs !== task.classes) {
    return (
      `the ${name} dataset has ${task.classes} classes, so the network needs ${task.classes} outputs (one per class), ` +
      `not ${outputs}: give the last Dense layer ${task.classes} units`
    );
  }
  if (loss === 'binary_cross_entropy') {
    return `binary_cross_entropy scores yes/no outputs, but the ${name} dataset has ${task.classes} classes: use Softmax + cross_entropy`;
  }
  return undefined;
}

/** Two classes fit either one 0/1 output or two one-hot outputs, each with its own loss. */
function describeTwoClassProblem(name: string, loss: LossFn, outputs: number): string | undefined {
  if (outputs === 1 && loss === 'cross_entropy') {
    return (
      `cross_entropy needs one output per class, and a softmax over 1 output is always 1: for the 2 classes ` +
      `of ${name} use Sigmoid + binary_cross_entropy, or give the last Dense layer 2 units`
    );
  }
  if (outputs === 2 && loss === 'binary_cross_entropy') {
    return (
      `with 2 outputs the ${name} classes are one-hot, which binary_cross_entropy does not score: ` +
      `use Softmax + cross_entropy, or give the last Dense layer 1 unit`
    );
  }
  if (outputs !== 1 && outputs !== 2) {
    return (
      `the ${name} dataset has 2 classes, so the network needs 1 output (Sigmoid + binary_cross_entropy) ` +
      `or 2 one-hot outputs (Softmax + cross_entropy), not ${outputs}: change the last Dense layer's units`
    );
  }
  return undefined;
}

/**
 * The node that sets the width reaching the loss: walking back from the loss, along the wire on
 * each node's first port, past nodes that keep their input's width (activations), to the last
 * dense layer, merge or the input. Called only for a loss with a shape, so that wire is there;
 * the walk follows ports, not the order wires are listed in, since a wire into a port that
 * does not exist may come first.
 */
function widthSource(graph: Graph, ports: PortAssignment['ports'], lossId: string): string {
  let id = ports.get(lossId)![0]!.source;
  for (let wire = ports.get(id)?.[0]; specOf(graph.nodes.get(id)!).keepsWidth && wire; wire = ports.get(id)?.[0]) id = wire.source;
  return id;
}
