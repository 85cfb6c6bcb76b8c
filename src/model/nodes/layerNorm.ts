import { z } from 'zod';
import { boundedNumber, type NumberBounds } from '../fields.ts';
import { oneInputSameWidth, type NodeSpec, type TensorSpec } from './nodeSpec.ts';

/** A variance floor: positive, so a row of equal values never divides by zero. */
export const EPSILON_BOUNDS: NumberBounds = { min: 0, max: 1, exclusiveMin: true };

const paramsSchema = z.looseObject({
  epsilon: boundedNumber(EPSILON_BOUNDS),
});
export type LayerNormParams = z.infer<typeof paramsSchema>;

/** `gamma` (starts at 1) and `beta` (starts at 0): one scale and one shift per feature. */
export function scaleAndShift(width: number): TensorSpec[] {
  return [
    { name: 'gamma', shape: [width], axes: ['feature'], trainable: true },
    { name: 'beta', shape: [width], axes: ['feature'], trainable: true },
  ];
}

/**
 * Layer normalisation (Ba, Kiros & Hinton 2016; Keras `LayerNormalization` on the last axis):
 * each row is normalised over its own features, x̂ = (x − mean) / √(variance + epsilon) with
 * the biased variance, then scaled and shifted, y = gamma · x̂ + beta. The same in training and
 * inference: it keeps no statistics.
 */
export const layerNormSpec: NodeSpec<'layer_norm', LayerNormParams> = {
  type: 'layer_norm',
  label: 'LayerNorm',
  description: 'Normalises each sample over its features',
  category: 'normalization',
  idPrefix: 'ln',
  defaultParams: { epsilon: 0.001 },
  paramsSchema,
  fields: [{ key: 'epsilon', label: 'Epsilon', kind: 'number', bounds: EPSILON_BOUNDS }],
  ...oneInputSameWidth,
  tensorNames: ['gamma', 'beta'],
  tensors: ([width]) => scaleAndShift(width!),
};
