import type { FloatArray } from '../tensor.ts';
import type { CompiledOpOf, Op, StepContext } from './op.ts';

/** The element-wise sum of its inputs, all of one width (Keras `Add`): y = Σ_p x_p, so dL/dx_p = dL/dy for every p. */
export class AddOp implements Op {
  readonly tensors = [];

  constructor(
    readonly nodeId: string,
    private readonly width: number,
  ) {}

  forward(inputs: readonly FloatArray[], output: FloatArray, { rows }: StepContext): void {
    const n = rows * this.width;
    output.set(inputs[0]!.subarray(0, n));
    for (let p = 1; p < inputs.length; p++) {
      const input = inputs[p]!;
      for (let i = 0; i < n; i++) output[i]! += input[i]!;
    }
  }

  backward(_inputs: readonly FloatArray[], _output: FloatArray, g: FloatArray, inputGrads: readonly (FloatArray | null)[], { rows }: StepContext): void {
    const gradient = g.subarray(0, rows * this.width);
    for (const grad of inputGrads) grad?.set(gradient);
  }
}

export function createAddOp({ nodeId, width }: CompiledOpOf<'add'>): Op {
  return new AddOp(nodeId, width);
}
