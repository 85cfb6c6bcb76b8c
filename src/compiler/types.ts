import type { ActivationFn, DatasetName, DenseWeights, LossFn } from '../model/index.ts';

/** One executable step of the layer stack, in execution order. */
export type CompiledLayer =
  | {
      kind: 'dense';
      nodeId: string;
      inputSize: number;
      units: number;
      useBias: boolean;
      /** Weights from the model document, already checked against the inferred shape. */
      weights?: DenseWeights;
    }
  | { kind: 'activation'; nodeId: string; fn: ActivationFn; size: number };

/** A valid graph, ready for the engine: input → layers → loss. */
export interface CompiledNetwork {
  inputId: string;
  inputSize: number;
  /** Dense and activation layers between the input and the loss, in order. */
  layers: CompiledLayer[];
  loss: { nodeId: string; fn: LossFn };
  /** Width of the vector reaching the loss (the network's output). */
  outputSize: number;
  /** Trainable parameters per dense node id. */
  paramCounts: Record<string, number>;
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
  | 'branching'
  | 'bad_units'
  | 'weights_shape'
  | 'loss_head'
  | 'dataset_input'
  | 'dataset_output';

/** A reason the graph cannot run, naming the node(s) it is about. */
export interface CompileError {
  code: CompileErrorCode;
  nodeIds: string[];
  message: string;
}

export interface CompileOptions {
  /** Check the input and output widths against this dataset (default: the model's training.dataset). */
  dataset?: DatasetName;
}

/**
 * The outcome of compiling. `shapes` (the width each node emits; for a loss node, the width it
 * receives) is filled as far as inference got, even when there are errors, so the editor can
 * label the edges that are fine.
 */
export type CompileResult =
  | { ok: true; network: CompiledNetwork; shapes: Record<string, number> }
  | { ok: false; errors: CompileError[]; shapes: Record<string, number> };
