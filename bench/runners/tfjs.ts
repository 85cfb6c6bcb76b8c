import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PreparedStep, System } from '../system.ts';
import { syntheticData, type Workload } from '../workloads.ts';

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
 * One SGD step of the same network in TensorFlow.js on the active backend: weights as
 * variables, the loss fused with its head (sigmoid/softmax cross-entropy on the logits), one
 * fixed batch (no gathering: an advantage for TensorFlow.js). Call `dispose` when done.
 */
function tfjsStep(workload: Workload, seed: number): PreparedStep {
  const { x, y, outputSize } = syntheticData(workload, workload.batchSize, seed);
  const xs = tf.tensor2d(x, [workload.batchSize, workload.inputSize]);
  const ys = tf.tensor2d(y, [workload.batchSize, outputSize]);
  let width = workload.inputSize;
  const layers = workload.layers.map(({ units, fn }) => {
    const kernel = tf.variable(tf.randomUniform([width, units], -0.1, 0.1, 'float32', seed));
    const bias = tf.variable(tf.zeros([units]));
    width = units;
    return { kernel, bias, fn };
  });
  const optimizer = tf.train.sgd(0.01);
  const last = layers.length - 1;
  const loss = (): tf.Scalar => {
    let h: tf.Tensor2D = xs;
    layers.forEach(({ kernel, bias, fn }, i) => {
      h = tf.add(tf.matMul(h, kernel), bias);
      if (i === last) return; // the loss applies the head itself
      if (fn === 'tanh') h = tf.tanh(h);
      else if (fn === 'sigmoid') h = tf.sigmoid(h);
      else if (fn === 'relu') h = tf.relu(h);
    });
    const cost = workload.loss === 'cross_entropy' ? tf.losses.softmaxCrossEntropy(ys, h) : tf.losses.sigmoidCrossEntropy(ys, h);
    return cost as tf.Scalar;
  };
  return {
    step: () => tf.tidy(() => void optimizer.minimize(loss)),
    dispose: () => {
      tf.dispose([xs, ys, ...layers.flatMap((l) => [l.kernel, l.bias])]);
      optimizer.dispose();
    },
  };
}
