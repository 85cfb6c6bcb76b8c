import type { CompiledLayer, CompiledNetwork } from '../compiler/types.ts';
import type { ActivationFn, LossFn } from '../model/index.ts';

/** One dense layer of a stack, optionally followed by an activation. */
export interface StackLayer {
  units: number;
  fn?: ActivationFn;
  useBias?: boolean;
}

/**
 * A CompiledNetwork for input → (dense → activation?)* → loss, built without a model document:
 * what the engine's tests and the benchmark train. Node ids are dense1, act1, dense2, ...
 */
export function layerStack(inputSize: number, stack: StackLayer[], loss: LossFn): CompiledNetwork {
  const layers: CompiledLayer[] = [];
  const paramCounts: Record<string, number> = {};
  let width = inputSize;
  stack.forEach(({ units, fn, useBias = true }, i) => {
    const nodeId = `dense${i + 1}`;
    layers.push({ kind: 'dense', nodeId, inputSize: width, units, useBias });
    paramCounts[nodeId] = width * units + (useBias ? units : 0);
    if (fn) layers.push({ kind: 'activation', nodeId: `act${i + 1}`, fn, size: units });
    width = units;
  });
  const totalParams = Object.values(paramCounts).reduce((a, b) => a + b, 0);
  return { inputId: 'input', inputSize, layers, loss: { nodeId: 'loss', fn: loss }, outputSize: width, paramCounts, totalParams };
}
