import type { LossFn } from '../../model/index.ts';

/** File names as `tf.LayersModel.save` writes them; model.json points at the weights file by this name. */
export const TFJS_MODEL_FILE = 'model.json';
export const TFJS_WEIGHTS_FILE = 'group1-shard1of1.bin';

/** Keras' name for the identity: the activation of a layer that applies none. */
export const KERAS_IDENTITY = 'linear';

/** One layer of a Keras topology: `{"class_name": "Dense", "config": {...}}`. */
export interface KerasLayerJson {
  class_name: string;
  config: Record<string, unknown>;
  /** Functional models only: the layer's name and the calls that feed it. */
  name?: string;
  inbound_nodes?: unknown;
}

/** `[layer name, node index, tensor index]`: one tensor of a functional model, as `input_layers` and `output_layers` list them. */
export type KerasTensorRef = [string, number, number];

/** The layer's name as Keras spells it (top level in Functional models, in the config in Sequential ones), or its position. */
export function nameOfLayer(layer: KerasLayerJson, index: number): string {
  const name = layer.name ?? layer.config.name;
  return typeof name === 'string' ? name : `layer${index + 1}`;
}

export interface TfjsWeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32';
}

/**
 * Netloom's own facts that Keras has no field for, stored in model.json's
 * `userDefinedMetadata` (tf.LayersModel ignores it) so an export re-imports as the same graph.
 */
export interface NetloomMetadata {
  name: string;
  inputId: string;
  loss: { nodeId: string; fn: LossFn };
  /** For each Keras layer name, the Netloom node ids it stands for (a Dense with folded activation stands for two). */
  layerNodeIds: Record<string, string[]>;
  /** By node id, the params its kind keeps out of every format (`ExportForms.netloomParams`), where it has any. */
  nodeParams?: Record<string, Record<string, unknown>>;
}

/** The model.json of a TF.js Layers model, as tf.loadLayersModel reads it. */
export interface TfjsModelJson {
  format: 'layers-model';
  generatedBy: string;
  convertedBy: null;
  modelTopology: {
    /** A chain is written as a `Sequential`; any other graph as a functional `Model`. */
    class_name: 'Sequential' | 'Model';
    config: { name: string; layers: KerasLayerJson[]; input_layers?: KerasTensorRef[]; output_layers?: KerasTensorRef[] };
    keras_version: string;
    backend: string;
  };
  weightsManifest: { paths: string[]; weights: TfjsWeightSpec[] }[];
  userDefinedMetadata: { netloom: NetloomMetadata };
}

/** model.json plus the bytes of its single weights file. */
export interface TfjsArtifacts {
  modelJson: TfjsModelJson;
  weightData: Uint8Array;
}
