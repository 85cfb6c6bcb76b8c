import type { KernelBackend } from '../kernels/index.ts';
import type { FloatArray } from '../tensor.ts';
import type { BuildContext, CompiledOpOf, Op, OpTensor, StepContext } from './op.ts';
import { scaleAndShiftTensors, type TrainableTensor } from './scaleAndShift.ts';

/**
 * Layer normalisation, one row at a time (see the spec in `model/nodes/layerNorm.ts`): the same
 * in training and inference. Backward recomputes each row's mean and variance from the input
 * rather than keeping them, so the op needs no buffer that grows with the batch.
 */
export class LayerNormOp implements Op {
  readonly tensors: OpTensor[];
  private readonly gamma: TrainableTensor;
  private readonly beta: TrainableTensor;

  constructor(
    readonly nodeId: string,
    private readonly width: number,
    private readonly epsilon: number,
    backend: KernelBackend,
  ) {
    [this.gamma, this.beta] = scaleAndShiftTensors(width, backend);
    this.tensors = [this.gamma, this.beta];
  }

  forward([input]: readonly FloatArray[], y: FloatArray, { rows }: StepContext): void {
    const x = input!;
    const { width } = this;
    const gamma = this.gamma.value;
    const beta = this.beta.value;
    for (let r = 0; r < rows; r++) {
      const start = r * width;
      const mean = this.rowMean(x, start);
      const invStd = this.rowInvStd(x, start, mean);
      for (let j = 0; j < width; j++) y[start + j] = gamma[j]! * (x[start + j]! - mean) * invStd + beta[j]!;
    }
  }

  /**
   * Per row, with x̂ = (x − μ) · s, s = 1 / √(σ² + ε), W features and h = g · gamma:
   * dL/dgamma += g x̂, dL/dbeta += g, dL/dx = s / W · (W h − Σ_j h − x̂ Σ_j h x̂) (Ba et al. 2016;
   * the same algebra as BatchNorm's, over a row instead of a column).
   */
  backward([input]: readonly FloatArray[], _y: FloatArray, g: FloatArray, [inputGrad]: readonly (FloatArray | null)[], { rows }: StepContext): void {
    const x = input!;
    const { width } = this;
    const gamma = this.gamma.value;
    const gammaGrad = this.gamma.grad;
    const betaGrad = this.beta.grad;
    const dx = inputGrad ?? null;
    gammaGrad.fill(0);
    betaGrad.fill(0);
    for (let r = 0; r < rows; r++) {
      const start = r * width;
      const mean = this.rowMean(x, start);
      const invStd = this.rowInvStd(x, start, mean);
      let sumH = 0;
      let sumHX = 0;
      for (let j = 0; j < width; j++) {
        const i = start + j;
        const normalised = (x[i]! - mean) * invStd;
        const h = g[i]! * gamma[j]!;
        gammaGrad[j]! += g[i]! * normalised;
        betaGrad[j]! += g[i]!;
        sumH += h;
        sumHX += h * normalised;
      }
      if (dx === null) continue;
      for (let j = 0; j < width; j++) {
        const i = start + j;
        const normalised = (x[i]! - mean) * invStd;
        dx[i] = (invStd / width) * (width * g[i]! * gamma[j]! - sumH - normalised * sumHX);
      }
    }
  }

  private rowMean(x: FloatArray, start: number): number {
    let sum = 0;
    for (let j = 0; j < this.width; j++) sum += x[start + j]!;
    return sum / this.width;
  }

  /** 1 / √(biased variance + ε) of one row. */
  private rowInvStd(x: FloatArray, start: number, mean: number): number {
    let sum = 0;
    for (let j = 0; j < this.width; j++) {
      const centred = x[start + j]! - mean;
      sum += centred * centred;
    }
    return 1 / Math.sqrt(sum / this.width + this.epsilon);
  }
}

export function createLayerNormOp({ nodeId, node, width }: CompiledOpOf<'layer_norm'>, { backend }: BuildContext): Op {
  return new LayerNormOp(nodeId, width, node.params.epsilon, backend);
}
