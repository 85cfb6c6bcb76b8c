import { describe, expect, it } from 'vitest';
import { xorTemplate } from '../model/index.ts';
import { initFor } from './initMessage.testkit.ts';
import { isFromWorker, isToWorker, unhandledMessage, type FromWorker, type ToWorker } from './protocol.ts';

const toWorker: ToWorker[] = [
  initFor(xorTemplate()),
  { type: 'play' },
  { type: 'pause' },
  { type: 'step' },
  { type: 'stepEpoch' },
  { type: 'reset', session: 2 },
  { type: 'setHyperparameters', hyperparameters: { lr: 0.001 } },
  { type: 'debugCrash' },
];

const grid = Float32Array.from({ length: 4 }, (_, i) => i / 4);
const fromWorker: FromWorker[] = [
  { type: 'ready', session: 1, denseIds: ['dense1', 'dense2'], stepsPerEpoch: 20 },
  {
    type: 'metrics',
    session: 1,
    points: [{ step: 10, epoch: 0.5, loss: 0.3, accuracy: 0.9, testLoss: 0.4, testAccuracy: 0.85 }],
    gradients: [{ step: 10, norms: [0.01, 0.2] }],
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
  { type: 'weights', session: 1, weights: { dense1: { kernel: [[1, 2]], bias: [0] } } },
  { type: 'status', session: 1, status: 'running' },
  { type: 'diverged', session: 1, step: 312, epoch: 16, message: 'Loss became NaN at step 312 — try a lower learning rate' },
  { type: 'error', message: 'No network is loaded in the training worker.' },
];

/** Names every message type in a switch; TypeScript fails the build here if one is missing. */
function describeToWorker(message: ToWorker): string {
  switch (message.type) {
    case 'init':
    case 'play':
    case 'pause':
    case 'step':
    case 'stepEpoch':
    case 'reset':
    case 'setHyperparameters':
    case 'setEpochs':
    case 'debugCrash':
      return message.type;
    default:
      return unhandledMessage(message);
  }
}

describe('training protocol', () => {
  it('survives postMessage’s structured clone unchanged, typed arrays included', () => {
    for (const message of [...toWorker, ...fromWorker]) expect(structuredClone(message)).toEqual(message);
  });

  it('recognises each side’s messages and nothing else', () => {
    expect(toWorker.every(isToWorker)).toBe(true);
    expect(fromWorker.every(isFromWorker)).toBe(true);
    expect(toWorker.some(isFromWorker)).toBe(false);
    expect(fromWorker.some(isToWorker)).toBe(false);
    for (const junk of [null, undefined, 42, 'play', {}, { type: 'toString' }, { type: 3 }]) {
      expect(isToWorker(junk)).toBe(false);
      expect(isFromWorker(junk)).toBe(false);
    }
  });

  it('switches over every message type, and refuses one it does not know at run time', () => {
    expect(toWorker.map(describeToWorker)).toEqual(toWorker.map((m) => m.type));
    expect(() => unhandledMessage({ type: 'teleport' } as never)).toThrow(/teleport/);
  });
});
