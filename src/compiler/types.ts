import type { DatasetInfo, DatasetName, LossFn, ModelNode, NodeWeights, OpNodeType } from '../model/index.ts';

/**
 * One node of the network as the engine runs it: an op that reads the values named in
 * `inputs` (node ids, in port order) and writes the value named by its own id.
 */
export interface CompiledOp {
  nodeId: string;
  /** The model node: its kind and params. */
  node: Exclude<ModelNode, { type: 'input' | 'loss' }>;
  /** The values it reads, by the id of the node that computes each, in port order. */
  inputs: readonly string[];
  /** The width of each input, in port order. */
  inputWidths: readonly number[];
  /** The width it emits. */
  width: number;
  /** The longest path from the input node, in wires (the first layer is at depth 1). */
  depth: number;
  /** The nodes that read its value, in document order (repeated once per wire). */
  consumers: readonly string[];
  /** Tensors from the model document, already checked against the node's shapes. */
  weights?: NodeWeights;
  /** Trainable values it owns. */
  paramCount: number;
}

/** Op kinds: every node type but the input and the loss, which are the graph's ends (the model's `OpNodeType`). */
export type OpType = OpNodeType;

/** A valid graph, ready for the engine: the ops between the input and the loss, in topological order. */
export interface CompiledNetwork {
  inputId: string;
  inputSize: number;
  /** In an order where every op comes after the ops it reads from (Kahn's, ties in document order). */
  ops: readonly CompiledOp[];
  /** The value the loss reads: the id of the node wired into it (the input's id for an empty network). */
  output: string;
  /** Width of `output`, the network's output. */
  outputSize: number;
  loss: { nodeId: string; fn: LossFn };
  totalParams: number;
}

/** Machine-readable kind of a compile error (the UI and tests key on it; people read `message`). */
export type CompileErrorCode =
  | 'no_input'
  | 'no_loss'
  | 'multiple_inputs'
  | 'multiple_losses'
  | 'cycle'
  | 'disconnected'
  | 'too_many_inputs'
  | 'bad_port'
  | 'port_taken'
  | 'free_port'
  | 'duplicate_edge'
  | 'bad_params'
  | 'width_mismatch'
  | 'weights_shape'
  | 'loss_head'
  | 'dataset_input'
  | 'dataset_output'
  | 'batch_size'
  | 'too_large';

/** A reason the graph cannot run, naming the node(s) it is about. */
export interface CompileError {
  code: CompileErrorCode;
  nodeIds: string[];
  message: string;
}

export interface CompileOptions {
  /**
   * Check the input and output widths against this dataset: a built-in one by name, or any
   * dataset's shape (default: the model's `training.dataset`, unless `training.data` chooses
   * columns of a table, whose shape only whoever read the table knows).
   */
  dataset?: DatasetName | DatasetInfo;
  /**
   * Rows trained at once (default: the model's training.batchSize): nodes that normalise over
   * the batch are checked against it, and the activation budget counts it.
   */
  batchSize?: number;
}

/** What the compiler learnt about the graph, filled as far as it got even when there are errors (the editor shows it). */
export interface GraphFacts {
  /** The width each node emits; for a loss node, the width it receives. */
  shapes: ReadonlyMap<string, number>;
  /** The widths at each node's input ports, for nodes whose every port has a known width. */
  inputWidths: ReadonlyMap<string, readonly number[]>;
  /** The port each document edge goes into (`in0`, …), by edge index; undefined for a wire that has none. */
  edgePorts: readonly (string | undefined)[];
}

/** The outcome of compiling: the network or every error, with what was learnt about the graph either way. */
export type CompileResult = GraphFacts & ({ ok: true; network: CompiledNetwork } | { ok: false; errors: CompileError[] });
