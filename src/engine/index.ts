/**
 * The training engine: a compiled op graph on Float32Array buffers, seeded datasets and a
 * mini-batch trainer. Runs unchanged in Node (tests, CLI, benchmark) and in a Web Worker.
 */

/** A seeded random source: `uniform()` in [0, 1), `normal()`, `int(n)` in [0, n); `shuffleInPlace`. */
export { createRng, shuffleInPlace } from './rng.ts';
/** What `createRng` returns. */
export type { Rng, RandomStream } from './rng.ts';

/** Buffer precision: float32 to train, float64 for gradient checks. */
export type { Dtype, FloatArray } from './tensor.ts';
/** `toStoredTensor(values, shape)`: a flat row-major buffer as the model stores it (a list, or rows). */
export { toStoredTensor } from './tensor.ts';
/** `argmax(values, start, width)`: the index of a row's largest value. */
export { argmax } from './rows.ts';

/**
 * The one wiring of a run: `setUpTraining(model, plan)` compiles, generates the data, builds the
 * network and its trainer; `modelNetwork(model)` is the network alone; `planTraining(training)`
 * groups a model's settings (defaults filled in); `sameData` compares data settings.
 */
export { setUpTraining, modelNetwork, planTraining, sameData } from './setup.ts';
/** `TrainingSetup`: compiled, dataset, network, trainer. `TrainingPlan`: data, hyperparameters, epochs. `DataSettings`: what the data depends on. */
export type { TrainingSetup, TrainingPlan, DataSettings } from './setup.ts';

/** `createNetwork(compiled, {seed, dtype?, kernels?, batchCapacity?})`: predict, lossOn, score, computeGradients, lossAndGradients, weights. */
export { createNetwork } from './network.ts';
/** `Network`: the built op graph and its buffers; `NetworkOptions`: seed, dtype, kernels, batch capacity; `Score`: loss and accuracy over rows. */
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
/** A training batch with fewer rows than a node needs (BatchNorm: 2), naming the node. */
export { BatchTooSmallError } from './batchTooSmall.ts';
/**
 * `Hyperparameters`: optimizer, lr, batch size, L2. `StepMetrics`: step, epoch, loss and per-dense-node
 * kernel gradient norms of one step. `SplitScore`: loss and accuracy (null for regression) of a split.
 */
export type { Trainer, Hyperparameters, StepMetrics, SplitScore, StepObserver } from './trainer.ts';

/**
 * `new NetworkProbe(network, compiled, {every})`, attached with `trainer.observe(probe)`: update
 * ratios, activation mean/std/saturation/dead units and weight, gradient and activation
 * quantiles; `report()` returns what it saw since the last report.
 */
export { NetworkProbe, updateRatio } from './probe/networkProbe.ts';
/** `ProbeReport`: one report; `ProbeQuantiles`: its distributions; `ProbeOptions`: the sampling interval. */
export type { ProbeReport, ProbeQuantiles, ProbeOptions } from './probe/networkProbe.ts';
/** `ActivationStats`: mean, std, saturated, dead of one activation node. Thresholds of saturation. */
export type { ActivationStats } from './probe/activationStats.ts';
export { TANH_SATURATION, SIGMOID_SATURATION } from './probe/activationStats.ts';
/** The levels of a distribution band (TensorBoard's), and `quantilesOf(sample, count)`. */
export { QUANTILE_LEVELS } from './probe/quantiles.ts';
/** `histogramOf(values, bins)`: counts in equal bins over the values' range. */
export { histogramOf } from './probe/histogram.ts';
export type { Histogram } from './probe/histogram.ts';

/** `generateDataset(name, {seed, outputSize, noise?, trainFraction?, samples?})` and heatmap grids. */
export { generateDataset, createGrid } from './datasets/index.ts';
/** The options of `generateDataset`. */
export type { DatasetOptions } from './datasets/index.ts';
/** `Dataset`: train and test splits with their widths; `DatasetSplit`: batch-major `x`, `y` and a row count. */
export type { Dataset, DatasetSplit } from './datasets/dataset.ts';
