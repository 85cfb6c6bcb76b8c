import type { FloatArray } from './tensor.ts';

/**
 * One step of the layer stack. Buffers are batch-major ([rows][width]) and owned by the
 * network; a layer only reads and writes the ones it is handed, so it allocates nothing.
 */
export interface Layer {
  readonly nodeId: string;
  readonly inputSize: number;
  readonly outputSize: number;
  forward(input: FloatArray, output: FloatArray, rows: number): void;
  /**
   * Given dLoss/dOutput, writes the layer's parameter gradients (if it has parameters) and,
   * unless `inputGrad` is null (the first layer), dLoss/dInput.
   */
  backward(input: FloatArray, output: FloatArray, outputGrad: FloatArray, inputGrad: FloatArray | null, rows: number): void;
}
