import { modelNetwork, type Network } from '../engine/index.ts';
import { kernelsFromEnv } from './kernelsFromEnv.ts';
import { compileModelFile } from './modelFile.ts';

/**
 * The network a model file describes. Nodes without stored weights start from the model's
 * seed, as in the editor, so an untrained model gives the same numbers in both.
 */
export async function loadNetwork(file: string): Promise<Network> {
  // Compiling first reports an invalid graph as every command does (exit 1, node ids).
  const { model } = await compileModelFile(file);
  return modelNetwork(model, { kernels: kernelsFromEnv() });
}
