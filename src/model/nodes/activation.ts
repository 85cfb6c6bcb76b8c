import { z } from 'zod';
import { ACTIVATION_FNS, type ActivationFn } from '../functions.ts';
import { oneInputSameWidth, type NodeSpec } from './nodeSpec.ts';

const paramsSchema = z.looseObject({
  fn: z.enum(ACTIVATION_FNS, { error: `expected one of ${ACTIVATION_FNS.join(', ')}` }),
});
export type ActivationParams = z.infer<typeof paramsSchema>;

/** How the activation functions read in the editor. */
export const ACTIVATION_LABELS: Record<ActivationFn, string> = {
  relu: 'ReLU',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  linear: 'Linear',
  leaky_relu: 'Leaky ReLU',
  softmax: 'Softmax',
};

/** An element-wise (softmax: row-wise) function of its one input; as wide as its input. */
export const activationSpec: NodeSpec<'activation', ActivationParams> = {
  type: 'activation',
  label: 'Activation',
  description: 'A function applied to each value',
  category: 'activation',
  idPrefix: 'act',
  defaultParams: { fn: 'relu' },
  paramsSchema,
  fields: [{ key: 'fn', label: 'Function', kind: 'choice', options: ACTIVATION_LABELS }],
  ...oneInputSameWidth,
  tensorNames: [],
  tensors: () => [],
};
