import * as tf from '@tensorflow/tfjs';
import type { NetloomModel } from '../../model/index.ts';
import { exportTfjs } from '../index.ts';
import type { TfjsModelJson } from './format.ts';

/** Test helper: a Netloom export as it reads back from disk, model.json through JSON, the weights as bytes. */
export function exported(model: NetloomModel): { modelJson: TfjsModelJson; weightData: Uint8Array } {
  const { modelJson, weightData } = exportTfjs(model);
  return { modelJson: JSON.parse(JSON.stringify(modelJson)) as TfjsModelJson, weightData };
}

/** Test helper: model.json and weights as TF.js itself saves `model`, with no Netloom metadata. */
export async function savedByTfjs(model: tf.LayersModel): Promise<{ modelJson: Record<string, unknown>; weightData: Uint8Array }> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  const { modelTopology, weightSpecs, weightData } = saved!;
  return {
    modelJson: { format: 'layers-model', modelTopology, weightsManifest: [{ paths: ['weights.bin'], weights: weightSpecs }] },
    weightData: new Uint8Array(weightData as ArrayBuffer),
  };
}
