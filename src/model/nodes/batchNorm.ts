import { z } from 'zod';
import { boundedNumber, type NumberBounds } from '../fields.ts';
import type { ExportForms, FormWeight } from './exportForms.ts';
import { oneInputSameWidth, type OpNodeSpec } from './nodeSpec.ts';
import { EPSILON_BOUNDS, kerasNormalizationConfig, readKerasNormalization, scaleAndShift, SCALE_AND_SHIFT_WEIGHTS } from './normalization.ts';

/** 0 keeps only the last batch's statistics; 1 never updates them. */
const MOMENTUM_BOUNDS: NumberBounds = { min: 0, max: 1 };

const paramsSchema = z.looseObject({
  momentum: boundedNumber(MOMENTUM_BOUNDS),
  epsilon: boundedNumber(EPSILON_BOUNDS),
});
export type BatchNormParams = z.infer<typeof paramsSchema>;

/** Keras' default momentum, for a layer that does not state its own. */
const KERAS_MOMENTUM = 0.99;

const kerasBatchNormConfig = kerasNormalizationConfig.extend({ momentum: z.number().optional() });

/** gamma, beta, then the moving statistics: Keras' order and names, and ONNX's scale, B, mean, var. */
const BATCH_NORM_WEIGHTS: readonly FormWeight[] = [
  ...SCALE_AND_SHIFT_WEIGHTS,
  { name: 'moving_mean', tensor: 'movingMean' },
  { name: 'moving_variance', tensor: 'movingVariance' },
];

/**
 * Keras `BatchNormalization` on the last axis with its moving statistics (non-trainable
 * weights, after gamma and beta); ONNX `BatchNormalization` in its inference form (training_mode
 * 0), which normalises with the mean and var inputs: the moving statistics.
 */
const exportForms: ExportForms<BatchNormParams> = {
  keras: {
    layer: ({ params: { momentum, epsilon } }) => ({
      className: 'BatchNormalization',
      config: { axis: -1, momentum, epsilon, center: true, scale: true },
      weights: BATCH_NORM_WEIGHTS,
    }),
    readers: {
      BatchNormalization: (config) =>
        readKerasNormalization(kerasBatchNormConfig, config, ({ momentum = KERAS_MOMENTUM }, epsilon) => ({ momentum, epsilon })),
    },
  },
  onnx: ({ params: { momentum, epsilon } }) => ({
    nodes: [
      {
        opType: 'BatchNormalization',
        inputs: [{ port: 0 }, ...BATCH_NORM_WEIGHTS.map((weight) => ({ weight: weight.name }))],
        attributes: { epsilon: { float: epsilon }, momentum: { float: momentum }, training_mode: { int: 0 } },
      },
    ],
    initializers: BATCH_NORM_WEIGHTS,
  }),
  // Being written: BatchNorm1d also needs its num_batches_tracked buffer, which no tensor holds.
  pytorch: () => {
    throw new Error('a PyTorch export of BatchNorm nodes is not written yet');
  },
};

/**
 * Batch normalisation (Ioffe & Szegedy 2015) with Keras' semantics. In training each feature
 * is normalised with the batch's mean and biased variance, y = gamma · (x − mean) /
 * √(variance + epsilon) + beta, and the moving statistics follow
 * `moving = moving · momentum + batch · (1 − momentum)`; in inference (predict, test loss,
 * exports) the moving statistics stand in for the batch's. `movingMean` starts at 0 and
 * `movingVariance` at 1; they are state, never touched by the optimizer.
 */
export const batchNormSpec: OpNodeSpec<'batch_norm', BatchNormParams> = {
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
  exportForms,
};
