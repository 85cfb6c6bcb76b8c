import { allocate, type Dtype, type FloatArray } from '../tensor.ts';
import type { BuildContext, CompiledOpOf, Op, StepContext } from './op.ts';

/**
 * Inverted dropout (see the spec in `model/nodes/dropout.ts`). A training pass keeps each value
 * with probability 1 − rate, drawn from the step's random stream, and scales the survivors by
 * 1 / (1 − rate); the mask is kept for backward, where dL/dx = mask · dL/dy. Inference passes
 * (and a rate of 0) are the identity.
 */
export class DropoutOp implements Op {
  readonly tensors = [];
  private readonly keptScale: number;
  /** Per value of the last training batch: 0 (dropped) or `keptScale`. */
  private mask: FloatArray;

  constructor(
    readonly nodeId: string,
    private readonly width: number,
    private readonly rate: number,
    private readonly dtype: Dtype,
  ) {
    this.keptScale = 1 / (1 - rate);
    this.mask = allocate(dtype, 0);
  }

  reserve(rows: number): void {
    if (rows * this.width > this.mask.length) this.mask = allocate(this.dtype, rows * this.width);
  }

  forward([input]: readonly FloatArray[], y: FloatArray, { training, rows, random }: StepContext): void {
    const x = input!;
    const n = rows * this.width;
    if (!training || this.rate === 0) {
      y.set(x.subarray(0, n));
      return;
    }
    const { mask, rate, keptScale } = this;
    for (let i = 0; i < n; i++) {
      mask[i] = random.uniform() < rate ? 0 : keptScale;
      y[i] = x[i]! * mask[i]!;
    }
  }

  /** Backward follows a training forward, so the mask is that pass's. */
  backward(_inputs: readonly FloatArray[], _y: FloatArray, g: FloatArray, [inputGrad]: readonly (FloatArray | null)[], { rows }: StepContext): void {
    const dx = inputGrad ?? null;
    if (dx === null) return;
    const n = rows * this.width;
    if (this.rate === 0) {
      dx.set(g.subarray(0, n));
      return;
    }
    for (let i = 0; i < n; i++) dx[i] = g[i]! * this.mask[i]!;
  }
}

export function createDropoutOp({ nodeId, node, width }: CompiledOpOf<'dropout'>, { backend }: BuildContext): Op {
  return new DropoutOp(nodeId, width, node.params.rate, backend.dtype);
}
