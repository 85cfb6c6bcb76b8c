import type { ExportGraph } from '../exportGraph.ts';
import { formatTensor, type LaidOutTensor } from '../tensorLayout.ts';
import { TFJS_WEIGHTS_FILE, type KerasLayerJson, type KerasTensorRef, type TfjsArtifacts, type TfjsWeightSpec } from './format.ts';
import { kerasLayerNames } from './layerNames.ts';
import { planKerasLayers, type KerasLayerPlan } from './kerasLayerPlan.ts';

/**
 * The network as a TF.js Layers model: a Keras `Sequential` when it is a chain, otherwise a
 * functional `Model` (an InputLayer, each layer's `inbound_nodes` naming the layers it reads,
 * `input_layers` and `output_layers`), as tfjs-layers 4.22 serialises one.
 */
export function toTfjs(graph: ExportGraph): TfjsArtifacts {
  const plan = planKerasLayers(graph);
  const layers = plan.isChain
    ? plan.layers.map((layer, i) => layerJson(layer, i === 0 ? { batch_input_shape: [null, graph.inputSize] } : {}))
    : [inputLayerJson(plan.inputName, graph.inputSize), ...plan.layers.map(functionalLayerJson)];
  const weights = plan.layers.flatMap((layer) =>
    layer.form.weights.map((weight) => namedWeight(`${layer.name}/${weight.name}`, formatTensor(layer.tensors, weight))),
  );
  const [modelName] = kerasLayerNames([graph.name]);
  const config = plan.isChain
    ? { name: modelName!, layers }
    : { name: modelName!, layers, input_layers: [tensorRef(plan.inputName)], output_layers: [tensorRef(plan.outputName)] };
  return {
    modelJson: {
      format: 'layers-model',
      generatedBy: 'Netloom',
      convertedBy: null,
      modelTopology: {
        class_name: plan.isChain ? 'Sequential' : 'Model',
        config,
        // The tfjs-layers release whose model.json layout this mirrors.
        keras_version: 'tfjs-layers 4.22.0',
        backend: 'tensor_flow.js',
      },
      weightsManifest: [{ paths: [TFJS_WEIGHTS_FILE], weights: weights.map((w) => w.spec) }],
      userDefinedMetadata: {
        netloom: {
          name: graph.name,
          inputId: graph.inputId,
          loss: graph.loss,
          layerNodeIds: Object.fromEntries(plan.layers.map((layer) => [layer.name, layer.nodeIds])),
          ...netloomParams(graph),
        },
      },
    },
    weightData: concatBytes(weights.map((w) => w.values)),
  };
}

/** `{nodeParams}` for the nodes that have params no format holds (a dense node's `init`), or nothing. */
function netloomParams(graph: ExportGraph): { nodeParams?: Record<string, Record<string, unknown>> } {
  const entries = graph.ops.flatMap(({ node, forms }) => {
    const kept = (forms.netloomParams ?? []).filter((key) => node.params[key] !== undefined);
    return kept.length === 0 ? [] : [[node.nodeId, Object.fromEntries(kept.map((key) => [key, node.params[key]]))] as const];
  });
  return entries.length === 0 ? {} : { nodeParams: Object.fromEntries(entries) };
}

/** A layer's class and config: the form's fields after the ones every Keras layer has. */
function layerJson({ name, form }: KerasLayerPlan, extra: Record<string, unknown>): KerasLayerJson {
  return { class_name: form.className, config: { name, trainable: true, dtype: 'float32', ...extra, ...form.config } };
}

/** A functional model's layer also carries its name and its one call, on the layers it reads: `[[["d1", 0, 0, {}], …]]`. */
function functionalLayerJson(layer: KerasLayerPlan): KerasLayerJson {
  return {
    name: layer.name,
    ...layerJson(layer, {}),
    inbound_nodes: [layer.inbound.map((source) => [source, 0, 0, {}])],
  };
}

/** The first output of a layer's first call. */
function tensorRef(layer: string): KerasTensorRef {
  return [layer, 0, 0];
}

function inputLayerJson(name: string, inputSize: number): KerasLayerJson {
  return {
    name,
    class_name: 'InputLayer',
    config: { batch_input_shape: [null, inputSize], dtype: 'float32', sparse: false, name },
    inbound_nodes: [],
  };
}

interface NamedWeight {
  spec: TfjsWeightSpec;
  values: Float32Array;
}

function namedWeight(name: string, { shape, values }: LaidOutTensor): NamedWeight {
  return { spec: { name, shape: [...shape], dtype: 'float32' }, values };
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
