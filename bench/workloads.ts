import { compileOrThrow, type CompiledNetwork } from '../src/compiler/index.ts';
import { createRng } from '../src/engine/index.ts';
import { layerStack, type ModelEdge, type ModelNode, type NetloomModel, type StackLayer } from '../src/model/index.ts';

/** One benchmark network, a model document like any other, trained with plain SGD in float32. */
export interface Workload {
  id: string;
  description: string;
  model: NetloomModel;
  batchSize: number;
  /**
   * Standard deviation of the synthetic inputs (default 1). Identity skips add up: eight
   * residual ReLU blocks grow the signal ~16-fold, and unit inputs would start the loss past
   * the divergence ceiling.
   */
  inputScale?: number;
  /** The speed-ups over each TensorFlow.js backend this engine should reach (issues 3, 11 and 16; 11 for SIMD). */
  target: { 'tfjs-cpu': number; 'tfjs-wasm'?: number };
}

const repeat = (count: number, layer: StackLayer) => Array.from({ length: count }, () => layer);

/**
 * input(32) → dense 64 + relu, then `blocks` residual blocks (dense 64 + relu, added to the
 * block's input by an identity skip), → dense 10 + softmax: a residual MLP (He et al. 2016).
 */
export function residualMlp(blocks: number): NetloomModel {
  const nodes: ModelNode[] = [
    { id: 'input', type: 'input', params: { size: 32 } },
    { id: 'stem', type: 'dense', params: { units: 64 } },
    { id: 'stem_relu', type: 'activation', params: { fn: 'relu' } },
  ];
  const edges: ModelEdge[] = [
    { source: 'input', target: 'stem' },
    { source: 'stem', target: 'stem_relu' },
  ];
  let previous = 'stem_relu';
  for (let b = 1; b <= blocks; b++) {
    nodes.push(
      { id: `dense${b}`, type: 'dense', params: { units: 64 } },
      { id: `relu${b}`, type: 'activation', params: { fn: 'relu' } },
      { id: `skip${b}`, type: 'add', params: { inputs: 2 } },
    );
    edges.push(
      { source: previous, target: `dense${b}` },
      { source: `dense${b}`, target: `relu${b}` },
      { source: `relu${b}`, target: `skip${b}` },
      { source: previous, target: `skip${b}` },
    );
    previous = `skip${b}`;
  }
  nodes.push(
    { id: 'head', type: 'dense', params: { units: 10 } },
    { id: 'softmax', type: 'activation', params: { fn: 'softmax' } },
    { id: 'loss', type: 'loss', params: { fn: 'cross_entropy' } },
  );
  edges.push({ source: previous, target: 'head' }, { source: 'head', target: 'softmax' }, { source: 'softmax', target: 'loss' });
  return { format: 'netloom', version: 1, name: `residual-mlp-${blocks}`, nodes, edges };
}

export const WORKLOADS: Workload[] = [
  {
    id: 'W1',
    description: '2-8-8-1 tanh, batch 10',
    model: layerStack(2, [{ units: 8, fn: 'tanh' }, { units: 8, fn: 'tanh' }, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy'),
    batchSize: 10,
    target: { 'tfjs-cpu': 40, 'tfjs-wasm': 1.5 },
  },
  {
    id: 'W2',
    description: '2→10×32 sigmoid→1, batch 32',
    model: layerStack(2, [...repeat(10, { units: 32, fn: 'sigmoid' }), { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy'),
    batchSize: 32,
    target: { 'tfjs-cpu': 3, 'tfjs-wasm': 2.5 },
  },
  {
    id: 'W3',
    description: '784-128-64-10 relu/softmax, batch 64',
    model: layerStack(784, [{ units: 128, fn: 'relu' }, { units: 64, fn: 'relu' }, { units: 10, fn: 'softmax' }], 'cross_entropy'),
    batchSize: 64,
    target: { 'tfjs-cpu': 1, 'tfjs-wasm': 2 },
  },
  {
    id: 'W4',
    description: '256-512-512-10 relu/softmax, batch 128',
    model: layerStack(256, [{ units: 512, fn: 'relu' }, { units: 512, fn: 'relu' }, { units: 10, fn: 'softmax' }], 'cross_entropy'),
    batchSize: 128,
    target: { 'tfjs-cpu': 1, 'tfjs-wasm': 2 },
  },
  {
    id: 'W5',
    description: '32→8 residual blocks of 64 relu→10, batch 64',
    model: residualMlp(8),
    batchSize: 64,
    inputScale: 0.1,
    target: { 'tfjs-cpu': 1 },
  },
];

export function workloadNetwork(workload: Workload): CompiledNetwork {
  return compileOrThrow(workload.model);
}

/** Trainable parameters (weights and biases). */
export function parameterCount(workload: Workload): number {
  return workloadNetwork(workload).totalParams;
}

/**
 * Floating-point operations of one training sample in the dense products: 2 per weight for the
 * forward product, 2 for the kernel gradient and 2 for the input gradient, which a layer reading
 * the input does not need (its input is the data). Activations, loss, bias and update are left out.
 */
export function flopsPerSample(workload: Workload): number {
  const network = workloadNetwork(workload);
  let flops = 0;
  for (const op of network.ops) {
    if (op.node.type !== 'dense') continue;
    const readsData = op.inputs[0] === network.inputId;
    flops += (readsData ? 4 : 6) * op.inputWidths[0]! * op.width;
  }
  return flops;
}

/** Random normal inputs and random class targets (a 0/1 column or one-hot rows), batch-major. */
export function syntheticData(workload: Workload, rows: number, seed: number): { x: Float32Array; y: Float32Array; inputSize: number; outputSize: number } {
  const rng = createRng(seed, 'data');
  const { inputSize, outputSize } = workloadNetwork(workload);
  const scale = workload.inputScale ?? 1;
  const x = Float32Array.from({ length: rows * inputSize }, () => scale * rng.normal());
  const y = new Float32Array(rows * outputSize);
  for (let r = 0; r < rows; r++) {
    if (outputSize === 1) y[r] = rng.int(2);
    else y[r * outputSize + rng.int(outputSize)] = 1;
  }
  return { x, y, inputSize, outputSize };
}
