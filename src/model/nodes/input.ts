import { z } from 'zod';
import type { NodeSpec } from './nodeSpec.ts';

const paramsSchema = z.looseObject({
  size: z.number().int('expected a positive integer').positive('expected a positive integer'),
});
export type InputParams = z.infer<typeof paramsSchema>;

export const inputSpec: NodeSpec<'input', InputParams> = {
  type: 'input',
  label: 'Input',
  ports: { input: false, output: true },
  defaultParams: { size: 2 },
  paramsSchema,
  outputSize: (params) => params.size,
};
