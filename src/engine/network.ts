import { nodeName, type CompiledNetwork, type CompiledOp, type OpType } from '../compiler/index.ts';
import { EVALUATION_ROWS, specOf, type NodeWeights } from '../model/index.ts';
import { arenaBytesFor } from './arenaPlan.ts';
import { BatchTooSmallError } from './batchTooSmall.ts';
import { createBackend, type KernelBackend, type KernelChoice } from './kernels/index.ts';
import { createLossHead, type LossHead } from './losses.ts';
import { ActivationOp } from './ops/activation.ts';
import type { BuildContext, Op, OpTensor, StepContext } from './ops/op.ts';
import { OP_FACTORIES } from './ops/registry.ts';
import type { Parameter } from './optimizers.ts';
import { createRng } from './rng.ts';
import { predictedClass } from './rows.ts';
import { allocate, asDtype, flattenInto, storedWeights, type Dtype, type FloatArray, type TensorSnapshot } from './tensor.ts';

export interface NetworkOptions {
  /** Seeds the initial weights of every op the model gives no weights for, and the dropout masks. */
  seed: number;
  /** Precision of every buffer; float64 is for gradient checks. Default float32. */
  dtype?: Dtype;
  /**
   * Which kernels run the dense products and the optimizer updates (default `auto`: WebAssembly
   * SIMD where the runtime has it, JavaScript otherwise). Float64 always runs on JavaScript.
   */
  kernels?: KernelChoice;
  /**
   * The largest batch the network plans its WebAssembly arena for (default: the 256-row
   * evaluation chunk). Larger batches still work; see `kernels/README.md` for what happens when
   * the arena's headroom runs out.
   */
  batchCapacity?: number;
}

/** Loss and accuracy of a network on a set of rows. */
export interface Score {
  loss: number;
  /**
   * Fraction of rows whose predicted class is the target's: the 0.5 threshold for one output,
   * the argmax otherwise. Meaningless for regression (the trainer reports null there).
   */
  accuracy: number;
}


/** Slot 0 of the value buffers holds the network's input; op i writes slot i + 1. */
const INPUT_SLOT = 0;

/**
 * Where the gradient an op passes back through one input port goes: the input value needs
 * none; a value read once gets it straight in its gradient buffer; a value read by several
 * ports gets the first contribution (in backward order) straight, the later ones in a buffer
 * of their own that is added in right after (micrograd's `grad +=`, tfjs-core's tape).
 */
type PortGradient = { kind: 'none' } | { kind: 'direct'; slot: number } | { kind: 'accumulate'; slot: number };

/**
 * A compiled op graph with its parameters and every buffer it needs. Forward runs the ops in
 * topological order, backward in reverse; buffers are sized for the largest batch seen so far
 * and reused, so training steps allocate nothing.
 */
export class Network {
  readonly dtype: Dtype;
  readonly inputSize: number;
  readonly outputSize: number;
  /** Ids of the dense nodes by depth (longest path from the input), then topological order: the order of `gradNorms`. */
  readonly denseIds: string[];
  /** Every trainable tensor with its gradient, op by op. */
  readonly parameters: Parameter[];
  /** The kernels and the allocator every float buffer of the network and its trainer comes from. */
  readonly backend: KernelBackend;
  /**
   * The fewest rows a training batch may have: 2 with a BatchNorm node (see `checkTrainingRows`), else 1.
   */
  readonly minTrainingRows: number;

  private readonly ops: Op[];
  /** Op index by node id, for the read-only views (`nodeOutput`, `nodeTensors`). */
  private readonly opIndex: Map<string, number>;
  /** The value slot each op reads at each port. */
  private readonly inputSlots: number[][];
  private readonly portGradients: PortGradient[][];
  private readonly widths: number[];
  private readonly outputSlot: number;
  private readonly head: LossHead;
  /** The op whose backward the fused head replaces (a softmax or sigmoid before its cross-entropy), or -1. */
  private readonly fusedOp: number;
  private readonly denseKernels: FloatArray[];
  private readonly decayed: OpTensor[];
  /** Tensors that training changes without a gradient (moving statistics), and their values before the last training pass. */
  private readonly state: { value: FloatArray; before: FloatArray }[];
  private readonly context: StepContext;
  /** The node with the largest `minTrainingRows`, as messages name it. */
  private readonly batchStatisticsNode: string;
  /** Per op, the array its inputs are handed in (refilled each pass: buffers change when capacity grows). */
  private readonly inputBuffers: FloatArray[][];
  private capacity = 0;
  private values: FloatArray[] = [];
  private gradients: FloatArray[] = [];
  /** Per op and port, the buffer its backward writes dLoss/dInput into (null: not needed). */
  private inputGradients: (FloatArray | null)[][] = [];

