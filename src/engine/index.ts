/**
 * The training engine: a compiled layer stack on Float32Array buffers, seeded datasets and a
 * mini-batch trainer. Runs unchanged in Node (tests, CLI, benchmark) and in a Web Worker.
 */

/** A seeded random source: `uniform()` in [0, 1), `normal()`, `int(n)` in [0, n). */
export { createRng } from './rng.ts';
export type { Rng } from './rng.ts';

/** Buffer precision: float32 to train, float64 for gradient checks. */
export type { Dtype, FloatArray } from './tensor.ts';

/** `createNetwork(compiled, {seed, dtype?})`: predict, lossOn, score, lossAndGradients, weights. */
export { createNetwork } from './network.ts';
export type { Network, NetworkOptions, Score } from './network.ts';

/** `createTrainer(network, dataset, hyperparameters, seed)`: step, evaluate, setHyperparameters. */
export { createTrainer, TrainingDivergedError } from './trainer.ts';
export type { Trainer, Hyperparameters, StepMetrics, Evaluation } from './trainer.ts';

/** The optimizers' fixed constants, for display. */
export { MOMENTUM, ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON } from './optimizers.ts';

/** `generateDataset(name, {seed, outputSize, noise?, trainFraction?, samples?})` and heatmap grids. */
export { generateDataset, createGrid, DEFAULT_SAMPLES, DEFAULT_TRAIN_FRACTION } from './datasets/index.ts';
export type { DatasetOptions } from './datasets/index.ts';
export type { Dataset, DatasetSplit } from './datasets/dataset.ts';
