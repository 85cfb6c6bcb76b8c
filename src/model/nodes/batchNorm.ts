import { z } from 'zod';
import { boundedNumber, type NumberBounds } from '../fields.ts';
import type { ExportForms, FormWeight } from './exportForms.ts';
import { oneInputSameWidth, type OpNodeSpec } from './nodeSpec.ts';
import { EPSILON_BOUNDS, kerasNormalizationConfig, PYTORCH_SCALE_AND_SHIFT, readKerasNormalization, scaleAndShift, SCALE_AND_SHIFT_WEIGHTS } from './normalization.ts';

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
 * BatchNorm in an exported PyTorch script. nn.BatchNorm1d normalises a training batch as Netloom
 * does but moves `running_var` towards the batch's unbiased variance (divided by N − 1), where
 * Netloom, as Keras, uses the biased one it normalised with (divided by N). No momentum makes
 * up for that (the two updates weigh the old and the new statistics alike, and differ in the
 * new ones by N / (N − 1), which changes with the batch), so the script trains with this
 * subclass: its running statistics after training are Netloom's, and in eval mode it is
 * nn.BatchNorm1d.
 */
const KERAS_BATCH_NORM_1D = `class KerasBatchNorm1d(nn.BatchNorm1d):
    """nn.BatchNorm1d whose running statistics train as Netloom's BatchNorm (and Keras') do.

    Both normalise a training batch with its mean and biased variance (divided by N). Then
    nn.BatchNorm1d moves running_var towards the unbiased variance (divided by N - 1); Netloom
    moves it towards the biased one it normalised with, and so does this class. momentum is
    PyTorch's, the weight of the new batch: 1 - the momentum Netloom shows (its 0.99 is 0.01 here).
    In eval mode this is nn.BatchNorm1d: it normalises with the running statistics.
    """

    def forward(self, x):
        if not self.training:
            return super().forward(x)
        y = F.batch_norm(x, None, None, self.weight, self.bias, training=True, eps=self.eps)
        with torch.no_grad():
            variance, mean = torch.var_mean(x, dim=0, unbiased=False)
            self.running_mean.lerp_(mean, self.momentum)  # running + momentum · (batch - running)
            self.running_var.lerp_(variance, self.momentum)
            self.num_batches_tracked += 1
        return y`;

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
  pytorch: ({ params: { momentum, epsilon }, width }) => ({
    kind: 'module',
    className: 'KerasBatchNorm1d',
    definition: KERAS_BATCH_NORM_1D,
    args: [width],
    // PyTorch's momentum is the weight of the new batch, Keras' (and Netloom's) that of the old statistics.
    kwargs: { eps: epsilon, momentum: 1 - momentum },
    stateDict: [
      ...PYTORCH_SCALE_AND_SHIFT,
      { name: 'running_mean', tensor: 'movingMean' },
      { name: 'running_var', tensor: 'movingVariance' },
    ],
    // A count Netloom does not keep; PyTorch reads it only when momentum is None (a cumulative average).
    constants: [{ name: 'num_batches_tracked', value: 0, dtype: 'int64' }],
  }),
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
