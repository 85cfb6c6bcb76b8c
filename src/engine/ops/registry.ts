import type { OpType } from '../../compiler/index.ts';
import { createActivationOp } from './activation.ts';
import { createAddOp } from './add.ts';
import { createBatchNormOp } from './batchNorm.ts';
import { createConcatenateOp } from './concatenate.ts';
import { createDenseOp } from './dense.ts';
import { createDropoutOp } from './dropout.ts';
import { createLayerNormOp } from './layerNorm.ts';
import type { OpFactory } from './op.ts';

/**
 * The engine's op for every node kind between the input and the loss. The mapped type makes
 * this exhaustive: a kind added to the model's registry without an op here does not compile.
 */
export const OP_FACTORIES: { [T in OpType]: OpFactory<T> } = {
  dense: createDenseOp,
  activation: createActivationOp,
  layer_norm: createLayerNormOp,
  batch_norm: createBatchNormOp,
  dropout: createDropoutOp,
  add: createAddOp,
  concatenate: createConcatenateOp,
};
