import { z } from 'zod';
import { boundedNumber } from '../fields.ts';
import type { ExportForms } from './exportForms.ts';
import { oneInputSameWidth, type OpNodeSpec } from './nodeSpec.ts';
import { EPSILON_BOUNDS, kerasNormalizationConfig, PYTORCH_SCALE_AND_SHIFT, readKerasNormalization, scaleAndShift, SCALE_AND_SHIFT_WEIGHTS } from './normalization.ts';

const paramsSchema = z.looseObject({
  epsilon: boundedNumber(EPSILON_BOUNDS),
});
export type LayerNormParams = z.infer<typeof paramsSchema>;

/**
 * Keras `LayerNormalization` on the last axis (gamma, beta); ONNX `LayerNormalization` (opset
 * 17) on axis -1, reading the input, Scale (gamma) and B (beta).
 */
const exportForms: ExportForms<LayerNormParams> = {
  keras: {
    layer: ({ params: { epsilon } }) => ({
      className: 'LayerNormalization',
      config: { axis: -1, epsilon, center: true, scale: true },
      weights: SCALE_AND_SHIFT_WEIGHTS,
    }),
    readers: {
      LayerNormalization: (config) => readKerasNormalization(kerasNormalizationConfig, config, (_config, epsilon) => ({ epsilon })),
    },
  },
  onnx: ({ params: { epsilon } }) => ({
    nodes: [
      {
        opType: 'LayerNormalization',
        inputs: [{ port: 0 }, ...SCALE_AND_SHIFT_WEIGHTS.map((weight) => ({ weight: weight.name }))],
        attributes: { axis: { int: -1 }, epsilon: { float: epsilon } },
      },
    ],
    initializers: SCALE_AND_SHIFT_WEIGHTS,
  }),
  pytorch: ({ params: { epsilon }, width }) => ({
    kind: 'module',
    className: 'LayerNorm',
    args: [width],
    kwargs: { eps: epsilon },
    stateDict: PYTORCH_SCALE_AND_SHIFT,
  }),
};

/**
 * Layer normalisation (Ba, Kiros & Hinton 2016; Keras `LayerNormalization` on the last axis):
 * each row is normalised over its own features, x̂ = (x − mean) / √(variance + epsilon) with
 * the biased variance, then scaled and shifted, y = gamma · x̂ + beta. The same in training and
 * inference: it keeps no statistics.
 */
export const layerNormSpec: OpNodeSpec<'layer_norm', LayerNormParams> = {
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
  exportForms,
};
