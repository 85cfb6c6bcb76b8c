import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CompiledOp } from '../../src/compiler/index.ts';
import type { PreparedStep, System } from '../system.ts';
import { syntheticData, workloadNetwork, type Workload } from '../workloads.ts';

// In Node the wasm backend reads its binaries from the package's dist folder.
setWasmPaths(`${path.dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'))}${path.sep}`);

/** TensorFlow.js on one backend: `cpu` (plain JavaScript) or `wasm` (XNNPACK, SIMD). */
export function tfjs(backend: 'cpu' | 'wasm'): System {
  return {
    name: `tfjs-${backend}`,
    activate: async () => {
      if (!(await tf.setBackend(backend))) throw new Error(`TensorFlow.js backend ${backend} is not available`);
      await tf.ready();
    },
    prepare: tfjsStep,
  };
}

/**
 * One SGD step of the same network in TensorFlow.js on the active backend: the workload's op
 * graph written as a functional computation (weights as variables, Add as `tf.addN`), the loss
 * fused with its head (sigmoid/softmax cross-entropy on the logits), one fixed batch (no
 * gathering: an advantage for TensorFlow.js). Call `dispose` when done.
 */
function tfjsStep(workload: Workload, seed: number): PreparedStep {
  const network = workloadNetwork(workload);
  const { x, y, inputSize, outputSize } = syntheticData(workload, workload.batchSize, seed);
  const xs = tf.tensor2d(x, [workload.batchSize, inputSize]);
  const ys = tf.tensor2d(y, [workload.batchSize, outputSize]);
  const variables = new Map<string, { kernel: tf.Variable; bias: tf.Variable }>();
  for (const op of network.ops) {
    if (op.node.type !== 'dense') continue;
    const kernel = tf.variable(tf.randomUniform([op.inputWidths[0]!, op.width], -0.1, 0.1, 'float32', seed));
    variables.set(op.nodeId, { kernel, bias: tf.variable(tf.zeros([op.width])) });
  }
  // The head activation is left to the loss, which takes the logits.
  const ops = network.ops.slice(0, -1);
  const logitsId = network.ops.at(-1)!.inputs[0]!;
  const optimizer = tf.train.sgd(0.01);
  const loss = (): tf.Scalar => {
    const values = new Map<string, tf.Tensor2D>([[network.inputId, xs]]);
    for (const op of ops) values.set(op.nodeId, apply(op, op.inputs.map((id) => values.get(id)!), variables));
    const logits = values.get(logitsId)!;
    const cost = network.loss.fn === 'cross_entropy' ? tf.losses.softmaxCrossEntropy(ys, logits) : tf.losses.sigmoidCrossEntropy(ys, logits);
    return cost as tf.Scalar;
  };
  return {
    step: () => tf.tidy(() => void optimizer.minimize(loss)),
    dispose: () => {
      tf.dispose([xs, ys, ...[...variables.values()].flatMap((v) => [v.kernel, v.bias])]);
      optimizer.dispose();
    },
  };
}

/** One op of the graph in TensorFlow.js, for the kinds the workloads use. */
function apply(op: CompiledOp, inputs: tf.Tensor2D[], variables: Map<string, { kernel: tf.Variable; bias: tf.Variable }>): tf.Tensor2D {
  switch (op.node.type) {
    case 'dense': {
      const { kernel, bias } = variables.get(op.nodeId)!;
      return tf.add(tf.matMul(inputs[0]!, kernel as tf.Variable<tf.Rank.R2>), bias);
    }
    case 'activation': {
      const fn = op.node.params.fn;
      if (fn === 'tanh') return tf.tanh(inputs[0]!);
      if (fn === 'sigmoid') return tf.sigmoid(inputs[0]!);
      if (fn === 'relu') return tf.relu(inputs[0]!);
      throw new Error(`the benchmark's TF.js runner has no ${fn} activation`);
    }
    case 'add':
      return tf.addN(inputs);
    case 'concatenate':
      return tf.concat(inputs, 1);
    default:
      throw new Error(`the benchmark’s TF.js runner has no ${(op.node as { type: string }).type} op`);
  }
}
