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
/** `TensorSnapshot`: one tensor as flat values (what the worker posts); `storedWeights` turns a list of them into the model's `weights`. */
export type { TensorSnapshot } from './tensor.ts';
export { storedWeights } from './tensor.ts';
/** `toStoredTensor(values, shape)`: a flat row-major buffer as the model stores it (a list, or rows). */
export { toStoredTensor } from './tensor.ts';
/** `argmax(values, start, width)`: the index of a row's largest value. */
export { argmax } from './rows.ts';

/**
 * The one wiring of a run: `setUpTraining(model, plan, {tables?})` resolves the data reference,
 * compiles against its shape, loads the rows, builds the network and its trainer; `modelNetwork(model)` is the network alone; `planTraining(training)`
 * groups a model's settings (defaults filled in); `sameData` compares data settings.
 */
export { setUpTraining, modelNetwork, planTraining, sameData } from './setup.ts';
/** `TrainingSetup`: compiled, dataset, network, trainer. `TrainingPlan`: data, hyperparameters, epochs. `DataSettings`: what the data depends on. */
export type { TrainingSetup, TrainingPlan, DataSettings, SetupOptions } from './setup.ts';
/**
 * A dataset is a provider resolved from a reference: `resolveDataset(reference, tables)` gives its
 * `info` (what the compiler checks) and `load(seed, split, outputSize)` (the rows); `tableProvider`
 * for a planned table, `fixedProvider` for rows already made.
 */
export { resolveDataset, tableProvider, fixedProvider, tablePresentation } from './datasets/provider.ts';
/** `DatasetProvider`: info and load. `LoadOptions`: what the rows depend on. `TableLookup`: the tables read so far, by reference. */
export type { DatasetProvider, LoadOptions, TableLookup } from './datasets/provider.ts';

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

/**
 * What the network makes of the test split, in the views that fit the data (`predictionViews`):
 * a confusion matrix (counts and row shares), pictures with their predicted class (misclassified
 * first), or predicted against actual values with RMSE and R² in the target's units.
 */
export { predictionViews } from './evaluation/predictionViews.ts';
export { confusionMatrix } from './evaluation/confusionMatrix.ts';
export { regressionFit } from './evaluation/regressionFit.ts';
export { digitSamples } from './evaluation/digitSamples.ts';
export type { PredictionViews } from './evaluation/predictionViews.ts';
export type { ConfusionMatrix } from './evaluation/confusionMatrix.ts';
export type { RegressionFit } from './evaluation/regressionFit.ts';
export type { DigitSamples } from './evaluation/digitSamples.ts';

/** `generateDataset(name, {seed, outputSize, noise?, trainFraction?, samples?})` and heatmap grids. */
export { generateDataset, createGrid } from './datasets/index.ts';
/** The options of `generateDataset`. */
export type { DatasetOptions } from './datasets/index.ts';
/**
 * `Dataset`: train and test splits with their widths (and class names, a regression target's scaling,
 * test images where the data has them); `DatasetSplit`: batch-major `x`, `y` and a row count.
 */
export type { Dataset, DatasetSplit, Standardization, ImageRows } from './datasets/dataset.ts';

/**
 * Tables (CSV, TSV, semicolon files and the built-in real datasets): bytes → text → typed columns
 * (`decodeTableBytes`, `parseTable`), a choice of columns applied (`planTable`), the seeded split and
 * encoding (`encodeTable`), the `cli data` summary (`describeTable`), a column's facts before any
 * choice (`columnFacts`), regression errors in the target's units, the file hash and `training.data`.
 * Every error is a `TableError` naming the file, the line and the column.
 */
export {
  TableError,
  formatPlace,
  MAX_TABLE_BYTES,
  MAX_CATEGORIES,
  MAX_NUMERIC_CLASSES,
  MISSING_TOKENS,
  decodeTableBytes,
  checkTableSize,
  parseTable,
  columnFacts,
  planTable,
  encodeTable,
  describeTable,
  classBalance,
  regressionErrors,
  toTargetUnits,
  sha256Hex,
  dataSourceOf,
  sourceMismatches,
} from './datasets/tabular/index.ts';
export type {
  Table,
  TableColumn,
  NumericColumn,
  CategoricalColumn,
  TablePlace,
  ParsedTable,
  ColumnFacts,
  IgnoreReason,
  TablePlan,
  PlannedColumn,
  ColumnRole,
  EncodedTable,
  TableDescription,
  ColumnDescription,
  RegressionErrors,
} from './datasets/tabular/index.ts';
/** The built-in tables' files (penguins, cars, MNIST): where they are, how their bytes become a table, and a fetch that reads one when chosen. */
export { TABLE_DATASET_FILES, readTableDataset, fetchTableDataset } from './datasets/builtin/index.ts';
