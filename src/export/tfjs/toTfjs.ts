import { LEAKY_RELU_ALPHA } from '../../model/index.ts';
import type { ExportActivation, ExportDense, ExportLayer, ExportNetwork } from '../network.ts';
import {
  KERAS_ACTIVATIONS,
  TFJS_WEIGHTS_FILE,
  type KerasActivation,
  type KerasLayerJson,
  type TfjsArtifacts,
  type TfjsWeightSpec,
} from './format.ts';
import { kerasLayerNames } from './layerNames.ts';

/** What one Keras layer stands for: a Dense (with the activation Keras folds into it), or a lone activation. */
type KerasLayerPlan =
  | { kind: 'dense'; dense: ExportDense; activation?: ExportActivation & { fn: KerasActivation } }
  | { kind: 'activation'; activation: ExportActivation };

/** The network as a TF.js Layers model: a Keras Sequential of Dense (+ Activation / LeakyReLU) layers. */
export function toTfjs(network: ExportNetwork): TfjsArtifacts {
  const plans = planKerasLayers(network.layers);
  const names = kerasLayerNames(plans.map((plan) => nodeIdsOf(plan)[0]!));
  const layers = plans.map((plan, i) => kerasLayerJson(plan, names[i]!, i === 0 ? network.inputSize : undefined));
  const weights = plans.flatMap((plan, i) => (plan.kind === 'dense' ? denseWeights(plan.dense, names[i]!) : []));
  const [modelName] = kerasLayerNames([network.name]);
  return {
    modelJson: {
      format: 'layers-model',
      generatedBy: 'Netloom',
      convertedBy: null,
      modelTopology: {
        class_name: 'Sequential',
        config: { name: modelName!, layers },
        // The tfjs-layers release whose model.json layout this mirrors.
        keras_version: 'tfjs-layers 4.22.0',
        backend: 'tensor_flow.js',
      },
      weightsManifest: [{ paths: [TFJS_WEIGHTS_FILE], weights: weights.map((w) => w.spec) }],
      userDefinedMetadata: {
        netloom: {
          name: network.name,
          inputId: network.inputId,
          loss: network.loss,
          layerNodeIds: Object.fromEntries(plans.map((plan, i) => [names[i]!, nodeIdsOf(plan)])),
        },
      },
    },
    weightData: concatBytes(weights.map((w) => w.values)),
  };
}

function planKerasLayers(layers: readonly ExportLayer[]): KerasLayerPlan[] {
  const plans: KerasLayerPlan[] = [];
  for (let i = 0; i < layers.length; i++) {
    const layer = layers[i]!;
    if (layer.kind === 'activation') {
      plans.push({ kind: 'activation', activation: layer });
      continue;
    }
    const next = layers[i + 1];
    if (next?.kind === 'activation' && isKerasActivation(next)) {
      plans.push({ kind: 'dense', dense: layer, activation: next });
      i++;
    } else {
      plans.push({ kind: 'dense', dense: layer });
    }
  }
  return plans;
}

function isKerasActivation(layer: ExportActivation): layer is ExportActivation & { fn: KerasActivation } {
  return (KERAS_ACTIVATIONS as readonly string[]).includes(layer.fn);
}

function nodeIdsOf(plan: KerasLayerPlan): string[] {
  if (plan.kind === 'activation') return [plan.activation.nodeId];
  return plan.activation ? [plan.dense.nodeId, plan.activation.nodeId] : [plan.dense.nodeId];
}

/** `inputSize` is given for the first layer only: Keras Sequential takes the input shape from it. */
function kerasLayerJson(plan: KerasLayerPlan, name: string, inputSize: number | undefined): KerasLayerJson {
  const common = {
    name,
    trainable: true,
    dtype: 'float32',
    ...(inputSize === undefined ? {} : { batch_input_shape: [null, inputSize] }),
  };
  if (plan.kind === 'dense') {
    return {
      class_name: 'Dense',
      config: { ...common, units: plan.dense.units, activation: plan.activation?.fn ?? 'linear', use_bias: plan.dense.bias !== null },
    };
  }
  const { fn } = plan.activation;
  if (fn === 'leaky_relu') return { class_name: 'LeakyReLU', config: { ...common, alpha: LEAKY_RELU_ALPHA } };
  return { class_name: 'Activation', config: { ...common, activation: fn } };
}

interface NamedWeight {
  spec: TfjsWeightSpec;
  values: Float32Array;
}

/** Keras stores the kernel as `[inputs][units]`, the transpose of Netloom's `[units][inputs]`. */
function denseWeights(dense: ExportDense, layerName: string): NamedWeight[] {
  const { inputSize, units } = dense;
  const kernel = new Float32Array(inputSize * units);
  for (let u = 0; u < units; u++) {
    for (let i = 0; i < inputSize; i++) kernel[i * units + u] = dense.kernel[u * inputSize + i]!;
  }
  const weights: NamedWeight[] = [{ spec: { name: `${layerName}/kernel`, shape: [inputSize, units], dtype: 'float32' }, values: kernel }];
  if (dense.bias) weights.push({ spec: { name: `${layerName}/bias`, shape: [units], dtype: 'float32' }, values: dense.bias });
  return weights;
}

/** TF.js weight files are the float32 values back to back, little-endian (as Float32Array stores them on every platform TF.js runs on). */
function concatBytes(arrays: readonly Float32Array[]): Uint8Array {
  const bytes = new Uint8Array(arrays.reduce((sum, a) => sum + a.byteLength, 0));
  let offset = 0;
  for (const a of arrays) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offset);
    offset += a.byteLength;
  }
  return bytes;
}
