import type { CompiledOp, OpType } from '../../compiler/index.ts';
import type { ActivationFn, NodeOf } from '../../model/index.ts';
import type { KernelBackend } from '../kernels/index.ts';
import type { Rng } from '../rng.ts';
import type { FloatArray } from '../tensor.ts';

/**
 * What reaches every op on every pass: whether this is a training step (Dropout and BatchNorm
 * behave differently in training), how many rows the batch has, and the random stream ops draw
 * from in training (the seed's `dropout` stream, drawn in op order, so a seed gives one run).
 */
export interface StepContext {
  training: boolean;
  rows: number;
  random: Rng;
}

/** A tensor an op owns, with its gradient (null for state that no gradient updates). */
export interface OpTensor {
  name: string;
  /** The shape the model stores it in, e.g. `[units, inputs]` for a kernel. */
  shape: readonly number[];
  value: FloatArray;
  grad: FloatArray | null;
  /** Whether L2 weight decay applies (kernels yes; biases and normalisation scales no). */
  decay: boolean;
}

/**
 * One node of the op graph. Buffers are batch-major (`[rows][width]`) and owned by the
 * network, which hands each op the ones it reads and writes, so a step allocates nothing.
 */
export interface Op {
  readonly nodeId: string;
  readonly tensors: readonly OpTensor[];
  /**
   * Makes room for batches of up to `rows` rows in buffers of the op's own (a dropout mask).
   * The network calls it whenever its own buffers grow, never during a step.
   */
  reserve?(rows: number): void;
  /** Computes the output from the inputs (in port order). */
  forward(inputs: readonly FloatArray[], output: FloatArray, context: StepContext): void;
  /**
   * Given dLoss/dOutput, overwrites its tensors' gradients and, for every input whose buffer
   * in `inputGrads` is not null, overwrites it with dLoss/dInput. (The network adds the
   * contributions of a value read by several ops; an op never has to.)
   */
  backward(
    inputs: readonly FloatArray[],
    output: FloatArray,
    outputGrad: FloatArray,
    inputGrads: readonly (FloatArray | null)[],
    context: StepContext,
  ): void;
}

/** What building an op may use besides its compiled node. */
export interface BuildContext {
  /** Where every tensor comes from (`backend.allocate(length)`) and the kernels dense products run on. */
  backend: KernelBackend;
  /** The seeded stream every initializer draws from, in op order. */
  weightsRng: Rng;
  /** The function of the activation that alone reads this op's output, if that is what reads it (He init before a ReLU). */
  nextActivation(op: CompiledOp): ActivationFn | null;
}

/** The compiled op of one kind, with its node typed. */
export type CompiledOpOf<T extends OpType> = CompiledOp & { node: NodeOf<T> };

/** Builds the op of one node kind; weights are drawn from `build.weightsRng` (stored ones are loaded afterwards). */
export type OpFactory<T extends OpType> = (compiled: CompiledOpOf<T>, build: BuildContext) => Op;