  constructor(compiled: CompiledNetwork, options: NetworkOptions) {
    this.dtype = options.dtype ?? 'float32';
    this.inputSize = compiled.inputSize;
    this.outputSize = compiled.outputSize;
    const slotOf = new Map<string, number>([[compiled.inputId, INPUT_SLOT]]);
    compiled.ops.forEach((op, i) => slotOf.set(op.nodeId, i + 1));
    this.widths = [compiled.inputSize, ...compiled.ops.map((op) => op.width)];
    this.inputSlots = compiled.ops.map((op) => op.inputs.map((id) => slotOf.get(id)!));
    this.portGradients = planPortGradients(this.inputSlots);
    this.outputSlot = slotOf.get(compiled.output)!;
    const batchRows = Math.max(options.batchCapacity ?? 0, EVALUATION_ROWS);
    this.backend = createBackend(options.kernels ?? 'auto', this.dtype, arenaBytesFor(compiled, batchRows));
    this.ops = buildOps(compiled, this.backend, options.seed);
    this.opIndex = new Map(compiled.ops.map((op, i) => [op.nodeId, i]));
    this.context = { training: false, rows: 0, random: createRng(options.seed, 'dropout') };
    ({ rows: this.minTrainingRows, node: this.batchStatisticsNode } = batchRequirement(compiled));
    this.inputBuffers = this.inputSlots.map((slots) => new Array<FloatArray>(slots.length));

    const lastOp = this.outputSlot - 1;
    const last = this.ops[lastOp];
    this.head = createLossHead(compiled.loss.fn, last instanceof ActivationOp ? last.fn : null);
    this.fusedOp = this.head.fused ? lastOp : -1;

    const opTensors = this.ops.flatMap((op) => op.tensors);
    this.parameters = opTensors.flatMap((tensor) => (tensor.grad ? [{ value: tensor.value, grad: tensor.grad }] : []));
    this.decayed = opTensors.filter((tensor) => tensor.decay && tensor.grad);
    this.state = opTensors.flatMap((tensor) => (tensor.grad ? [] : [{ value: tensor.value, before: allocate(this.dtype, tensor.value.length) }]));
    const dense = compiled.ops
      .map((op, i) => ({ op, i }))
      .filter(({ op }) => op.node.type === 'dense')
      .sort((a, b) => a.op.depth - b.op.depth || a.i - b.i);
    this.denseIds = dense.map(({ op }) => op.nodeId);
    this.denseKernels = dense.map(({ i }) => this.ops[i]!.tensors.find((tensor) => tensor.name === 'kernel')!.grad!);
  }

  /**
   * Throws when training batches of `rows` rows are too small for a node (BatchNorm needs 2):
   * a trainer checks its batch size up front rather than failing at some later step.
   * @throws BatchTooSmallError naming the node.
   */
  checkTrainingRows(rows: number): void {
    if (rows < this.minTrainingRows) throw new BatchTooSmallError(this.batchStatisticsNode, rows, this.minTrainingRows);
  }

  /** The largest mean loss of a run that has not diverged (see `LossHead.ceiling`). */
  get lossCeiling(): number {
    return this.head.ceiling;
  }

  /**
   * The outputs for `rows` input rows (batch-major), as a new array of the network's dtype.
   * For a decision-boundary heatmap, pass the points of `createGrid`.
   */
  predict(x: ArrayLike<number>, rows: number): FloatArray {
    const input = asDtype(this.dtype, x);
    const result = allocate(this.dtype, rows * this.outputSize);
    this.inChunks(rows, (start, count) => {
      const output = this.forward(input.subarray(start * this.inputSize), count, false);
      result.set(output.subarray(0, count * this.outputSize), start * this.outputSize);
    });
    return result;
  }

  /** Mean loss over `rows` rows of inputs `x` and targets `y`. */
  lossOn(x: ArrayLike<number>, y: ArrayLike<number>, rows: number): number {
    return this.score(x, y, rows).loss;
  }

