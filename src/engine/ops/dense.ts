import { initializeKernel } from '../init.ts';
import type { Kernels } from '../kernels/index.ts';
import type { FloatArray } from '../tensor.ts';
import type { BuildContext, CompiledOpOf, Op, OpTensor, StepContext } from './op.ts';

/** `y = W x + b`, with the kernel W held `[units][inputs]` (row j is unit j's weights), as in the model. */
export class DenseOp implements Op {
  readonly tensors: OpTensor[];
  private readonly kernel: OpTensor & { grad: FloatArray };
  /** Null when the node has `useBias: false`. */
  private readonly bias: (OpTensor & { grad: FloatArray }) | null;
  private readonly kernels: Kernels;

  /** Its tensors come from the backend's allocator; its three products run on the backend's kernels. */
  constructor(
    readonly nodeId: string,
    private readonly inputs: number,
    private readonly units: number,
    useBias: boolean,
    { backend }: Pick<BuildContext, 'backend'>,
  ) {
    this.kernels = backend.kernels;
    const tensor = (name: string, shape: number[], decay: boolean) => {
      const length = shape.reduce((size, n) => size * n, 1);
      return { name, shape, value: backend.allocate(length), grad: backend.allocate(length), decay };
    };
    this.kernel = tensor('kernel', [units, inputs], true);
    this.bias = useBias ? tensor('bias', [units], false) : null;
    this.tensors = this.bias ? [this.kernel, this.bias] : [this.kernel];
  }

  forward([x]: readonly FloatArray[], output: FloatArray, { rows }: StepContext): void {
    this.kernels.forward(x!, this.kernel.value, this.bias?.value ?? null, output, rows, this.inputs, this.units);
  }

  backward([x]: readonly FloatArray[], _output: FloatArray, g: FloatArray, [inputGrad]: readonly (FloatArray | null)[], { rows }: StepContext): void {
    const { inputs, units } = this;
    this.kernels.kernelGradient(g, x!, this.kernel.grad, rows, inputs, units);
    if (this.bias) {
      const biasGrad = this.bias.grad;
      biasGrad.fill(0);
      for (let r = 0; r < rows; r++) {
        const row = r * units;
        for (let j = 0; j < units; j++) biasGrad[j]! += g[row + j]!;
      }
    }
    if (inputGrad) this.kernels.inputGradient(g, this.kernel.value, inputGrad, rows, inputs, units);
  }
}

/** A dense op with its kernel drawn by the node's initializer (`auto` when absent: Glorot, or He before a ReLU) and zero biases. */
export function createDenseOp(compiled: CompiledOpOf<'dense'>, build: BuildContext): Op {
  const { units, useBias, init = 'auto' } = compiled.node.params;
  const inputs = compiled.inputWidths[0]!;
  const op = new DenseOp(compiled.nodeId, inputs, units, useBias !== false, build);
  const kernel = op.tensors[0]!.value;
  initializeKernel(kernel, { init, fanIn: inputs, fanOut: units, nextActivation: build.nextActivation(compiled) }, build.weightsRng);
  return op;
}
