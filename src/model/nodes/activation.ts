import { z } from 'zod';
import { ACTIVATION_FNS } from '../functions.ts';
import type { NodeSpec } from './nodeSpec.ts';

const paramsSchema = z.looseObject({
  fn: z.enum(ACTIVATION_FNS, { error: `expected one of ${ACTIVATION_FNS.join(', ')}` }),
});
export type ActivationParams = z.infer<typeof paramsSchema>;

export const activationSpec: NodeSpec<'activation', ActivationParams> = {
  type: 'activation',
  label: 'Activation',
  ports: { input: true, output: true },
  defaultParams: { fn: 'relu' },
  paramsSchema,
};
