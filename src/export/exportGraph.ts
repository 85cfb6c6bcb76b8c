import { CompileFailedError, compileOrThrow } from '../compiler/index.ts';
import { modelNetwork } from '../engine/index.ts';
import { exportFormsOf, specOf, type ExportForms, type FormNode, type LossFn, type NetloomModel } from '../model/index.ts';
import { ExportError } from './errors.ts';
import type { LaidOutTensor } from './tensorLayout.ts';

type Params = Record<string, unknown>;

/** One op of the network with what every writer needs: its forms, its wiring and its tensors. */
export interface ExportOp {
  /** What the forms are given: id, params and widths. */
  node: FormNode<Params>;
  forms: ExportForms<Params>;
  /** The values it reads, in port order: node ids (the input node's id for the network's input). */
  inputs: readonly string[];
  /** The nodes that read its value (the loss included). */
  consumers: readonly string[];
  /** Its tensors by `TensorSpec.name`, float32 in the model's layout. */
  tensors: ReadonlyMap<string, LaidOutTensor>;
}

/**
 * A compiled network with every weight filled in, as the format writers consume it. The input
 * and loss ids ride along so an export can come back into Netloom as the same graph.
 */
export interface ExportGraph {
  name: string;
  inputId: string;
  inputSize: number;
  /** In topological order; never empty (a network without ops has nothing to export). */
  ops: readonly ExportOp[];
  /** The value the loss reads: the id of the op whose output is the network's output. */
  output: string;
  outputSize: number;
  loss: { nodeId: string; fn: LossFn };
  /** The fewest rows a training batch may have (2 with BatchNorm, whose batch statistics need two; otherwise 1). */
  minTrainingRows: number;
}

/**
 * Compiles the model and fills in every tensor: trained weights from the document, and for
 * the rest the engine's seeded initialisation, so exporting an untrained model is repeatable.
 * Throws an ExportError listing the compile errors when the graph is invalid.
 */
export function toExportGraph(model: NetloomModel): ExportGraph {
  const compiled = compiledOrExportError(model);
  if (compiled.ops.length === 0) throw new ExportError('Nothing to export: the graph has no layers between the input and the loss.');
  // The same seed as the editor and the CLI, so every tool shows and exports the same untrained weights.
  // Only the weights are read: the JavaScript kernels need no WebAssembly memory for that.
  const weights = modelNetwork(model, { kernels: 'js' }).weights();
  const ops = compiled.ops.map((op): ExportOp => {
    const params = op.node.params as Params;
    const stored = weights[op.nodeId] ?? {};
    const tensors = new Map<string, LaidOutTensor>();
    for (const { name, shape } of specOf(op.node).tensors(op.inputWidths, params)) {
      tensors.set(name, { shape, values: Float32Array.from((stored[name] as unknown[]).flat(Infinity) as number[]) });
    }
    return {
      node: { nodeId: op.nodeId, params, inputWidths: op.inputWidths, width: op.width },
      forms: exportFormsOf(op.node.type),
      inputs: op.inputs,
      consumers: op.consumers,
      tensors,
    };
  });
  return {
    name: model.name ?? 'netloom-model',
    inputId: compiled.inputId,
    inputSize: compiled.inputSize,
    ops,
    output: compiled.output,
    outputSize: compiled.outputSize,
    loss: compiled.loss,
    minTrainingRows: Math.max(1, ...compiled.ops.map((op) => specOf(op.node).minTrainingRows ?? 1)),
  };
}

function compiledOrExportError(model: NetloomModel) {
  try {
    return compileOrThrow(model);
  } catch (error) {
    if (!(error instanceof CompileFailedError)) throw error;
    throw new ExportError(`Fix the graph before exporting it:\n${error.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
}
