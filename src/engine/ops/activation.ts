import { LEAKY_RELU_ALPHA, type ActivationFn } from '../../model/index.ts';
import { assertNever } from '../assertNever.ts';
import type { FloatArray } from '../tensor.ts';
import type { CompiledOpOf, Op, StepContext } from './op.ts';

/**
 * An element-wise (or, for softmax, row-wise) non-linearity. Every derivative here is written
 * in terms of the output, so backward needs only what forward produced.
 */
export class ActivationOp implements Op {
  readonly tensors = [];

  constructor(
    readonly nodeId: string,
    readonly fn: ActivationFn,
    private readonly width: number,
  ) {}

  forward([input]: readonly FloatArray[], output: FloatArray, { rows }: StepContext): void {
    const x = input!;
    const n = rows * this.width;
    switch (this.fn) {
      case 'relu':
        for (let i = 0; i < n; i++) output[i] = x[i]! > 0 ? x[i]! : 0;
        return;
      case 'leaky_relu':
        for (let i = 0; i < n; i++) output[i] = x[i]! > 0 ? x[i]! : LEAKY_RELU_ALPHA * x[i]!;
        return;
      case 'sigmoid':
        for (let i = 0; i < n; i++) output[i] = 1 / (1 + Math.exp(-x[i]!));
        return;
      case 'tanh':
        for (let i = 0; i < n; i++) output[i] = Math.tanh(x[i]!);
        return;
      case 'linear':
        for (let i = 0; i < n; i++) output[i] = x[i]!;
        return;
      case 'softmax':
        softmaxRows(x, output, rows, this.width);
        return;
      default:
        assertNever(this.fn);
    }
  }

  backward(_inputs: readonly FloatArray[], y: FloatArray, g: FloatArray, [inputGrad]: readonly (FloatArray | null)[], { rows }: StepContext): void {
    const dx = inputGrad ?? null;
    if (dx === null) return;
    const n = rows * this.width;
    switch (this.fn) {
      case 'relu':
        for (let i = 0; i < n; i++) dx[i] = y[i]! > 0 ? g[i]! : 0;
        return;
      case 'leaky_relu':
        // alpha > 0, so the output has the sign of the input
        for (let i = 0; i < n; i++) dx[i] = y[i]! > 0 ? g[i]! : LEAKY_RELU_ALPHA * g[i]!;
        return;
      case 'sigmoid':
        for (let i = 0; i < n; i++) dx[i] = g[i]! * y[i]! * (1 - y[i]!);
        return;
      case 'tanh':
        for (let i = 0; i < n; i++) dx[i] = g[i]! * (1 - y[i]! * y[i]!);
        return;
      case 'linear':
        for (let i = 0; i < n; i++) dx[i] = g[i]!;
        return;
      case 'softmax':
        softmaxBackwardRows(y, g, dx, rows, this.width);
        return;
      default:
        assertNever(this.fn);
    }
  }
}

export function createActivationOp({ nodeId, node, width }: CompiledOpOf<'activation'>): Op {
  return new ActivationOp(nodeId, node.params.fn, width);
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
