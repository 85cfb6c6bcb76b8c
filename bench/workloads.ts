import type { CompiledNetwork } from '../src/compiler/types.ts';
import { createRng } from '../src/engine/index.ts';
import { layerStack, type StackLayer } from '../src/engine/layerStack.ts';
import type { LossFn } from '../src/model/index.ts';

/** One benchmark network: a dense stack trained with plain SGD in float32. */
export interface Workload {
  id: string;
  description: string;
  inputSize: number;
  layers: StackLayer[];
  loss: LossFn;
  batchSize: number;
  /** The speed-ups over each TensorFlow.js backend this engine should reach (issue §6, and issue 11 for SIMD). */
  target: { 'tfjs-cpu': number; 'tfjs-wasm'?: number };
}

const repeat = (count: number, layer: StackLayer) => Array.from({ length: count }, () => layer);

export const WORKLOADS: Workload[] = [
  {
    id: 'W1',
    description: '2-8-8-1 tanh, batch 10',
    inputSize: 2,
    layers: [{ units: 8, fn: 'tanh' }, { units: 8, fn: 'tanh' }, { units: 1, fn: 'sigmoid' }],
    loss: 'binary_cross_entropy',
    batchSize: 10,
    target: { 'tfjs-cpu': 40, 'tfjs-wasm': 1.5 },
  },
  {
    id: 'W2',
    description: '2→10×32 sigmoid→1, batch 32',
    inputSize: 2,
    layers: [...repeat(10, { units: 32, fn: 'sigmoid' }), { units: 1, fn: 'sigmoid' }],
    loss: 'binary_cross_entropy',
    batchSize: 32,
    target: { 'tfjs-cpu': 3, 'tfjs-wasm': 2.5 },
  },
  {
    id: 'W3',
    description: '784-128-64-10 relu/softmax, batch 64',
    inputSize: 784,
    layers: [{ units: 128, fn: 'relu' }, { units: 64, fn: 'relu' }, { units: 10, fn: 'softmax' }],
    loss: 'cross_entropy',
    batchSize: 64,
    target: { 'tfjs-cpu': 1, 'tfjs-wasm': 2 },
  },
  {
    id: 'W4',
    description: '256-512-512-10 relu/softmax, batch 128',
    inputSize: 256,
    layers: [{ units: 512, fn: 'relu' }, { units: 512, fn: 'relu' }, { units: 10, fn: 'softmax' }],
    loss: 'cross_entropy',
    batchSize: 128,
    target: { 'tfjs-cpu': 1, 'tfjs-wasm': 2 },
  },
];

export function workloadNetwork(workload: Workload): CompiledNetwork {
  return layerStack(workload.inputSize, workload.layers, workload.loss);
}

/** Trainable parameters (weights and biases). */
export function parameterCount(workload: Workload): number {
  return workloadNetwork(workload).totalParams;
}

/**
 * Floating-point operations of one training sample in the dense products: 2 per weight for the
 * forward product, 2 for the kernel gradient and 2 for the input gradient, which the first
 * layer does not need (its input is the data). Activations, loss, bias and update are left out.
 */
export function flopsPerSample(workload: Workload): number {
  let flops = 0;
  workloadNetwork(workload).layers.forEach((layer, i) => {
    if (layer.kind === 'dense') flops += (i === 0 ? 4 : 6) * layer.inputSize * layer.units;
  });
  return flops;
}

/** Random normal inputs and random class targets (a 0/1 column or one-hot rows), batch-major. */
export function syntheticData(workload: Workload, rows: number, seed: number): { x: Float32Array; y: Float32Array; outputSize: number } {
  const rng = createRng(seed, 'data');
  const { outputSize } = workloadNetwork(workload);
  const x = Float32Array.from({ length: rows * workload.inputSize }, () => rng.normal());
  const y = new Float32Array(rows * outputSize);
  for (let r = 0; r < rows; r++) {
    if (outputSize === 1) y[r] = rng.int(2);
    else y[r * outputSize + rng.int(outputSize)] = 1;
  }
  return { x, y, outputSize };
}
