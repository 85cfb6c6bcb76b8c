import { z } from 'zod';
import { positiveInt } from '../fields.ts';
import type { NodeSpec } from './nodeSpec.ts';

const paramsSchema = z.looseObject({
  units: positiveInt,
  useBias: z.boolean().optional(),
});
export type DenseParams = z.infer<typeof paramsSchema>;

export const denseSpec: NodeSpec<'dense', DenseParams> = {
  type: 'dense',
  label: 'Dense',
  ports: { input: true, output: true },
  defaultParams: { units: 8 },
  paramsSchema,
};

/** Weights and biases of a dense layer `y = W x + b`, with `W` stored as `[units][inputs]`. */
export function denseParamCount(inputs: number, params: DenseParams): number {
  return inputs * params.units + (params.useBias === false ? 0 : params.units);
}
