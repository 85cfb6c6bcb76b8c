import { z } from 'zod';
import { boundedNumber, type NumberBounds } from '../fields.ts';
import { EPSILON_BOUNDS, scaleAndShift } from './layerNorm.ts';
import { oneInputSameWidth, type NodeSpec } from './nodeSpec.ts';

/** 0 keeps only the last batch's statistics; 1 never updates them. */
const MOMENTUM_BOUNDS: NumberBounds = { min: 0, max: 1 };

const paramsSchema = z.looseObject({
  momentum: boundedNumber(MOMENTUM_BOUNDS),
  epsilon: boundedNumber(EPSILON_BOUNDS),
});
export type BatchNormParams = z.infer<typeof paramsSchema>;

/**
 * Batch normalisation (Ioffe & Szegedy 2015) with Keras' semantics. In training each feature
 * is normalised with the batch's mean and biased variance, y = gamma · (x − mean) /
 * √(variance + epsilon) + beta, and the moving statistics follow
 * `moving = moving · momentum + batch · (1 − momentum)`; in inference (predict, test loss,
 * exports) the moving statistics stand in for the batch's. `movingMean` starts at 0 and
 * `movingVariance` at 1; they are state, never touched by the optimizer.
 */
export const batchNormSpec: NodeSpec<'batch_norm', BatchNormParams> = {
  type: 'batch_norm',
  label: 'BatchNorm',
  description: 'Normalises each feature over the batch',
  category: 'normalization',
  idPrefix: 'bn',
  defaultParams: { momentum: 0.99, epsilon: 0.001 },
  paramsSchema,
  fields: [
    { key: 'momentum', label: 'Momentum', kind: 'number', bounds: MOMENTUM_BOUNDS },
    { key: 'epsilon', label: 'Epsilon', kind: 'number', bounds: EPSILON_BOUNDS },
  ],
  ...oneInputSameWidth,
  minTrainingRows: 2,
  tensorNames: ['gamma', 'beta', 'movingMean', 'movingVariance'],
  tensors: ([width]) => [
    ...scaleAndShift(width!),
    { name: 'movingMean', shape: [width!], axes: ['feature'], trainable: false },
    { name: 'movingVariance', shape: [width!], axes: ['feature'], trainable: false, nonNegative: true },
  ],
};
