import { z } from 'zod';
import type { NumberBounds } from '../fields.ts';
import { readKerasConfig, type FormWeight, type KerasReading } from './exportForms.ts';
import type { TensorSpec } from './nodeSpec.ts';

/** What LayerNorm and BatchNorm share: the epsilon, the scale and shift they own, and how Keras states them. */

/** A variance floor: positive, so a feature (or row) of equal values never divides by zero. */
export const EPSILON_BOUNDS: NumberBounds = { min: 0, max: 1, exclusiveMin: true };

/** `gamma` (starts at 1) and `beta` (starts at 0): one scale and one shift per feature. */
export function scaleAndShift(width: number): TensorSpec[] {
  return [
    { name: 'gamma', shape: [width], axes: ['feature'], trainable: true },
    { name: 'beta', shape: [width], axes: ['feature'], trainable: true },
  ];
}

/** gamma then beta, under Keras' names, the order Keras lists them in (and ONNX's Scale, B). */
export const SCALE_AND_SHIFT_WEIGHTS: readonly FormWeight[] = [
  { name: 'gamma', tensor: 'gamma' },
  { name: 'beta', tensor: 'beta' },
];

/** gamma and beta as a PyTorch LayerNorm or BatchNorm1d names them in its state dict. */
export const PYTORCH_SCALE_AND_SHIFT: readonly FormWeight[] = [
  { name: 'weight', tensor: 'gamma' },
  { name: 'bias', tensor: 'beta' },
];

/** The Keras config fields a normalisation layer must have for Netloom to read it. */
export const kerasNormalizationConfig = z.looseObject({
  axis: z.union([z.number(), z.array(z.number())]).optional(),
  epsilon: z.number().optional(),
  center: z.boolean().optional(),
  scale: z.boolean().optional(),
});
type KerasNormalizationConfig = z.infer<typeof kerasNormalizationConfig>;

/** Keras' default epsilon for both layers. */
const KERAS_EPSILON = 0.001;

/**
 * The params of a Keras `LayerNormalization` or `BatchNormalization` config (through `schema`,
 * which adds a layer's own fields), or why Netloom cannot compute the same: it normalises over
 * the feature axis of a `[batch, features]` input (axis -1, that is 1) with both a scale and a shift.
 */
export function readKerasNormalization<C extends KerasNormalizationConfig, P>(
  schema: z.ZodType<C>,
  config: unknown,
  toParams: (config: C, epsilon: number) => P,
): KerasReading<P> {
  const read = readKerasConfig(schema, config);
  if (!read.ok) return read;
  const { axis = -1, center = true, scale = true, epsilon = KERAS_EPSILON } = read.value;
  const axes = Array.isArray(axis) ? axis : [axis];
  if (axes.length !== 1 || (axes[0] !== -1 && axes[0] !== 1)) {
    return { ok: false, message: `axis ${JSON.stringify(axis)}: Netloom normalises over the features of each row (axis -1)` };
  }
  if (!center || !scale) return { ok: false, message: `${!center ? 'center' : 'scale'}: false has no Netloom equivalent (it always learns a scale and a shift)` };
  return { ok: true, params: toParams(read.value, epsilon) };
}
