import { LEAKY_RELU_ALPHA, type ActivationFn } from '../model/index.ts';
import { assertNever } from './assertNever.ts';
import type { Layer } from './layer.ts';
import type { FloatArray } from './tensor.ts';

/**
 * An element-wise (or, for softmax, row-wise) non-linearity. Every derivative here is written
 * in terms of the output, so backward needs only what forward produced.
 */
export class ActivationLayer implements Layer {
  constructor(
    readonly nodeId: string,
    readonly fn: ActivationFn,
    readonly inputSize: number,
  ) {}

  get outputSize(): number {
    return this.inputSize;
  }

  forward(input: FloatArray, output: FloatArray, rows: number): void {
    const n = rows * this.inputSize;
    switch (this.fn) {
      case 'relu':
        for (let i = 0; i < n; i++) output[i] = input[i]! > 0 ? input[i]! : 0;
        return;
      case 'leaky_relu':
        for (let i = 0; i < n; i++) output[i] = input[i]! > 0 ? input[i]! : LEAKY_RELU_ALPHA * input[i]!;
        return;
      case 'sigmoid':
        for (let i = 0; i < n; i++) output[i] = 1 / (1 + Math.exp(-input[i]!));
        return;
      case 'tanh':
        for (let i = 0; i < n; i++) output[i] = Math.tanh(input[i]!);
        return;
      case 'linear':
        for (let i = 0; i < n; i++) output[i] = input[i]!;
        return;
      case 'softmax':
        softmaxRows(input, output, rows, this.inputSize);
        return;
      default:
        assertNever(this.fn);
    }
  }

  backward(_input: FloatArray, output: FloatArray, outputGrad: FloatArray, inputGrad: FloatArray | null, rows: number): void {
    if (inputGrad === null) return;
    const n = rows * this.inputSize;
    const y = output;
    const g = outputGrad;
    switch (this.fn) {
      case 'relu':
        for (let i = 0; i < n; i++) inputGrad[i] = y[i]! > 0 ? g[i]! : 0;
        return;
      case 'leaky_relu':
        // alpha > 0, so the output has the sign of the input
        for (let i = 0; i < n; i++) inputGrad[i] = y[i]! > 0 ? g[i]! : LEAKY_RELU_ALPHA * g[i]!;
        return;
      case 'sigmoid':
        for (let i = 0; i < n; i++) inputGrad[i] = g[i]! * y[i]! * (1 - y[i]!);
        return;
      case 'tanh':
        for (let i = 0; i < n; i++) inputGrad[i] = g[i]! * (1 - y[i]! * y[i]!);
        return;
      case 'linear':
        for (let i = 0; i < n; i++) inputGrad[i] = g[i]!;
        return;
      case 'softmax':
        softmaxBackwardRows(y, g, inputGrad, rows, this.inputSize);
        return;
      default:
        assertNever(this.fn);
    }
  }
}

/** Row-wise softmax, shifted by the row maximum so exp never overflows. */
function softmaxRows(input: FloatArray, output: FloatArray, rows: number, width: number): void {
  for (let r = 0; r < rows; r++) {
    const start = r * width;
    const end = start + width;
    let max = -Infinity;
    for (let i = start; i < end; i++) if (input[i]! > max) max = input[i]!;
    let sum = 0;
    for (let i = start; i < end; i++) {
      const e = Math.exp(input[i]! - max);
      output[i] = e;
      sum += e;
    }
    for (let i = start; i < end; i++) output[i]! /= sum;
  }
}

/** dL/dz_j = y_j (g_j − Σ_k g_k y_k): the softmax Jacobian applied to g, row by row. */
function softmaxBackwardRows(y: FloatArray, g: FloatArray, inputGrad: FloatArray, rows: number, width: number): void {
  for (let r = 0; r < rows; r++) {
    const start = r * width;
    const end = start + width;
    let dot = 0;
    for (let i = start; i < end; i++) dot += g[i]! * y[i]!;
    for (let i = start; i < end; i++) inputGrad[i] = y[i]! * (g[i]! - dot);
  }
}
