import { z } from 'zod';
import { positiveInt } from '../fields.ts';
import { INITIALIZERS, type Initializer } from '../functions.ts';
import { readKerasConfig, type ExportForms, type FormWeight } from './exportForms.ts';
import type { OpNodeSpec } from './nodeSpec.ts';

const paramsSchema = z.looseObject({
  units: positiveInt,
  useBias: z.boolean().optional(),
  /** How the kernel starts; absent means `auto`. */
  init: z.enum(INITIALIZERS, { error: `expected one of ${INITIALIZERS.join(', ')}` }).optional(),
});
export type DenseParams = z.infer<typeof paramsSchema>;

/** How the initializers read on a dense node (short enough for its field; Keras' names in the file). */
export const INITIALIZER_LABELS: Record<Initializer, string> = {
  auto: 'Auto init',
  glorot_uniform: 'Glorot uniform',
  glorot_normal: 'Glorot normal',
  he_uniform: 'He uniform',
  he_normal: 'He normal',
  lecun_uniform: 'LeCun uniform',
  lecun_normal: 'LeCun normal',
  random_normal: 'Random normal',
  random_uniform: 'Random uniform',
  zeros: 'Zeros',
};

/**
 * A ceiling on a dense layer's width: one layer of 100 000 units on a 100 000-wide input is
 * 10¹⁰ weights, which would freeze the browser before it could say why. It also catches typos.
 */
export const MAX_UNITS = 4096;

const kerasDenseConfig = z.looseObject({
  units: z.number().int().positive(),
  activation: z.string().nullable().optional(),
  use_bias: z.boolean().optional(),
});

/** Its tensors as a format stores them; `kernelAxes` [1, 0] is Keras' `[inputs][units]`. */
function denseWeights({ useBias }: DenseParams, kernelAxes?: readonly number[]): FormWeight[] {
  const kernel: FormWeight = kernelAxes ? { name: 'kernel', tensor: 'kernel', axes: kernelAxes } : { name: 'kernel', tensor: 'kernel' };
  return useBias === false ? [kernel] : [kernel, { name: 'bias', tensor: 'bias' }];
}

/**
 * Keras `Dense` (kernel transposed to `[inputs][units]`, the activation that alone reads it
 * folded in by the writer); ONNX `Gemm` with transB = 1, so the kernel keeps Netloom's layout;
 * PyTorch `nn.Linear`, whose weight is `[out, in]` like Netloom's kernel.
 */
const exportForms: ExportForms<DenseParams> = {
  keras: {
    layer: ({ params }) => ({
      className: 'Dense',
      config: { units: params.units, activation: 'linear', use_bias: params.useBias !== false },
      weights: denseWeights(params, [1, 0]),
      appliesActivation: true,
    }),
    readers: {
      Dense(config) {
        const read = readKerasConfig(kerasDenseConfig, config);
        if (!read.ok) return read;
        const { units, activation, use_bias: useBias } = read.value;
        return { ok: true, params: useBias === false ? { units, useBias } : { units }, activation: activation ?? 'linear' };
      },
    },
  },
  onnx: ({ params }) => ({
    nodes: [
      {
        opType: 'Gemm',
        inputs: [{ port: 0 }, ...denseWeights(params).map((weight) => ({ weight: weight.name }))],
        attributes: { transB: { int: 1 } },
      },
    ],
    initializers: denseWeights(params),
  }),
  netloomParams: ['init'],
  pytorch: ({ params, inputWidths }) => ({
    kind: 'module',
    className: 'Linear',
    args: [inputWidths[0]!, params.units],
    ...(params.useBias === false ? { kwargs: { bias: false } } : {}),
    stateDict: [{ name: 'weight', tensor: 'kernel' }, ...(params.useBias === false ? [] : [{ name: 'bias', tensor: 'bias' }])],
  }),
};

/**
 * A fully connected layer `y = W x + b` (Keras `Dense`, PyTorch `Linear`), with the kernel W
 * stored `[units][inputs]`: row j holds unit j's weights, as PyTorch stores them.
 */
export const denseSpec: OpNodeSpec<'dense', DenseParams> = {
  type: 'dense',
  label: 'Dense',
  description: 'A fully connected layer',
  category: 'layer',
  idPrefix: 'dense',
  defaultParams: { units: 8, init: 'auto' },
  paramsSchema,
  fields: [
    { key: 'units', label: 'Units', kind: 'integer', unit: 'units', min: 1 },
    { key: 'init', label: 'Initializer', kind: 'choice', options: INITIALIZER_LABELS },
  ],
  inputPorts: () => 1,
  hasOutput: true,
  keepsWidth: false,
  outputWidth: (_inputs, params) => ({ ok: true, width: params.units }),
  checkParams: ({ units }, name) =>
    Number.isInteger(units) && units >= 1 && units <= MAX_UNITS
      ? undefined
      : `${name} has ${units} units; it needs a whole number from 1 to ${MAX_UNITS}`,
  tensorNames: ['kernel', 'bias'],
  tensors: ([inputs], params) => [
    { name: 'kernel', shape: [params.units, inputs!], axes: ['unit', 'input'], trainable: true },
    ...(params.useBias === false ? [] : [{ name: 'bias', shape: [params.units], axes: ['unit'], trainable: true }]),
  ],
  exportForms,
};