  /** Mean loss and accuracy over `rows` rows. */
  score(x: ArrayLike<number>, y: ArrayLike<number>, rows: number): Score {
    const input = asDtype(this.dtype, x);
    const target = asDtype(this.dtype, y);
    let lossSum = 0;
    let correct = 0;
    this.inChunks(rows, (start, count) => {
      const chunkTarget = target.subarray(start * this.outputSize);
      const output = this.forward(input.subarray(start * this.inputSize), count, false);
      lossSum += this.lossValue(chunkTarget, count) * count;
      correct += countCorrect(output, chunkTarget, count, this.outputSize);
    });
    return { loss: lossSum / rows, accuracy: correct / rows };
  }

  /**
   * Forward (in training mode) and backward on one batch: leaves in every parameter's `grad`
   * the gradient of (mean loss + l2/2 · Σ‖kernel‖²) and returns the mean loss without the L2
   * term. Passing arrays of the network's dtype avoids any copy; this is the training step's hot path.
   * @throws BatchTooSmallError when `rows` is under `minTrainingRows`.
   */
  computeGradients(x: ArrayLike<number>, y: ArrayLike<number>, rows: number, l2 = 0): number {
    for (let s = 0; s < this.state.length; s++) this.state[s]!.before.set(this.state[s]!.value);
    const target = asDtype(this.dtype, y);
    const output = this.forward(asDtype(this.dtype, x), rows, true);
    const loss = this.lossValue(target, rows);
    const { context } = this;
    if (this.fusedOp >= 0) {
      // The fused head hands back dLoss/d(logits): it stands in for the activation's backward.
      this.head.gradient(output, target, this.inputGradients[this.fusedOp]![0]!, rows, this.outputSize);
      this.addAccumulated(this.fusedOp);
    } else if (this.outputSlot !== INPUT_SLOT) {
      this.head.gradient(output, target, this.gradients[this.outputSlot]!, rows, this.outputSize);
    }
    const firstBackward = this.fusedOp >= 0 ? this.fusedOp - 1 : this.outputSlot - 1;
    for (let i = firstBackward; i >= 0; i--) {
      const slots = this.inputSlots[i]!;
      const inputs = this.opInputs(i);
      this.ops[i]!.backward(inputs, this.values[i + 1]!, this.gradients[i + 1]!, this.inputGradients[i]!, context);
      if (slots.length > 0) this.addAccumulated(i);
    }
    if (l2 > 0) this.addWeightDecay(l2);
    return loss;
  }

  /** `computeGradients` for callers that want plain arrays (the CLI's `grad`): every trainable tensor by node id, averaged over the rows. */
  lossAndGradients(x: ArrayLike<number>, y: ArrayLike<number>, rows: number, l2 = 0): { loss: number; grads: Record<string, NodeWeights> } {
    const loss = this.computeGradients(x, y, rows, l2);
    return { loss, grads: storedWeights(this.tensorViews((tensor) => tensor.grad)) };
  }

  /** The current tensors in the model's form, keyed by node id (nodes without tensors left out). */
  weights(): Record<string, NodeWeights> {
    return storedWeights(this.tensorViews((tensor) => tensor.value));
  }

  /**
   * A copy of every tensor's values as flat typed arrays, in op order: what the worker posts
   * (transferred, not cloned); `storedWeights` turns it into the model's form.
   */
  weightSnapshot(): TensorSnapshot[] {
    return this.tensorViews((tensor) => tensor.value).map((view) => ({ ...view, values: view.values.slice() }));
  }

  /**
   * Puts the state tensors (BatchNorm's moving statistics) back as they were before the last
   * training pass moved them: the trainer calls it when that step diverged, so it leaves no trace.
   */
  restoreState(): void {
    for (let s = 0; s < this.state.length; s++) this.state[s]!.value.set(this.state[s]!.before);
  }

  /**
   * The first state value (a moving statistic) that is not finite, or undefined: a batch of huge
   * values can overflow a moving variance while the loss, computed on the batch's own
   * statistics, stays finite. State tensors hold a few values per feature, so this is cheap.
   */
  nonFiniteState(): number | undefined {
    for (let s = 0; s < this.state.length; s++) {
      const { value } = this.state[s]!;
      for (let i = 0; i < value.length; i++) if (!Number.isFinite(value[i])) return value[i];
    }
    return undefined;
  }

