import type { FloatArray } from '../tensor.ts';
import type { CompiledOpOf, Op, StepContext } from './op.ts';

/** Its inputs side by side: output row r is input 0's row r, then input 1's, … (Keras `Concatenate`). */
export class ConcatenateOp implements Op {
  readonly tensors = [];
  private readonly width: number;

  constructor(
    readonly nodeId: string,
    private readonly widths: readonly number[],
  ) {
    this.width = widths.reduce((sum, width) => sum + width, 0);
  }

  forward(inputs: readonly FloatArray[], output: FloatArray, { rows }: StepContext): void {
    let offset = 0;
    for (let p = 0; p < inputs.length; p++) {
      const input = inputs[p]!;
      const width = this.widths[p]!;
      for (let r = 0; r < rows; r++) output.set(input.subarray(r * width, (r + 1) * width), r * this.width + offset);
      offset += width;
    }
  }

  /** The output's gradient, cut back into one slice per input. */
  backward(_inputs: readonly FloatArray[], _output: FloatArray, g: FloatArray, inputGrads: readonly (FloatArray | null)[], { rows }: StepContext): void {
    let offset = 0;
    for (let p = 0; p < inputGrads.length; p++) {
      const grad = inputGrads[p];
      const width = this.widths[p]!;
      if (grad) {
        for (let r = 0; r < rows; r++) {
          const start = r * this.width + offset;
          grad.set(g.subarray(start, start + width), r * width);
        }
      }
      offset += width;
    }
  }
}

export function createConcatenateOp({ nodeId, inputWidths }: CompiledOpOf<'concatenate'>): Op {
  return new ConcatenateOp(nodeId, inputWidths);
}
