import { createNetwork, type Network } from '../engine/index.ts';
import { withTrainingDefaults } from '../model/index.ts';
import { kernelsFromEnv } from './kernelsFromEnv.ts';
import { compileModelFile } from './modelFile.ts';

/**
 * The network a model file describes. Dense layers without stored weights start from the
 * model's seed, as in the editor, so an untrained model gives the same numbers in both.
 */
export async function loadNetwork(file: string): Promise<Network> {
  const { model, network } = await compileModelFile(file);
  return createNetwork(network, { seed: withTrainingDefaults(model.training).seed, kernels: kernelsFromEnv() });
}