  /** Writes the L2 norm of each dense kernel's last gradient into `out`, in `denseIds` order. */
  kernelGradNorms(out: Float64Array): void {
    for (let d = 0; d < this.denseKernels.length; d++) {
      const grad = this.denseKernels[d]!;
      let sum = 0;
      for (let i = 0; i < grad.length; i++) sum += grad[i]! * grad[i]!;
      out[d] = Math.sqrt(sum);
    }
  }

  /**
   * What node `nodeId` computed in the last forward pass: its buffer (batch-major, read only;
   * the next pass overwrites it), the rows of that pass, and its width. For statistics (see
   * `probe/networkProbe.ts`), never for training. Throws for an id that is not an op.
   */
  nodeOutput(nodeId: string): { values: FloatArray; rows: number; width: number } {
    const slot = this.opSlot(nodeId);
    return { values: this.values[slot]!, rows: this.context.rows, width: this.widths[slot]! };
  }

  /** The tensors node `nodeId` owns (value and gradient buffers, read only): e.g. a dense node's kernel and bias. */
  nodeTensors(nodeId: string): readonly OpTensor[] {
    return this.ops[this.opSlot(nodeId) - 1]!.tensors;
  }

  private opSlot(nodeId: string): number {
    const index = this.opIndex.get(nodeId);
    if (index === undefined) throw new Error(`No op computes node ${nodeId}`);
    return index + 1;
  }

  /** Adds `l2 · w` to the gradient of every decayed tensor (the kernels): the gradient of the penalty l2/2 · Σ‖w‖². */
  addWeightDecay(l2: number): void {
    for (const { value, grad } of this.decayed) {
      for (let i = 0; i < value.length; i++) grad![i]! += l2 * value[i]!;
    }
  }

  private forward(input: FloatArray, rows: number, training: boolean): FloatArray {
    this.ensureCapacity(rows);
    this.context.training = training;
    this.context.rows = rows;
    this.values[INPUT_SLOT] = input;
    for (let i = 0; i < this.ops.length; i++) this.ops[i]!.forward(this.opInputs(i), this.values[i + 1]!, this.context);
    return this.values[this.outputSlot]!;
  }

  /** The value buffers op `i` reads, in port order (in an array reused from step to step). */
  private opInputs(i: number): FloatArray[] {
    const slots = this.inputSlots[i]!;
    const inputs = this.inputBuffers[i]!;
    for (let p = 0; p < slots.length; p++) inputs[p] = this.values[slots[p]!]!;
    return inputs;
  }

  /** Adds the contributions op `i` left in buffers of their own into the gradients of the values it reads. */
  private addAccumulated(i: number): void {
    const ports = this.portGradients[i]!;
    const n = this.context.rows;
    for (let p = 0; p < ports.length; p++) {
      const port = ports[p]!;
      if (port.kind !== 'accumulate') continue;
      const from = this.inputGradients[i]![p]!;
      const into = this.gradients[port.slot]!;
      const length = n * this.widths[port.slot]!;
      for (let k = 0; k < length; k++) into[k]! += from[k]!;
    }
  }

  private lossValue(target: FloatArray, rows: number): number {
    const output = this.values[this.outputSlot]!;
    const logits = this.fusedOp >= 0 ? this.values[this.inputSlots[this.fusedOp]![0]!]! : output;
    return this.head.value(logits, output, target, rows, this.outputSize);
  }

  /**
   * Grows the batch buffers when a batch larger than any before arrives (never shrinks); the
   * old ones go back to the backend's allocator.
   */
  private ensureCapacity(rows: number): void {
    if (rows <= this.capacity) return;
    const { backend } = this;
    // Slot 0 is the caller's input: it needs neither a buffer nor a gradient, and is never ours to release.
    if (this.capacity > 0) {
      for (const buffer of [...this.values.slice(1), ...this.gradients.slice(1), ...this.accumulated()]) backend.release(buffer);
    }
    const buffer = (slot: number) => backend.allocate(rows * this.widths[slot]!);
    this.values = this.widths.map((_, slot) => (slot === INPUT_SLOT ? this.values[INPUT_SLOT]! : buffer(slot)));
    this.gradients = this.widths.map((_, slot) => (slot === INPUT_SLOT ? allocate(this.dtype, 0) : buffer(slot)));
    this.inputGradients = this.portGradients.map((ports) =>
      ports.map((port) => (port.kind === 'none' ? null : port.kind === 'direct' ? this.gradients[port.slot]! : buffer(port.slot))),
    );
    for (const op of this.ops) op.reserve?.(rows);
    this.capacity = rows;
  }

