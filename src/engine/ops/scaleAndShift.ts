import { allocate, type Dtype, type FloatArray } from '../tensor.ts';
import type { OpTensor } from './op.ts';

/** An op tensor that always has a gradient. */
export type TrainableTensor = OpTensor & { grad: FloatArray };

/**
 * The per-feature `gamma` (starting at 1) and `beta` (starting at 0) of a normalisation op.
 * Neither is weight-decayed: shrinking a scale towards 0 is not the regularisation L2 means.
 */
export function scaleAndShiftTensors(width: number, dtype: Dtype): [TrainableTensor, TrainableTensor] {
  const tensor = (name: string, initial: number): TrainableTensor => ({
    name,
    shape: [width],
    value: allocate(dtype, width).fill(initial),
    grad: allocate(dtype, width),
    decay: false,
  });
  return [tensor('gamma', 1), tensor('beta', 0)];
}
