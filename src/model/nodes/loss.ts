import { z } from 'zod';
import { LOSS_FNS, type LossFn } from '../functions.ts';
import type { NodeSpec } from './nodeSpec.ts';

const paramsSchema = z.looseObject({
  fn: z.enum(LOSS_FNS, { error: `expected one of ${LOSS_FNS.join(', ')}` }),
});
export type LossParams = z.infer<typeof paramsSchema>;

/** How the loss functions read in the editor. */
export const LOSS_LABELS: Record<LossFn, string> = {
  mse: 'Mean squared error',
  cross_entropy: 'Cross-entropy',
  binary_cross_entropy: 'Binary cross-entropy',
};

/** The end of the network: scores what reaches it against the targets. Its "width" is the width it receives. */
export const lossSpec: NodeSpec<'loss', LossParams> = {
  type: 'loss',
  label: 'Loss',
  description: 'How wrong the output is',
  category: 'loss',
  idPrefix: 'loss',
  defaultParams: { fn: 'mse' },
  paramsSchema,
  fields: [{ key: 'fn', label: 'Loss', kind: 'choice', options: LOSS_LABELS }],
  inputPorts: () => 1,
  hasOutput: false,
  keepsWidth: true,
  outputWidth: ([input]) => ({ ok: true, width: input!.width }),
  tensorNames: [],
  tensors: () => [],
};