  /** The buffers of the ports whose gradient is accumulated (owned by the network, unlike `direct` ones). */
  private accumulated(): FloatArray[] {
    return this.portGradients.flatMap((ports, i) => ports.flatMap((port, p) => (port.kind === 'accumulate' ? [this.inputGradients[i]![p]!] : [])));
  }

  private inChunks(rows: number, visit: (start: number, count: number) => void): void {
    // Rows computed at once by predict/score, so a large grid does not grow the buffers.
    const chunk = Math.max(this.capacity, EVALUATION_ROWS);
    for (let start = 0; start < rows; start += chunk) visit(start, Math.min(chunk, rows - start));
  }

  /** Every tensor read through `pick` (those it gives null for left out), as views of the live buffers. */
  private tensorViews(pick: (tensor: OpTensor) => FloatArray | null): TensorSnapshot[] {
    const views: TensorSnapshot[] = [];
    for (const op of this.ops) {
      for (const tensor of op.tensors) {
        const values = pick(tensor);
        if (values) views.push({ nodeId: op.nodeId, name: tensor.name, shape: tensor.shape, values });
      }
    }
    return views;
  }
}

/** Builds a network for a compiled graph: weights from the model where given, seeded init elsewhere. */
export function createNetwork(compiled: CompiledNetwork, options: NetworkOptions): Network {
  return new Network(compiled, options);
}

/**
 * Every op of the graph, in order, its tensors from `backend`. All initial weights are drawn
 * first, even for ops the model gives weights for, so no op's init depends on which others have
 * stored weights.
 */
function buildOps(compiled: CompiledNetwork, backend: KernelBackend, seed: number): Op[] {
  const byId = new Map(compiled.ops.map((op) => [op.nodeId, op]));
  const build: BuildContext = {
    backend,
    weightsRng: createRng(seed, 'weights'),
    nextActivation(op: CompiledOp) {
      const [reader, ...others] = op.consumers;
      const node = reader === undefined || others.length > 0 ? undefined : byId.get(reader)?.node;
      return node?.type === 'activation' ? node.params.fn : null;
    },
  };
  return compiled.ops.map((op) => {
    const built = (OP_FACTORIES[op.node.type as OpType] as (compiled: CompiledOp, build: BuildContext) => Op)(op, build);
    for (const tensor of built.tensors) {
      const stored = op.weights && Object.hasOwn(op.weights, tensor.name) ? op.weights[tensor.name] : undefined;
      if (stored) flattenInto(stored, tensor.value);
    }
    return built;
  });
}

/** The most rows any op needs in a training batch, and the first node that needs them (named as messages name it). */
function batchRequirement(compiled: CompiledNetwork): { rows: number; node: string } {
  let requirement = { rows: 1, node: '' };
  for (const { node } of compiled.ops) {
    const rows = specOf(node).minTrainingRows ?? 1;
    if (rows > requirement.rows) requirement = { rows, node: nodeName(node) };
  }
  return requirement;
}

/**
 * For each op (by index) and port, where its input gradient goes. Ports are visited in backward
 * order (last op first), so the first contribution to a value is written straight into its
 * gradient and every later one is accumulated.
 */
function planPortGradients(inputSlots: readonly number[][]): PortGradient[][] {
  const written = new Set<number>();
  const plan: PortGradient[][] = inputSlots.map((slots) => slots.map(() => ({ kind: 'none' }) as PortGradient));
  for (let i = inputSlots.length - 1; i >= 0; i--) {
    inputSlots[i]!.forEach((slot, port) => {
      if (slot === INPUT_SLOT) return;
      plan[i]![port] = written.has(slot) ? { kind: 'accumulate', slot } : { kind: 'direct', slot };
      written.add(slot);
    });
  }
  return plan;
}

function countCorrect(output: FloatArray, target: FloatArray, rows: number, width: number): number {
  let correct = 0;
  for (let r = 0; r < rows; r++) if (predictedClass(output, r * width, width) === predictedClass(target, r * width, width)) correct++;
  return correct;
}
