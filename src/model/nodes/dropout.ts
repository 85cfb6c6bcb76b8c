import { z } from 'zod';
import { boundedNumber, type NumberBounds } from '../fields.ts';
import { readKerasConfig, type ExportForms } from './exportForms.ts';
import { oneInputSameWidth, type OpNodeSpec } from './nodeSpec.ts';

/** A rate of 1 would drop everything and scale by 1/0. */
const RATE_BOUNDS: NumberBounds = { min: 0, max: 1, exclusiveMax: true };

const paramsSchema = z.looseObject({
  rate: boundedNumber(RATE_BOUNDS),
});
export type DropoutParams = z.infer<typeof paramsSchema>;

const kerasDropoutConfig = z.looseObject({
  rate: z.number(),
  noise_shape: z.null({ error: 'a noise shape (dropping whole features) has no Netloom equivalent' }).optional(),
});

/**
 * Keras `Dropout` (it too is the identity at inference); ONNX `Identity`: an exported model
 * is for inference, where dropout does nothing.
 */
const exportForms: ExportForms<DropoutParams> = {
  keras: {
    layer: ({ params: { rate } }) => ({ className: 'Dropout', config: { rate }, weights: [] }),
    readers: {
      Dropout(config) {
        const read = readKerasConfig(kerasDropoutConfig, config);
        return read.ok ? { ok: true, params: { rate: read.value.rate } } : read;
      },
    },
  },
  onnx: () => ({ nodes: [{ opType: 'Identity', inputs: [{ port: 0 }] }], initializers: [] }),
  pytorch: ({ params: { rate } }) => ({ kind: 'module', className: 'Dropout', kwargs: { p: rate }, stateDict: [] }),
};

/**
 * Inverted dropout (Srivastava et al. 2014; Keras `Dropout`): in training each value is zeroed
 * with probability `rate` and the survivors are scaled by 1 / (1 − rate), so inference is the
 * identity. Masks come from the seed's own dropout stream: the same seed gives the same run.
 */
export const dropoutSpec: OpNodeSpec<'dropout', DropoutParams> = {
  type: 'dropout',
  label: 'Dropout',
  description: 'Zeroes random values while training',
  category: 'regularization',
  idPrefix: 'drop',
  defaultParams: { rate: 0.5 },
  paramsSchema,
  fields: [{ key: 'rate', label: 'Rate', kind: 'number', bounds: RATE_BOUNDS }],
  ...oneInputSameWidth,
  tensorNames: [],
  tensors: () => [],
  exportForms,
};
