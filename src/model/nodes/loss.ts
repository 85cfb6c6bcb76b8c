import { z } from 'zod';
import { LOSS_FNS } from '../functions.ts';
import type { NodeSpec } from './nodeSpec.ts';

const paramsSchema = z.looseObject({
  fn: z.enum(LOSS_FNS, { error: `expected one of ${LOSS_FNS.join(', ')}` }),
});
export type LossParams = z.infer<typeof paramsSchema>;

export const lossSpec: NodeSpec<'loss', LossParams> = {
  type: 'loss',
  label: 'Loss',
  ports: { input: true, output: false },
  defaultParams: { fn: 'mse' },
  paramsSchema,
};
