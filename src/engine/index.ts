/**
 * The training engine: a compiled layer stack on Float32Array buffers, seeded datasets and a
 * mini-batch trainer. Runs unchanged in Node (tests, CLI, benchmark) and in a Web Worker.
 */

/** A seeded random source: `uniform()` in [0, 1), `normal()`, `int(n)` in [0, n). */
export { createRng } from './rng.ts';
/** What `createRng` returns. */
export type { Rng, RandomStream } from './rng.ts';

/** Buffer precision: float32 to train, float64 for gradient checks. */
export type { Dtype, FloatArray } from './tensor.ts';

/** `createNetwork(compiled, {seed, dtype?, kernels?, batchCapacity?})`: predict, lossOn, score, lossAndGradients, weights. */
export { createNetwork } from './network.ts';
/** `Network`: the built stack and its buffers; `NetworkOptions`: seed, dtype, kernels, batch capacity; `Score`: loss and accuracy over rows. */
export type { Network, NetworkOptions, Score } from './network.ts';

/**
 * The kernel seam: `KernelChoice` (auto, js, wasm) for `NetworkOptions.kernels`, read from
 * `NETLOOM_KERNELS` by `parseKernelChoice`; `KernelName` says which kernels a network runs on
 * (`network.backend.kernels.name`).
 */
export { parseKernelChoice, KERNEL_CHOICES } from './kernels/index.ts';
export type { KernelChoice, KernelName } from './kernels/index.ts';

/** `createTrainer(network, dataset, hyperparameters, seed)`: step, evaluate, setHyperparameters. */
export { createTrainer, describeDivergedLoss, TrainingDivergedError } from './trainer.ts';
/**
 * `Hyperparameters`: optimizer, lr, batch size, L2. `StepMetrics`: step, epoch, loss and per-dense-node
 * kernel gradient norms of one step. `Evaluation`: loss and accuracy (null for regression) of a split.
 */
export type { Trainer, Hyperparameters, StepMetrics, Evaluation } from './trainer.ts';

/** `generateDataset(name, {seed, outputSize, noise?, trainFraction?, samples?})` and heatmap grids. */
export { generateDataset, createGrid } from './datasets/index.ts';
/** The options of `generateDataset`. */
export type { DatasetOptions } from './datasets/index.ts';
/** `Dataset`: train and test splits with their widths; `DatasetSplit`: batch-major `x`, `y` and a row count. */
export type { Dataset, DatasetSplit } from './datasets/dataset.ts';
