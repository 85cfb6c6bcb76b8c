import type { ActivationFn, LossFn } from '../model/index.ts';
import { assertNever } from './assertNever.ts';
import { rowLogSumExp } from './rows.ts';
import type { FloatArray } from './tensor.ts';

/**
 * How the network's output is scored. The cross-entropies are always fused with the head the
 * compiler requires before them (softmax + cross_entropy, sigmoid + binary_cross_entropy): they
 * read the logits for a stable loss value and write the gradient with respect to them,
 * `(y − t) / n`, skipping the activation's backward. mse scores the output and writes
 * dLoss/dOutput for the usual backward pass.
 */
export interface LossHead {
  /** True when `gradient` is with respect to the last activation's input, not its output. */
  readonly fused: boolean;
  /** A mean loss above this means training has diverged even though the number is finite. */
  readonly ceiling: number;
  /** Mean loss over `rows` rows. `logits` is the last activation's input (used only when fused). */
  value(logits: FloatArray, output: FloatArray, target: FloatArray, rows: number, width: number): number;
  gradient(output: FloatArray, target: FloatArray, grad: FloatArray, rows: number, width: number): void;
}

/**
 * −ln of the smallest positive float32. A cross-entropy above it gives some right answer a
 * probability that float32 rounds to 0: the unfused loss would be Infinity. The fused,
 * log-sum-exp form stays finite there (a loss of 1e6 after a huge learning rate), so without
 * this ceiling a run that has plainly blown up would go on drawing nonsense.
 */
export const CROSS_ENTROPY_CEILING = -Math.log(2 ** -149);

/**
 * The head for `fn` after the given last activation (null when the network ends in another op).
 * @throws Error for a cross-entropy without its head, which the compiler never lets through.
 */
export function createLossHead(fn: LossFn, lastActivation: ActivationFn | null): LossHead {
  const ceiling = CROSS_ENTROPY_CEILING;
  switch (fn) {
    case 'mse':
      return { fused: false, ceiling: Infinity, value: onOutput(meanSquaredError), gradient: meanSquaredErrorGradient };
    case 'cross_entropy':
      requireHead(fn, lastActivation, 'softmax');
      return { fused: true, ceiling, value: onLogits(crossEntropyFromLogits), gradient: residualGradient(perRow) };
    case 'binary_cross_entropy':
      requireHead(fn, lastActivation, 'sigmoid');
      return { fused: true, ceiling, value: onLogits(binaryCrossEntropyFromLogits), gradient: residualGradient(perElement) };
    default:
      return assertNever(fn);
  }
}

function requireHead(fn: LossFn, lastActivation: ActivationFn | null, head: ActivationFn): void {
  if (lastActivation !== head) throw new Error(`${fn} is computed from the logits of a ${head} head, not after ${lastActivation ?? 'no activation'}`);
}

/** A mean loss of `values` (outputs or logits) against the targets. */
type LossValue = (values: FloatArray, target: FloatArray, rows: number, width: number) => number;

const onOutput =
  (loss: LossValue): LossHead['value'] =>
  (_logits, output, target, rows, width) =>
    loss(output, target, rows, width);

const onLogits =
  (loss: LossValue): LossHead['value'] =>
  (logits, _output, target, rows, width) =>
    loss(logits, target, rows, width);

/** Cross-entropy averages over rows; mse and binary cross-entropy over every element. */
const perRow = (rows: number) => rows;
const perElement = (rows: number, width: number) => rows * width;

/** mean over rows and outputs of (y − t)², no ½. */
function meanSquaredError(y: FloatArray, t: FloatArray, rows: number, width: number): number {
  const n = rows * width;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = y[i]! - t[i]!;
    sum += d * d;
  }
  return sum / n;
}

function meanSquaredErrorGradient(y: FloatArray, t: FloatArray, grad: FloatArray, rows: number, width: number): void {
  const n = rows * width;
  const scale = 2 / n;
  for (let i = 0; i < n; i++) grad[i] = scale * (y[i]! - t[i]!);
}

/** −Σ t log softmax(z) = Σ t · (logΣexp(z) − z), with the max subtracted before exp. */
function crossEntropyFromLogits(z: FloatArray, t: FloatArray, rows: number, width: number): number {
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const start = r * width;
    const logSumExp = rowLogSumExp(z, start, width);
    for (let i = start; i < start + width; i++) total += t[i]! * (logSumExp - z[i]!);
  }
  return total / rows;
}

/** mean over rows and outputs of max(z, 0) − z t + log(1 + e^−|z|): BCE of sigmoid(z), overflow-free. */
function binaryCrossEntropyFromLogits(z: FloatArray, t: FloatArray, rows: number, width: number): number {
  const n = rows * width;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = z[i]!;
    sum += Math.max(x, 0) - x * t[i]! + Math.log1p(Math.exp(-Math.abs(x)));
  }
  return sum / n;
}

/** The fused gradient (y − t) / n; for cross-entropy this assumes each target row sums to 1. */
function residualGradient(count: (rows: number, width: number) => number) {
  return (y: FloatArray, t: FloatArray, grad: FloatArray, rows: number, width: number): void => {
    const n = rows * width;
    const scale = 1 / count(rows, width);
    for (let i = 0; i < n; i++) grad[i] = scale * (y[i]! - t[i]!);
  };
}
