import { describe, expect, it } from 'vitest';
import type { OptimizerName } from '../model/index.ts';
import { planArenaBytes } from './arenaPlan.ts';
import type { Dataset } from './datasets/dataset.ts';
import { generateDataset } from './datasets/index.ts';
import type { KernelChoice } from './kernels/index.ts';
import { compileOrThrow } from '../compiler/index.ts';
import { layerStack } from '../model/index.ts';
import { createNetwork } from './network.ts';
import { createTrainer } from './trainer.ts';

/** Widths that are not multiples of 4, so every kernel's tails run inside a real network. */
const stack = () => compileOrThrow(layerStack(2, [{ units: 13, fn: 'relu' }, { units: 7, fn: 'tanh' }, { units: 3, fn: 'softmax' }], 'cross_entropy'));
const dataset = generateDataset('spiral3', { seed: 4, outputSize: 3 });

function trainer(kernels: KernelChoice, optimizer: OptimizerName, batchSize = 16) {
  const network = createNetwork(stack(), { seed: 4, kernels, batchCapacity: batchSize });
  return createTrainer(network, dataset, { optimizer, lr: 0.02, batchSize, l2: 0 }, 4);
}

function losses(kernels: KernelChoice, optimizer: OptimizerName, steps: number, batchSize?: number): number[] {
  const t = trainer(kernels, optimizer, batchSize);
  return Array.from({ length: steps }, () => t.step().loss);
}

function largestRelativeDifference(a: number[], b: number[]): number {
  return Math.max(...a.map((value, i) => Math.abs(value - b[i]!) / Math.abs(b[i]!)));
}

describe('a network on the WebAssembly kernels', () => {
  it.each(['sgd', 'momentum', 'adam'] as const)('trains as on the JavaScript kernels with %s, within float32 rounding', (optimizer) => {
    const wasm = losses('wasm', optimizer, 60);
    const js = losses('js', optimizer, 60);
    expect(largestRelativeDifference(wasm, js)).toBeLessThan(1e-4);
    expect(wasm.at(-1)).toBeLessThan(wasm[0]!);
  });

  it('keeps every buffer in its arena, and neither a step nor an evaluation allocates there', () => {
    const t = trainer('wasm', 'adam');
    const arena = t.network.backend.arena!;
    // The first evaluation grows the batch buffers to its 256-row chunks, once.
    t.step();
    t.evaluate('test');
    const used = arena.used;
    for (let i = 0; i < 50; i++) t.step();
    t.evaluate('test');
    expect(arena.used).toBe(used);
    expect(arena.overflowAllocations).toBe(0);
  });

  it('gives an old optimizer state and a smaller batch buffer back when they are replaced', () => {
    const t = trainer('wasm', 'adam');
    const arena = t.network.backend.arena!;
    t.step();
    const used = arena.used;
    t.setHyperparameters({ optimizer: 'sgd' });
    t.setHyperparameters({ optimizer: 'adam' });
    t.setHyperparameters({ batchSize: 32 });
    t.setHyperparameters({ batchSize: 16 });
    t.step();
    // Adam's state again, and the batch buffers now sized for 32 rows (they never shrink).
    const batchGrowth = 16 * (2 + 3) * 4;
    expect(arena.used).toBeLessThanOrEqual(used + batchGrowth + 2 * 64);
  });

  it('plans enough for every buffer a large network and Adam allocate at the planned batch', () => {
    const compiled = compileOrThrow(layerStack(256, [{ units: 512, fn: 'relu' }, { units: 512, fn: 'relu' }, { units: 10, fn: 'softmax' }], 'cross_entropy'));
    const rows = 300;
    const x = new Float32Array(rows * 256).fill(0.01);
    const y = new Float32Array(rows * 10).map((_, i) => (i % 10 === 0 ? 1 : 0));
    const split = { x, y, count: rows };
    const wide: Dataset = { ...dataset, inputSize: 256, outputSize: 10, train: split, test: split };
    const network = createNetwork(compiled, { seed: 1, kernels: 'wasm', batchCapacity: rows });
    const t = createTrainer(network, wide, { optimizer: 'adam', lr: 0.001, batchSize: rows, l2: 0 }, 1);
    t.step();
    t.evaluate('test');
    const arena = network.backend.arena!;
    expect(arena.overflowAllocations).toBe(0);
    expect(arena.used).toBeLessThanOrEqual(planArenaBytes(compiled, rows));
  });

  it('trains a batch larger than it was planned for', () => {
    const wasm = losses('wasm', 'sgd', 3, 300);
    expect(largestRelativeDifference(wasm, losses('js', 'sgd', 3, 300))).toBeLessThan(1e-5);
  });
});
