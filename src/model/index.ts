/**
 * The netloom model: the JSON document format, its schema and (de)serialization.
 * Everything that reads or writes a model goes through `loadModel` / `parseModelJson`.
 */

/** The activation, loss and optimizer names a document may use, and leaky_relu's fixed slope. */
export { ACTIVATION_FNS, LOSS_FNS, OPTIMIZERS, LEAKY_RELU_ALPHA } from './functions.ts';
/** One of `ACTIVATION_FNS`, `LOSS_FNS`, `OPTIMIZERS`. */
export type { ActivationFn, LossFn, OptimizerName } from './functions.ts';
/** The built-in datasets as the compiler sees them: input width and target kind, by name. */
export { DATASETS, DATASET_NAMES, isDatasetName } from './datasets.ts';
/** `DatasetInfo`: one dataset's shape; `DatasetTask`: classes or regression outputs; `DatasetName`: a key of `DATASETS`. */
export type { DatasetInfo, DatasetName, DatasetTask } from './datasets.ts';
/** `training.data`: a table file recorded by name, hash and the columns chosen; the DatasetInfo of a table. */
export { COLUMN_TYPES, dataSourceSchema, tableDatasetInfo } from './dataSource.ts';
/** `DataSource`: a `training.data` block. `ColumnChoice`: target, features, column types. `ColumnType`: numeric | categorical. */
export type { ColumnChoice, ColumnType, DataSource } from './dataSource.ts';
/** The real datasets built in (penguins, cars, MNIST digits): their shape, preset columns, source and licence. */
export { TABLE_DATASETS, TABLE_DATASET_NAMES, isTableDatasetName } from './tableDatasets.ts';
/** `TableDatasetName`: a key of `TABLE_DATASETS`; `TableDatasetSpec`: what one entry says. */
export type { TableDatasetName, TableDatasetSpec } from './tableDatasets.ts';
/** The registry of node kinds (label, ports, default params, params schema), keyed by `type`. */
export { NODE_SPECS, NODE_TYPES } from './nodes/registry.ts';
/** `input` | `dense` | `activation` | `loss`. */
export type { NodeType } from './nodes/registry.ts';
/** What the registry knows about one kind of node. */
export type { NodeSpec } from './nodes/nodeSpec.ts';
/** Weights plus biases of a dense layer with the given input width. */
export { denseParamCount } from './nodes/dense.ts';
/** The `format` and `version` a document carries, and the schema of its `training` block. */
export { FORMAT, CURRENT_VERSION, trainingSchema } from './schema.ts';
/**
 * `NetloomModel`: a whole document. `ModelNode` / `NodeOf<'dense'>`: a node (of one type).
 * `ModelEdge`: a wire. `DenseWeights`: `{kernel: [units][inputs], bias?}`. `TrainingSettings`:
 * the optional `training` block as stored (every field optional).
 */
export type { NetloomModel, ModelNode, ModelEdge, DenseWeights, TrainingSettings, NodeOf } from './types.ts';
/** parse → migrate → validate, and back to text; issues say where (`nodes[3].params.units`). */
export { loadModel, parseJson, parseModelJson, serializeModel, formatIssue, formatPath } from './document.ts';
/** `ModelIssue`: one reason a document was refused; `LoadResult` / `JsonParseResult`: what loading / parsing returns. */
export type { ModelIssue, LoadResult, JsonParseResult } from './document.ts';
/** What a run uses for each setting the `training` block leaves out. */
export { TRAINING_DEFAULTS, withTrainingDefaults } from './trainingDefaults.ts';
/** Every training setting, none optional. */
export type { ResolvedTrainingSettings } from './trainingDefaults.ts';
/** Starter documents for the editor's Templates menu. */
export { TEMPLATES, xorTemplate, spiralTemplate, deepTemplate } from './templates.ts';
