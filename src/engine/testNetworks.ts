import { compileOrThrow } from '../compiler/index.ts';
import { layerStack, type LossFn, type NetloomModel, type StackLayer } from '../model/index.ts';
import { createNetwork, type Network, type NetworkOptions } from './network.ts';

/** The engine's network for a model document (tests only). */
export function networkFor(model: NetloomModel, options: NetworkOptions): Network {
  return createNetwork(compileOrThrow(model), options);
}

/** input → (dense → activation?)* → loss, with ids input, dense1, act1, …, as a network (tests only). */
export function stackNetwork(inputSize: number, layers: readonly StackLayer[], loss: LossFn, options: NetworkOptions): Network {
  return networkFor(layerStack(inputSize, layers, loss), options);
}
