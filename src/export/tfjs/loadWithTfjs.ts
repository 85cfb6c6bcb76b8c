import * as tf from '@tensorflow/tfjs';
import type { TfjsArtifacts } from './format.ts';

/**
 * No absolute slack is needed when comparing with TF.js: its CPU kernels compute activations
 * in full precision, so the outputs agree to 1e-5 relative even in sigmoid's far tail.
 */
export const TFJS_ABSOLUTE_TOLERANCE = 0;

/** Test helper: loads an export the way tf.loadLayersModel reads a model.json and its weight file from disk. */
export async function loadWithTfjs({ modelJson, weightData }: TfjsArtifacts): Promise<tf.LayersModel> {
  const json = JSON.parse(JSON.stringify(modelJson)) as tf.io.ModelJSON;
  const artifacts = await tf.io.getModelArtifactsForJSON(json, async (manifest) => [
    manifest.flatMap((group) => group.weights),
    weightData.slice().buffer,
  ]);
  return tf.loadLayersModel(tf.io.fromMemory(artifacts));
}

/** Test helper: the loaded model's outputs for `rows` rows of `x`, flattened. */
export function predictWithTfjs(model: tf.LayersModel, x: Float32Array, rows: number): Float32Array {
  return tf.tidy(() => (model.predict(tf.tensor2d(x, [rows, x.length / rows])) as tf.Tensor).dataSync() as Float32Array);
}
