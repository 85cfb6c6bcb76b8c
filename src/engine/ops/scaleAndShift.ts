import type { KernelBackend } from '../kernels/index.ts';
import type { FloatArray } from '../tensor.ts';
import type { OpTensor } from './op.ts';

/** An op tensor that always has a gradient. */
export type TrainableTensor = OpTensor & { grad: FloatArray };

/**
 * The per-feature `gamma` (starting at 1) and `beta` (starting at 0) of a normalisation op.
 * Neither is weight-decayed: shrinking a scale towards 0 is not the regularisation L2 means.
 */
export function scaleAndShiftTensors(width: number, backend: KernelBackend): [TrainableTensor, TrainableTensor] {
  const tensor = (name: string, initial: number): TrainableTensor => ({
    name,
    shape: [width],
    value: backend.allocate(width).fill(initial),
    grad: backend.allocate(width),
    decay: false,
  });
  return [tensor('gamma', 1), tensor('beta', 0)];
}
