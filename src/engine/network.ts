import type { CompiledNetwork } from '../compiler/types.ts';
import type { DenseWeights } from '../model/index.ts';
import { ActivationLayer } from './activation.ts';
import { arenaBytesFor } from './arenaPlan.ts';
import { DenseLayer } from './dense.ts';
import { initializeDense } from './init.ts';
import { createBackend, type KernelBackend, type KernelChoice } from './kernels/index.ts';
import type { Layer } from './layer.ts';
import { createLossHead, type LossHead } from './losses.ts';
import type { Parameter } from './optimizers.ts';
import { createRng } from './rng.ts';
import { allocate, asDtype, type Dtype, type FloatArray } from './tensor.ts';

export interface NetworkOptions {
  /** Seeds the initial weights of every dense layer the model gives no weights for. */
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
   * evaluation chunk). Larger batches still work; see `kernels/arena.ts` for what happens when
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

/** Rows processed at once by predict/score, so a large grid does not grow the buffers. */
const EVALUATION_CHUNK = 256;

/**
 * A compiled layer stack with its parameters and every buffer it needs. Buffers are sized
 * for the largest batch seen so far and reused, so training steps allocate nothing.
 */
export class Network {
  readonly dtype: Dtype;
  readonly inputSize: number;
  readonly outputSize: number;
  /** Ids of the dense nodes, in execution order: the order of the trainer's `gradNorms`. */
  readonly denseIds: string[];
  /** Every trainable buffer with its gradient (kernel, then bias, per dense layer). */
  readonly parameters: Parameter[];
  /** The kernels and the allocator every float buffer of the network and its trainer comes from. */
  readonly backend: KernelBackend;

  private readonly layers: Layer[];
  private readonly denseLayers: DenseLayer[];
  private readonly head: LossHead;
  private capacity = 0;
  /** activations[i + 1] is layer i's output; activations[0] is whatever input was passed. */
  private activations: FloatArray[] = [];
  /** gradients[i] is dLoss/d(activations[i]); gradients[0] is never needed. */
  private gradients: FloatArray[] = [];

