import { xorTemplate } from '../model/index.ts';
import { initFor } from './initMessage.testkit.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** One message of every type, each way (tests only): the protocol's fixtures. */
export const toWorker: ToWorker[] = [
  initFor(xorTemplate()),
  { type: 'play' },
  { type: 'pause' },
  { type: 'step' },
  { type: 'stepEpoch' },
  { type: 'reset', session: 2 },
  { type: 'setHyperparameters', hyperparameters: { lr: 0.001 } },
  { type: 'setEpochs', epochs: 50 },
  { type: 'setStatistics', on: false },
  { type: 'inspect', nodeId: 'dense1' },
  { type: 'setSpeed', stepsPerSecond: 5 },
  { type: 'debugCrash' },
];

const grid = Float32Array.from({ length: 4 }, (_, i) => i / 4);
export const fromWorker: FromWorker[] = [
  { type: 'ready', session: 1, denseIds: ['dense1', 'dense2'], activations: [{ id: 'act1', fn: 'tanh' }], stepsPerEpoch: 20 },
  {
    type: 'metrics',
    session: 1,
    points: [{ step: 10, epoch: 0.5, loss: 0.3, accuracy: 0.9, testLoss: 0.4, testAccuracy: 0.85 }],
    gradients: [{ step: 10, norms: [0.01, 0.2] }],
    probes: [
      {
        step: 10,
        updateRatios: [1e-4, 1e-3],
        activationStats: [{ mean: 0.1, std: 0.5, saturated: 0.02, dead: null }],
        quantiles: { weights: [[-1, -0.5, 0, 0.5, 1, 1, 1, 1, 1]], gradients: [[0, 0, 0, 0, 0, 0, 0, 0, 0]], activations: [[]] },
      },
    ],
    stats: { epoch: 0, step: 10, samplesPerSecond: 12_000, targetEpochs: 200 },
  },
  {
    type: 'boundary',
    session: 1,
    snapshot: {
      resolution: 2,
      extent: { xMin: -1, xMax: 1, yMin: -1, yMax: 1 },
      values: grid,
      classes: 2,
      train: { xy: Float32Array.of(0.5, 0.5), labels: Float32Array.of(1) },
      test: { xy: Float32Array.of(-0.5, 0.5), labels: Float32Array.of(0) },
    },
  },
  {
    type: 'inspection',
    session: 1,
    inspection: { kind: 'dense', nodeId: 'dense1', step: 10, kernel: Float32Array.of(1, 2), units: 1, inputs: 2, bias: Float32Array.of(0) },
  },
  { type: 'weights', session: 1, tensors: [{ nodeId: 'dense1', name: 'kernel', shape: [1, 2], values: Float32Array.of(1, 2) }] },
  { type: 'status', session: 1, status: 'running' },
  { type: 'diverged', session: 1, step: 312, epoch: 16, message: 'Loss became NaN at step 312 (epoch 16) — try a lower learning rate' },
  { type: 'error', message: 'No network is loaded in the training worker.' },
];
