import type { z } from 'zod';
import type { NumberBounds } from '../fields.ts';
import type { ExportForms } from './exportForms.ts';

/**
 * Everything the model knows about one kind of node: its ports, parameters, the width it emits
 * and the tensors it owns. The schema's node union, the compiler's shape inference, the palette,
 * node ids and the editor's parameter fields are all derived from these specs; the engine's op
 * for each kind lives in `engine/ops/<kind>.ts`.
 */
export interface NodeSpec<TType extends string, TParams> {
  type: TType;
  /** The name people see in the palette, on the node and in messages ("Dense"). */
  label: string;
  /** One line for the palette: what the node does. */
  description: string;
  /** The family it belongs to: the palette groups and the editor colours nodes by it. */
  category: NodeCategory;
  /** Stem of new node ids: `dense` → dense1, dense2, … */
  idPrefix: string;
  defaultParams: TParams;
  paramsSchema: z.ZodType<TParams>;
  /** The parameters a person edits on the node, in display order. */
  fields: readonly ParamField[];
  /** How many input ports the node has (0 for the input node); port k is named `in<k>`. */
  inputPorts(params: TParams): number;
  /** Whether other nodes can read what it computes (false for the loss, the end of the graph). */
  hasOutput: boolean;
  /**
   * True when the node emits as many values as it reads from its one port (activations,
   * normalisation, dropout): messages about a network's output width look through such nodes.
   */
  keepsWidth: boolean;
  /**
   * The width it emits given what reaches its ports (in port order), or why that cannot work,
   * in words naming the sources. Called only once every port has a known width.
   */
  outputWidth(inputs: readonly PortInput[], params: TParams, name: string): WidthResult;
  /** A problem with the parameters alone (reported even before the node is wired), if any. */
  checkParams?(params: TParams, name: string): string | undefined;
  /**
   * The fewest rows a training batch may have (BatchNorm's 2: it normalises each feature over
   * the batch, and one row has no variance). Absent for kinds that work row by row.
   */
  minTrainingRows?: number;
  /** The names of every tensor the kind can own (the schema checks stored weights against them). */
  tensorNames: readonly string[];
  /** The tensors it owns for these input widths, with their shapes (empty for most kinds). */
  tensors(inputWidths: readonly number[], params: TParams): readonly TensorSpec[];
}

/**
 * A kind between the input and the loss: it runs as an engine op and says how it leaves
 * Netloom. `registry.ts` refuses to compile while any such kind lacks its forms.
 */
export interface OpNodeSpec<TType extends string, TParams> extends NodeSpec<TType, TParams> {
  category: OpCategory;
  /** Its Keras (TF.js) layer and ONNX nodes, as plain data (see `exportForms.ts`). */
  exportForms: ExportForms<TParams>;
}

/** Families of node kinds; a new kind in an existing family needs no styling of its own. */
export const NODE_CATEGORIES = ['input', 'layer', 'activation', 'normalization', 'regularization', 'merge', 'loss'] as const;
export type NodeCategory = (typeof NODE_CATEGORIES)[number];
/** The families of the kinds between the graph's two ends (input, loss), which each carry export forms. */
export type OpCategory = Exclude<NodeCategory, 'input' | 'loss'>;

/** What reaches one input port: the width and the node it comes from. */
export interface PortInput {
  width: number;
  /** The id of the node whose output feeds this port. */
  source: string;
  /** The port's name, `in0`, `in1`, …. */
  port: string;
}

export type WidthResult = { ok: true; width: number } | { ok: false; message: string };

/**
 * A tensor a node owns, stored in the model as `weights[nodeId][name]`: nested arrays of
 * `shape` (a kernel `[units][inputs]` is an array of `units` rows).
 */
export interface TensorSpec {
  name: string;
  shape: readonly number[];
  /** What each axis counts, singular (`['unit', 'input']`), for messages about a stored tensor's shape. */
  axes: readonly string[];
  /** False for state that training updates without gradients (BatchNorm's moving statistics). */
  trainable: boolean;
  /** True when a stored value may not be negative (a variance). */
  nonNegative?: boolean;
}

/** A parameter edited on the node, as the editor's generic node view renders it. */
export type ParamField =
  | { key: string; label: string; kind: 'integer'; unit: string; min: number }
  | { key: string; label: string; kind: 'choice'; options: Readonly<Record<string, string>> }
  /** A decimal (an epsilon, a rate), shown as typed; only values within `bounds` reach the document. */
  | { key: string; label: string; kind: 'number'; bounds: NumberBounds };

/**
 * What kinds with one input that emit as many values as they read share (activations,
 * normalisation, dropout): their output is as wide as their input.
 */
export const oneInputSameWidth = {
  inputPorts: () => 1,
  hasOutput: true,
  keepsWidth: true,
  outputWidth: ([input]: readonly PortInput[]): WidthResult => ({ ok: true, width: input!.width }),
} as const;

/** The number of values a node owns: the sum of its trainable tensors' sizes. */
export function parameterCount(tensors: readonly TensorSpec[]): number {
  let total = 0;
  for (const tensor of tensors) if (tensor.trainable) total += tensor.shape.reduce((size, n) => size * n, 1);
  return total;
}

/** The port names of a node with `count` inputs: `in0`, `in1`, …. */
export function portName(index: number): string {
  return `in${index}`;
}
