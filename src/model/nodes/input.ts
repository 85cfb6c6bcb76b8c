import { z } from 'zod';
import { positiveInt } from '../fields.ts';
import type { NodeSpec } from './nodeSpec.ts';

const paramsSchema = z.looseObject({
  size: positiveInt,
});
export type InputParams = z.infer<typeof paramsSchema>;

/** Where each sample enters the network: `size` features per row. */
export const inputSpec: NodeSpec<'input', InputParams> = {
  type: 'input',
  label: 'Input',
  description: 'The features of each sample',
  category: 'input',
  idPrefix: 'input',
  defaultParams: { size: 2 },
  paramsSchema,
  fields: [{ key: 'size', label: 'Size', kind: 'integer', unit: 'features', min: 1 }],
  inputPorts: () => 0,
  hasOutput: true,
  keepsWidth: false,
  outputWidth: (_inputs, params) => ({ ok: true, width: params.size }),
  tensorNames: [],
  tensors: () => [],
};
