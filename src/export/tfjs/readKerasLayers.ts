import { z } from 'zod';
import { LEAKY_RELU_ALPHA, type ActivationFn, type DenseWeights } from '../../model/index.ts';
import { ImportError } from '../errors.ts';
import { KERAS_ACTIVATIONS, nameOfLayer, type KerasLayerJson } from './format.ts';

/** One Keras layer as Netloom sees it: a Dense with its activation (possibly "linear"), or a lone activation. */
export interface ImportedLayer {
  layerName: string;
  dense?: { units: number; useBias: boolean; weights: DenseWeights };
  activation: ActivationFn;
}

export interface ImportedStack {
  inputSize: number;
  layers: ImportedLayer[];
}

const shapeFields = z.looseObject({
  batch_input_shape: z.array(z.number().nullable()).optional(),
  // Keras 3 spelling.
  batch_shape: z.array(z.number().nullable()).optional(),
  input_shape: z.array(z.number().nullable()).optional(),
});

const denseConfig = z.looseObject({
  units: z.number().int().positive(),
  activation: z.string().nullable().optional(),
  use_bias: z.boolean().optional(),
});

const activationConfig = z.looseObject({ activation: z.string() });

const leakyReluConfig = z.looseObject({
  alpha: z.number().optional(),
  // Keras 3 spelling.
  negative_slope: z.number().optional(),
});

/** Keras' default LeakyReLU slope, used when a layer does not state its own. */
const KERAS_LEAKY_RELU_ALPHA = 0.3;

/**
 * Reads a Sequential's layers into dense/activation pairs with their weights (kernel turned
 * back into Netloom's `[units][inputs]`), refusing any layer Netloom cannot represent by name.
 */
export function readKerasLayers(kerasLayers: readonly KerasLayerJson[], weights: ReadonlyMap<string, Float32Array>): ImportedStack {
  const first = kerasLayers[0];
  if (!first) throw new ImportError('the model has no layers');
  const inputSize = inputWidth(first);
  let width = inputSize;
  const layers: ImportedLayer[] = [];
  kerasLayers.forEach((layer, i) => {
    if (i === 0 && layer.class_name === 'InputLayer') return;
    const imported = readLayer(layer, nameOfLayer(layer, i), width, weights);
    width = imported.dense?.units ?? width;
    layers.push(imported);
  });
  if (layers.length === 0) throw new ImportError('the model has an input but no layers');
  return { inputSize, layers };
}

function readLayer(layer: KerasLayerJson, name: string, width: number, weights: ReadonlyMap<string, Float32Array>): ImportedLayer {
  const where = `layer "${name}" (${layer.class_name})`;
  switch (layer.class_name) {
    case 'Dense': {
      const config = parseConfig(denseConfig, layer, where);
      const useBias = config.use_bias ?? true;
      const dense = { units: config.units, useBias, weights: denseWeights(name, where, width, config.units, useBias, weights) };
      return { layerName: name, dense, activation: toActivation(config.activation ?? 'linear', where) };
    }
    case 'Activation':
      return { layerName: name, activation: toActivation(parseConfig(activationConfig, layer, where).activation, where) };
    case 'LeakyReLU': {
      const config = parseConfig(leakyReluConfig, layer, where);
      const alpha = config.alpha ?? config.negative_slope ?? KERAS_LEAKY_RELU_ALPHA;
      if (Math.fround(alpha) !== Math.fround(LEAKY_RELU_ALPHA)) {
        throw new ImportError(`${where}: slope ${alpha} differs from Netloom's leaky_relu slope ${LEAKY_RELU_ALPHA}`);
      }
      return { layerName: name, activation: 'leaky_relu' };
    }
    case 'InputLayer':
      throw new ImportError(`${where}: an InputLayer may only come first`);
    default:
      throw new ImportError(`${where} cannot be imported: Netloom models are stacks of Dense, Activation and LeakyReLU layers`);
  }
}

/** Width of the input vector, from an InputLayer or the first layer's batch input shape. */
function inputWidth(layer: KerasLayerJson): number {
  const where = `layer "${nameOfLayer(layer, 0)}" (${layer.class_name})`;
  const config = parseConfig(shapeFields, layer, where);
  const shape = config.batch_input_shape ?? config.batch_shape ?? (config.input_shape && [null, ...config.input_shape]);
  if (!shape) throw new ImportError(`${where}: the first layer has no input shape (batch_input_shape)`);
  const width = shape[1];
  if (shape.length !== 2 || typeof width !== 'number' || !Number.isInteger(width) || width < 1) {
    throw new ImportError(`${where}: input shape ${JSON.stringify(shape)} is not [batch, features]; Netloom takes flat vectors`);
  }
  return width;
}

function denseWeights(
  name: string,
  where: string,
  inputs: number,
  units: number,
  useBias: boolean,
  weights: ReadonlyMap<string, Float32Array>,
): DenseWeights {
  // Keras stores `[inputs][units]`; Netloom `[units][inputs]`.
  const kernel = findWeight(weights, name, 'kernel', inputs * units, where);
  const rows = Array.from({ length: units }, (_, u) => Array.from({ length: inputs }, (_, i) => kernel[i * units + u]!));
  if (!useBias) return { kernel: rows };
  return { kernel: rows, bias: Array.from(findWeight(weights, name, 'bias', units, where)) };
}

function findWeight(weights: ReadonlyMap<string, Float32Array>, layer: string, kind: string, length: number, where: string): Float32Array {
  const name = `${layer}/${kind}`;
  const values = weights.get(name);
  if (!values) throw new ImportError(`${where}: weightsManifest has no weight named ${name}`);
  if (values.length !== length) {
    throw new ImportError(`${where}: ${name} has ${values.length} values, expected ${length} for this layer's shape`);
  }
  return values;
}

function toActivation(kerasName: string, where: string): ActivationFn {
  const fn = KERAS_ACTIVATIONS.find((name) => name === kerasName);
  if (!fn) {
    throw new ImportError(`${where}: activation "${kerasName}" has no Netloom equivalent (${KERAS_ACTIVATIONS.join(', ')}, or a LeakyReLU layer)`);
  }
  return fn;
}

function parseConfig<T>(schema: z.ZodType<T>, layer: KerasLayerJson, where: string): T {
  const result = schema.safeParse(layer.config);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ImportError(`${where}: config.${issue.path.join('.')}: ${issue.message}`);
}
