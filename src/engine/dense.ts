import type { DenseWeights } from '../model/index.ts';
import type { KernelBackend, Kernels } from './kernels/index.ts';
import type { Layer } from './layer.ts';
import type { FloatArray } from './tensor.ts';

/** `y = W x + b`, with the kernel W held [units][inputs] (row j is unit j's weights), as in the model. */
export class DenseLayer implements Layer {
  readonly kernel: FloatArray;
  readonly kernelGrad: FloatArray;
  /** Null when the node has `useBias: false`. */
  readonly bias: FloatArray | null;
  readonly biasGrad: FloatArray | null;
  private readonly kernels: Kernels;

  /** Parameters and gradients come from `backend`'s allocator; the products run on its kernels. */
  constructor(
    readonly nodeId: string,
    readonly inputSize: number,
    readonly outputSize: number,
    useBias: boolean,
    backend: KernelBackend,
  ) {
    this.kernels = backend.kernels;
    this.kernel = backend.allocate(inputSize * outputSize);
    this.kernelGrad = backend.allocate(inputSize * outputSize);
    this.bias = useBias ? backend.allocate(outputSize) : null;
    this.biasGrad = useBias ? backend.allocate(outputSize) : null;
  }

  forward(input: FloatArray, output: FloatArray, rows: number): void {
    this.kernels.forward(input, this.kernel, this.bias, output, rows, this.inputSize, this.outputSize);
  }

  backward(input: FloatArray, _output: FloatArray, outputGrad: FloatArray, inputGrad: FloatArray | null, rows: number): void {
    const { inputSize, outputSize: units, biasGrad } = this;
    this.kernels.kernelGradient(outputGrad, input, this.kernelGrad, rows, inputSize, units);
    if (biasGrad !== null) {
      biasGrad.fill(0);
      for (let r = 0; r < rows; r++) {
        const row = r * units;
        for (let j = 0; j < units; j++) biasGrad[j]! += outputGrad[row + j]!;
      }
    }
    if (inputGrad !== null) this.kernels.inputGradient(outputGrad, this.kernel, inputGrad, rows, inputSize, units);
  }

  /** Overwrites the parameters with the model's `{kernel: [units][inputs], bias}` form. */
  load(weights: DenseWeights): void {
    this.kernel.set(weights.kernel.flat());
    this.bias?.set(weights.bias ?? new Array<number>(this.outputSize).fill(0));
  }

  /** The parameters in the model's form, as plain arrays. */
  weights(): DenseWeights {
    return toModelForm(this.kernel, this.bias, this.inputSize, this.outputSize);
  }

  /** The last computed gradients, in the same form as `weights()`. */
  gradients(): DenseWeights {
    return toModelForm(this.kernelGrad, this.biasGrad, this.inputSize, this.outputSize);
  }
}

function toModelForm(kernel: FloatArray, bias: FloatArray | null, inputs: number, units: number): DenseWeights {
  const rows = Array.from({ length: units }, (_, j) => Array.from(kernel.subarray(j * inputs, (j + 1) * inputs)));
  return bias === null ? { kernel: rows } : { kernel: rows, bias: Array.from(bias) };
}
