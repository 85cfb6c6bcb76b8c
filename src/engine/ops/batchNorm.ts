import { nodeName } from '../../compiler/index.ts';
import { specOf } from '../../model/index.ts';
import { BatchTooSmallError } from '../batchTooSmall.ts';
import type { KernelBackend } from '../kernels/index.ts';
import { allocate, type FloatArray } from '../tensor.ts';
import type { BuildContext, CompiledOpOf, Op, OpTensor, StepContext } from './op.ts';
import { scaleAndShiftTensors, type TrainableTensor } from './scaleAndShift.ts';

/**
 * Batch normalisation, one feature (column) at a time, with Keras' semantics (see the spec in
 * `model/nodes/batchNorm.ts`). Training normalises with the batch's mean and biased variance and
 * moves the moving statistics towards them; inference uses the moving statistics.
 */
export class BatchNormOp implements Op {
  readonly tensors: OpTensor[];
  private readonly gamma: TrainableTensor;
  private readonly beta: TrainableTensor;
  /** State: updated by training forward passes, read by inference ones; no gradient. */
  private readonly movingMean: OpTensor;
  private readonly movingVariance: OpTensor;
  /** The last training batch's per-feature mean and 1 / √(variance + ε), for backward. */
  private readonly batchMean: FloatArray;
  private readonly batchInvStd: FloatArray;

  constructor(
    readonly nodeId: string,
    private readonly name: string,
    private readonly width: number,
    private readonly momentum: number,
    private readonly epsilon: number,
    /** The spec's `minTrainingRows`: a training batch with fewer rows is refused. */
    private readonly minTrainingRows: number,
    backend: KernelBackend,
  ) {
    [this.gamma, this.beta] = scaleAndShiftTensors(width, backend);
    const state = (name: string, initial: number): OpTensor => {
      const value = backend.allocate(width).fill(initial);
      return { name, shape: [width], value, grad: null, decay: false };
    };
    this.movingMean = state('movingMean', 0);
    this.movingVariance = state('movingVariance', 1);
    this.tensors = [this.gamma, this.beta, this.movingMean, this.movingVariance];
    this.batchMean = allocate(backend.dtype, width);
    this.batchInvStd = allocate(backend.dtype, width);
  }

  forward([input]: readonly FloatArray[], y: FloatArray, { training, rows }: StepContext): void {
    const x = input!;
    if (training) {
      this.measureBatch(x, rows);
      this.normalise(x, y, rows, this.batchMean, this.batchInvStd);
    } else {
      // batchInvStd is free outside a training step (backward only follows a training forward).
      const invStd = this.batchInvStd;
      const variance = this.movingVariance.value;
      for (let j = 0; j < this.width; j++) invStd[j] = 1 / Math.sqrt(variance[j]! + this.epsilon);
      this.normalise(x, y, rows, this.movingMean.value, invStd);
    }
  }

  /**
   * With x̂ = (x − μ) · s, s = 1 / √(σ² + ε) and N rows, where μ and σ² depend on every row:
   * dL/dgamma = Σ_r g x̂, dL/dbeta = Σ_r g, and
   * dL/dx = gamma · s / N · (N g − Σ_r g − x̂ Σ_r g x̂) (Ioffe & Szegedy 2015, §3).
   */
  backward([input]: readonly FloatArray[], _y: FloatArray, g: FloatArray, [inputGrad]: readonly (FloatArray | null)[], { rows }: StepContext): void {
    const x = input!;
    const { width, batchMean: mean, batchInvStd: invStd } = this;
    const gammaGrad = this.gamma.grad;
    const betaGrad = this.beta.grad;
    gammaGrad.fill(0);
    betaGrad.fill(0);
    for (let r = 0; r < rows; r++) {
      const row = r * width;
      for (let j = 0; j < width; j++) {
        const i = row + j;
        betaGrad[j]! += g[i]!;
        gammaGrad[j]! += g[i]! * (x[i]! - mean[j]!) * invStd[j]!;
      }
    }
    const dx = inputGrad ?? null;
    if (dx === null) return;
    const gamma = this.gamma.value;
    for (let r = 0; r < rows; r++) {
      const row = r * width;
      for (let j = 0; j < width; j++) {
        const i = row + j;
        const normalised = (x[i]! - mean[j]!) * invStd[j]!;
        dx[i] = ((gamma[j]! * invStd[j]!) / rows) * (rows * g[i]! - betaGrad[j]! - normalised * gammaGrad[j]!);
      }
    }
  }

  /** The batch's mean and 1 / √(biased variance + ε) per feature; moves the moving statistics towards them. */
  private measureBatch(x: FloatArray, rows: number): void {
    if (rows < this.minTrainingRows) throw new BatchTooSmallError(this.name, rows, this.minTrainingRows);
    const { width, batchMean: mean, batchInvStd: invStd, momentum } = this;
    mean.fill(0);
    invStd.fill(0);
    for (let r = 0; r < rows; r++) for (let j = 0; j < width; j++) mean[j]! += x[r * width + j]!;
    for (let j = 0; j < width; j++) mean[j]! /= rows;
    // invStd holds the variance until the last loop turns it into 1 / √(variance + ε).
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < width; j++) {
        const centred = x[r * width + j]! - mean[j]!;
        invStd[j]! += centred * centred;
      }
    }
    const movingMean = this.movingMean.value;
    const movingVariance = this.movingVariance.value;
    for (let j = 0; j < width; j++) {
      const variance = invStd[j]! / rows;
      movingMean[j] = movingMean[j]! * momentum + mean[j]! * (1 - momentum);
      movingVariance[j] = movingVariance[j]! * momentum + variance * (1 - momentum);
      invStd[j] = 1 / Math.sqrt(variance + this.epsilon);
    }
  }

  /** y = gamma · (x − mean) · invStd + beta, feature by feature. */
  private normalise(x: FloatArray, y: FloatArray, rows: number, mean: FloatArray, invStd: FloatArray): void {
    const { width } = this;
    const gamma = this.gamma.value;
    const beta = this.beta.value;
    for (let r = 0; r < rows; r++) {
      const row = r * width;
      for (let j = 0; j < width; j++) y[row + j] = gamma[j]! * (x[row + j]! - mean[j]!) * invStd[j]! + beta[j]!;
    }
  }
}

export function createBatchNormOp({ nodeId, node, width }: CompiledOpOf<'batch_norm'>, { backend }: BuildContext): Op {
  const { momentum, epsilon } = node.params;
  return new BatchNormOp(nodeId, nodeName(node), width, momentum, epsilon, specOf(node).minTrainingRows ?? 1, backend);
}
