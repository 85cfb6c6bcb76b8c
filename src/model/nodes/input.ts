import { z } from 'zod';
import { positiveInt } from '../fields.ts';
import type { NodeSpec } from './nodeSpec.ts';

const paramsSchema = z.looseObject({
  size: positiveInt,
});
export type InputParams = z.infer<typeof paramsSchema>;

export const inputSpec: NodeSpec<'input', InputParams> = {
  type: 'input',
  label: 'Input',
  ports: { input: false, output: true },
  defaultParams: { size: 2 },
  paramsSchema,
};
