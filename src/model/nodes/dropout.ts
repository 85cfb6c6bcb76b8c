import { z } from 'zod';
import { boundedNumber, type NumberBounds } from '../fields.ts';
import { oneInputSameWidth, type NodeSpec } from './nodeSpec.ts';

/** A rate of 1 would drop everything and scale by 1/0. */
const RATE_BOUNDS: NumberBounds = { min: 0, max: 1, exclusiveMax: true };

const paramsSchema = z.looseObject({
  rate: boundedNumber(RATE_BOUNDS),
});
export type DropoutParams = z.infer<typeof paramsSchema>;

/**
 * Inverted dropout (Srivastava et al. 2014; Keras `Dropout`): in training each value is zeroed
 * with probability `rate` and the survivors are scaled by 1 / (1 − rate), so inference is the
 * identity. Masks come from the seed's own dropout stream: the same seed gives the same run.
 */
export const dropoutSpec: NodeSpec<'dropout', DropoutParams> = {
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
};
