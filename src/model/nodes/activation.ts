import { z } from 'zod';
import { ACTIVATION_FNS, LEAKY_RELU_ALPHA, type ActivationFn } from '../functions.ts';
import { readKerasConfig, type ExportForms, type OnnxAttribute } from './exportForms.ts';
import { oneInputSameWidth, type OpNodeSpec } from './nodeSpec.ts';

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

/** Activations Keras names as Netloom does, so a Dense or an Activation layer applies them by name (TF.js has no name for leaky_relu). */
export const KERAS_ACTIVATIONS = ['relu', 'sigmoid', 'tanh', 'linear', 'softmax'] as const satisfies readonly ActivationFn[];

function kerasActivation(name: string): ActivationFn | undefined {
  return KERAS_ACTIVATIONS.find((fn) => fn === name);
}

/** Keras' default LeakyReLU slope, for a layer that does not state its own. */
const KERAS_LEAKY_RELU_ALPHA = 0.3;

const kerasActivationConfig = z.looseObject({ activation: z.string() });
const kerasLeakyReluConfig = z.looseObject({
  alpha: z.number().optional(),
  // Keras 3 spelling.
  negative_slope: z.number().optional(),
});

/** PyTorch's module for each function, with Netloom's leaky_relu slope and softmax over each row's features. */
const PYTORCH_MODULES: Record<ActivationFn, { className: string; kwargs?: Record<string, number> }> = {
  relu: { className: 'ReLU' },
  sigmoid: { className: 'Sigmoid' },
  tanh: { className: 'Tanh' },
  linear: { className: 'Identity' },
  leaky_relu: { className: 'LeakyReLU', kwargs: { negative_slope: LEAKY_RELU_ALPHA } },
  softmax: { className: 'Softmax', kwargs: { dim: 1 } },
};

const ONNX_OPS: Record<ActivationFn, string> = {
  relu: 'Relu',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  linear: 'Identity',
  leaky_relu: 'LeakyRelu',
  softmax: 'Softmax',
};

function onnxAttributes(fn: ActivationFn): Record<string, OnnxAttribute> {
  if (fn === 'leaky_relu') return { alpha: { float: LEAKY_RELU_ALPHA } };
  // Softmax over the features of each row, never across the batch.
  if (fn === 'softmax') return { axis: { int: -1 } };
  return {};
}

/**
 * Keras: folded into the layer before it where Keras names the function, else an `Activation`
 * layer, or a `LeakyReLU` with alpha 0.01 (Netloom's slope; Keras' default is 0.3). ONNX: one
 * node of the same name (linear is `Identity`, softmax over the last axis). PyTorch: the `nn`
 * module of the same name (linear is `nn.Identity`).
 */
const exportForms: ExportForms<ActivationParams> = {
  keras: {
    layer: ({ params: { fn } }) =>
      fn === 'leaky_relu'
        ? { className: 'LeakyReLU', config: { alpha: LEAKY_RELU_ALPHA }, weights: [] }
        : { className: 'Activation', config: { activation: fn }, weights: [] },
    readers: {
      Activation(config) {
        const read = readKerasConfig(kerasActivationConfig, config);
        if (!read.ok) return read;
        const fn = kerasActivation(read.value.activation);
        if (fn) return { ok: true, params: { fn } };
        return { ok: false, message: `activation "${read.value.activation}" has no Netloom equivalent (${KERAS_ACTIVATIONS.join(', ')}, or a LeakyReLU layer)` };
      },
      LeakyReLU(config) {
        const read = readKerasConfig(kerasLeakyReluConfig, config);
        if (!read.ok) return read;
        const alpha = read.value.alpha ?? read.value.negative_slope ?? KERAS_LEAKY_RELU_ALPHA;
        if (Math.fround(alpha) === Math.fround(LEAKY_RELU_ALPHA)) return { ok: true, params: { fn: 'leaky_relu' } };
        return { ok: false, message: `slope ${alpha} differs from Netloom's leaky_relu slope ${LEAKY_RELU_ALPHA}` };
      },
    },
    activation: {
      names: KERAS_ACTIVATIONS,
      name: ({ fn }) => kerasActivation(fn),
      params(name) {
        const fn = kerasActivation(name);
        return fn && { fn };
      },
    },
  },
  onnx: ({ params: { fn } }) => ({
    nodes: [{ opType: ONNX_OPS[fn], inputs: [{ port: 0 }], attributes: onnxAttributes(fn) }],
    initializers: [],
  }),
  pytorch: ({ params: { fn } }) => ({ kind: 'module', ...PYTORCH_MODULES[fn], stateDict: [] }),
};

/** An element-wise (softmax: row-wise) function of its one input; as wide as its input. */
export const activationSpec: OpNodeSpec<'activation', ActivationParams> = {
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
  exportForms,
};