  constructor(compiled: CompiledNetwork, options: NetworkOptions) {
    this.dtype = options.dtype ?? 'float32';
    this.inputSize = compiled.inputSize;
    this.outputSize = compiled.outputSize;
    const batchRows = Math.max(options.batchCapacity ?? 0, EVALUATION_CHUNK);
    this.backend = createBackend(options.kernels ?? 'auto', this.dtype, arenaBytesFor(compiled, batchRows));
    const rng = createRng(options.seed, 'weights');
    this.layers = compiled.layers.map((spec, i) => {
      if (spec.kind === 'activation') return new ActivationLayer(spec.nodeId, spec.fn, spec.size);
      const dense = new DenseLayer(spec.nodeId, spec.inputSize, spec.units, spec.useBias, this.backend);
      const next = compiled.layers[i + 1];
      // Drawn even when the model gives weights, so no layer's init depends on which others have them.
      initializeDense(dense, next?.kind === 'activation' ? next.fn : null, rng);
      if (spec.weights) dense.load(spec.weights);
      return dense;
    });
    this.denseLayers = this.layers.filter((layer): layer is DenseLayer => layer instanceof DenseLayer);
    this.denseIds = this.denseLayers.map((layer) => layer.nodeId);
    this.parameters = this.denseLayers.flatMap((layer) => [
      { value: layer.kernel, grad: layer.kernelGrad },
      ...(layer.bias && layer.biasGrad ? [{ value: layer.bias, grad: layer.biasGrad }] : []),
    ]);
    const last = this.layers.at(-1);
    this.head = createLossHead(compiled.loss.fn, last instanceof ActivationLayer ? last.fn : null);
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
      const output = this.forward(input.subarray(start * this.inputSize), count);
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
      this.forward(input.subarray(start * this.inputSize), count);
      lossSum += this.lossValue(chunkTarget, count) * count;
      correct += countCorrect(this.output(), chunkTarget, count, this.outputSize);
    });
    return { loss: lossSum / rows, accuracy: correct / rows };
  }

  /**
   * Forward and backward on one batch: leaves in every parameter's `grad` the gradient of
   * (mean loss + l2/2 · Σ‖kernel‖²) and returns the mean loss without the L2 term. Passing
   * arrays of the network's dtype avoids any copy; this is the training step's hot path.
   */
  computeGradients(x: ArrayLike<number>, y: ArrayLike<number>, rows: number, l2 = 0): number {
    const target = asDtype(this.dtype, y);
    this.forward(asDtype(this.dtype, x), rows);
    const loss = this.lossValue(target, rows);
    const last = this.layers.length;
    const width = this.outputSize;
    // A fused head hands back dLoss/d(logits), so the last activation's backward is skipped.
    const firstBackward = this.head.fused ? last - 2 : last - 1;
    this.head.gradient(this.output(), target, this.gradients[firstBackward + 1]!, rows, width);
    for (let i = firstBackward; i >= 0; i--) {
      const inputGrad = i === 0 ? null : this.gradients[i]!;
      this.layers[i]!.backward(this.activations[i]!, this.activations[i + 1]!, this.gradients[i + 1]!, inputGrad, rows);
    }
    if (l2 > 0) this.addWeightDecay(l2);
    return loss;
  }

  /** `computeGradients` for callers that want plain arrays (the CLI's `grad`): averaged over the rows. */
  lossAndGradients(x: ArrayLike<number>, y: ArrayLike<number>, rows: number, l2 = 0): { loss: number; grads: Record<string, DenseWeights> } {
    const loss = this.computeGradients(x, y, rows, l2);
    return { loss, grads: Object.fromEntries(this.denseLayers.map((layer) => [layer.nodeId, layer.gradients()])) };
  }

  /** The current weights in the model's form, keyed by dense node id. */
  weights(): Record<string, DenseWeights> {
    return Object.fromEntries(this.denseLayers.map((layer) => [layer.nodeId, layer.weights()]));
  }

  /** Writes the L2 norm of each dense kernel's last gradient into `out`, in `denseIds` order. */
  kernelGradNorms(out: Float64Array): void {
    for (let d = 0; d < this.denseLayers.length; d++) {
      const grad = this.denseLayers[d]!.kernelGrad;
      let sum = 0;
      for (let i = 0; i < grad.length; i++) sum += grad[i]! * grad[i]!;
      out[d] = Math.sqrt(sum);
    }
  }

  /** Adds `l2 · kernel` to each kernel's gradient: the gradient of the L2 penalty l2/2 · Σ‖kernel‖². Biases are not decayed. */
  addWeightDecay(l2: number): void {
    for (let d = 0; d < this.denseLayers.length; d++) {
      const { kernel, kernelGrad } = this.denseLayers[d]!;
      for (let i = 0; i < kernel.length; i++) kernelGrad[i]! += l2 * kernel[i]!;
    }
  }

  private forward(input: FloatArray, rows: number): FloatArray {
    this.ensureCapacity(rows);
    this.activations[0] = input;
    for (let i = 0; i < this.layers.length; i++) {
      this.layers[i]!.forward(this.activations[i]!, this.activations[i + 1]!, rows);
    }
    return this.output();
  }

  private output(): FloatArray {
    return this.activations[this.layers.length]!;
  }

  private lossValue(target: FloatArray, rows: number): number {
    const logits = this.activations[Math.max(this.layers.length - 1, 0)]!;
    return this.head.value(logits, this.output(), target, rows, this.outputSize);
  }

  /** Grows the batch buffers when a batch larger than any before arrives; never shrinks. */
  private ensureCapacity(rows: number): void {
    if (rows <= this.capacity) return;
    // Slot 0 stays empty: the input is the caller's array and needs no gradient.
    const widths = [0, ...this.layers.map((layer) => layer.outputSize)];
    const { backend } = this;
    // activations[0] is the caller's input, never ours to release.
    for (const buffer of this.activations.slice(1)) backend.release(buffer);
    for (const buffer of this.gradients) backend.release(buffer);
    this.activations = widths.map((width, i) => (i === 0 ? allocate(this.dtype, 0) : backend.allocate(rows * width)));
    this.gradients = widths.map((width) => backend.allocate(rows * width));
    this.capacity = rows;
  }

  private inChunks(rows: number, visit: (start: number, count: number) => void): void {
    const chunk = Math.max(this.capacity, EVALUATION_CHUNK);
    for (let start = 0; start < rows; start += chunk) visit(start, Math.min(chunk, rows - start));
  }
}

/** Builds a network for a compiled graph: weights from the model where given, seeded init elsewhere. */
export function createNetwork(compiled: CompiledNetwork, options: NetworkOptions): Network {
  return new Network(compiled, options);
}

function countCorrect(output: FloatArray, target: FloatArray, rows: number, width: number): number {
  let correct = 0;
  for (let r = 0; r < rows; r++) {
    const start = r * width;
    if (width === 1) {
      if (output[start]! >= 0.5 === target[start]! >= 0.5) correct++;
    } else if (argmax(output, start, width) === argmax(target, start, width)) {
      correct++;
    }
  }
  return correct;
}

function argmax(values: FloatArray, start: number, width: number): number {
  let best = 0;
  for (let i = 1; i < width; i++) if (values[start + i]! > values[start + best]!) best = i;
  return best;
}
