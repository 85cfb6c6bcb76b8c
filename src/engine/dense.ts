import type { DenseWeights } from '../model/index.ts';
import { denseForward, denseInputGradient, denseKernelGradient } from './denseKernels.ts';
import type { Layer } from './layer.ts';
import { allocate, type Dtype, type FloatArray } from './tensor.ts';

/** `y = W x + b`, with the kernel W held [units][inputs] (row j is unit j's weights), as in the model. */
export class DenseLayer implements Layer {
  readonly kernel: FloatArray;
  readonly kernelGrad: FloatArray;
  /** Null when the node has `useBias: false`. */
  readonly bias: FloatArray | null;
  readonly biasGrad: FloatArray | null;

  constructor(
    readonly nodeId: string,
    readonly inputSize: number,
    readonly outputSize: number,
    useBias: boolean,
    dtype: Dtype,
  ) {
    this.kernel = allocate(dtype, inputSize * outputSize);
    this.kernelGrad = allocate(dtype, inputSize * outputSize);
    this.bias = useBias ? allocate(dtype, outputSize) : null;
    this.biasGrad = useBias ? allocate(dtype, outputSize) : null;
  }

  forward(input: FloatArray, output: FloatArray, rows: number): void {
    denseForward(input, this.kernel, this.bias, output, rows, this.inputSize, this.outputSize);
  }

  backward(input: FloatArray, _output: FloatArray, outputGrad: FloatArray, inputGrad: FloatArray | null, rows: number): void {
    const { inputSize, outputSize: units, biasGrad } = this;
    denseKernelGradient(outputGrad, input, this.kernelGrad, rows, inputSize, units);
    if (biasGrad !== null) {
      biasGrad.fill(0);
      for (let r = 0; r < rows; r++) {
        const row = r * units;
        for (let j = 0; j < units; j++) biasGrad[j]! += outputGrad[row + j]!;
      }
    }
    if (inputGrad !== null) denseInputGradient(outputGrad, this.kernel, inputGrad, rows, inputSize, units);
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
